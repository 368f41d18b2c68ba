package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.zouliucheng.walk.model.FindingCategory;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Every threshold, window, lexicon and weight the analysis uses, with defaults taken from the
 * 2023-Q1 bulletin. {@link #defaults()} is the policy a supervising office starts from; the {@code
 * with*} methods return changed copies, and {@link PolicyJson} reads one from JSON.
 *
 * <table>
 *   <caption>Fields, defaults and meaning</caption>
 *   <tr><th>field</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #conflictWindowDays()}</td><td>1</td><td>two walks by different leaders of one
 *       unit clash when at most this many days apart (0: same day only); the bulletin names "the
 *       same day" and "one day apart"</td></tr>
 *   <tr><td>{@link #workCalendar()}</td><td>{@link WorkCalendar#china()}</td><td>the working days
 *       (weekends, public holidays and adjusted working days) on which the fewest achievable pairs
 *       and the pairs expected by chance are computed</td></tr>
 *   <tr><td>{@link #clusterMinAvoidablePairs()}</td><td>2</td><td>a unit is flagged for clustering
 *       only when its pairs exceed the fewest achievable by at least this many</td></tr>
 *   <tr><td>{@link #clusterMinRatioToChance()}</td><td>1.5</td><td>… and its pairs are at least this
 *       multiple of the pairs expected by chance</td></tr>
 *   <tr><td>{@link #trivialCategories()}</td><td>housekeeping</td><td>findings in these categories
 *       are trivial (浮浅)</td></tr>
 *   <tr><td>{@link #trivialLexicon()}</td><td>{@link TrivialLexicon#defaults()}</td><td>a finding
 *       whose description holds a trivial phrase, or a trivial object with a deficiency and no
 *       substantive signal, is trivial</td></tr>
 *   <tr><td>{@link #unitJudgmentMinWalks()}</td><td>3</td><td>the per-unit judgments of depth and
 *       modes name only units with at least this many walks</td></tr>
 *   <tr><td>{@link #onlySimpleMaxComplexShare()}</td><td>0</td><td>a unit is named for simple matters
 *       only when its share of walks with a complex matter is at most this</td></tr>
 *   <tr><td>{@link #effectKeywords()}</td><td>a few words per category</td><td>a measured effect
 *       matches its finding when its indicator, unit or note contains one of its category's words;
 *       categories without words are not checked</td></tr>
 *   <tr><td>{@link #weights()}</td><td>participation 20, principal 10, depth 10, modes 10,
 *       substance 15, rectification 15, scheduling 10, findings 10</td><td>the weight of each score component; the score is the
 *       weighted mean</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy {

  private static final Policy DEFAULTS =
      builder()
          .conflictWindowDays(1)
          .workCalendar(WorkCalendar.china())
          .clusterMinAvoidablePairs(2)
          .clusterMinRatioToChance(new BigDecimal("1.5"))
          .addTrivialCategories(FindingCategory.HOUSEKEEPING)
          .trivialLexicon(TrivialLexicon.defaults())
          .unitJudgmentMinWalks(3)
          .onlySimpleMaxComplexShare(BigDecimal.ZERO)
          .putAllEffectKeywords(FindingCategory.WAITING_CAPACITY, ImmutableList.of("窗口", "等候", "等待", "排队", "终端", "座椅", "叫号", "分钟", "人员"))
          .putAllEffectKeywords(FindingCategory.MATERIALS_PROOFS, ImmutableList.of("材料", "证明", "表", "份", "告知", "申请", "证照"))
          .putAllEffectKeywords(FindingCategory.APPROVAL_TIME, ImmutableList.of("工作日", "天", "日", "小时", "时限", "审批", "环节", "时长"))
          .putAllEffectKeywords(FindingCategory.CROSS_DEPARTMENT, ImmutableList.of("部门", "协同", "联办", "窗口", "环节", "一窗", "跑动", "次"))
          .putAllEffectKeywords(FindingCategory.SAFETY_HAZARD, ImmutableList.of("隐患", "检查", "排查", "家次", "处", "整改"))
          .putAllEffectKeywords(FindingCategory.FACILITIES, ImmutableList.of("座椅", "设施", "设备", "维修", "修缮", "窗", "元", "面积", "个"))
          .putAllEffectKeywords(FindingCategory.FOLLOW_UP, ImmutableList.of("回访", "满意", "工单", "闭环", "反馈", "办结"))
          .putAllEffectKeywords(FindingCategory.ENTERPRISE_SERVICE, ImmutableList.of("企业", "元", "资金", "租金", "经费", "货源", "投入"))
          .putWeights(ScoreComponent.PARTICIPATION, new BigDecimal("20"))
          .putWeights(ScoreComponent.PRINCIPAL, new BigDecimal("10"))
          .putWeights(ScoreComponent.DEPTH, new BigDecimal("10"))
          .putWeights(ScoreComponent.MODES, new BigDecimal("10"))
          .putWeights(ScoreComponent.SUBSTANCE, new BigDecimal("15"))
          .putWeights(ScoreComponent.RECTIFICATION, new BigDecimal("15"))
          .putWeights(ScoreComponent.SCHEDULING, new BigDecimal("10"))
          .putWeights(ScoreComponent.FINDINGS, new BigDecimal("10"))
          .build();

  Policy() {}

  /** Returns the window, in days, within which walks of one unit's leaders clash. */
  public abstract int conflictWindowDays();

  /**
   * Returns the working days on which walks can be placed: clustering is judged against the fewest
   * pairs the period's working days allow. Default {@link WorkCalendar#china()}.
   */
  public abstract WorkCalendar workCalendar();

  /**
   * Returns the least number of avoidable pairs (pairs observed less the fewest achievable) for
   * which a unit is flagged for clustering. Default 2: one coincidence is not a pattern.
   */
  public abstract int clusterMinAvoidablePairs();

  /**
   * Returns how many times the pairs expected by chance a unit's observed pairs must reach before it
   * is flagged for clustering. Default 1.5: a unit whose walks cluster no more than random placement
   * on the working days would is not named.
   */
  public abstract BigDecimal clusterMinRatioToChance();

  /** Returns the categories whose findings are trivial. */
  public abstract ImmutableSet<FindingCategory> trivialCategories();

  /**
   * Returns the lexicon by which a finding's description is recognised as trivial, in any wording:
   * see {@link TrivialLexicon}. Default {@link TrivialLexicon#defaults()}.
   */
  public abstract TrivialLexicon trivialLexicon();

  /**
   * Returns the least number of walks a unit must have before the per-unit judgments of depth and
   * modes ({@link Judgment#ONLY_SIMPLE_MATTERS}, {@link Judgment#NO_ONLINE_WALK} and the other
   * {@code NO_*_WALK} judgments) may name it: a unit with one walk cannot cover every mode. Default 3.
   */
  public abstract int unitJudgmentMinWalks();

  /**
   * Returns the largest share of walks with a complex matter at which a unit is named for walking
   * simple matters only ({@link Judgment#ONLY_SIMPLE_MATTERS}), from 0 to 1. Default 0: only a unit
   * none of whose walks had a complex matter.
   */
  public abstract BigDecimal onlySimpleMaxComplexShare();

  /** Returns, per finding category, the words a matching effect mentions. */
  public abstract ImmutableSetMultimap<FindingCategory, String> effectKeywords();

  /** Returns the weight of each score component; components left out weigh 0. */
  public abstract ImmutableMap<ScoreComponent, BigDecimal> weights();

  /** Returns the weight of {@code component}, 0 when the policy leaves it out. */
  public final BigDecimal weight(ScoreComponent component) {
    return weights().getOrDefault(component, BigDecimal.ZERO);
  }

  /** Returns the policy with the defaults described in the class documentation. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a copy with another conflict window. */
  public abstract Policy withConflictWindowDays(int days);

  /** Returns a copy with another working-day calendar. */
  public abstract Policy withWorkCalendar(WorkCalendar calendar);

  /** Returns a copy with another least number of avoidable pairs for a clustering flag. */
  public abstract Policy withClusterMinAvoidablePairs(int pairs);

  /** Returns a copy with another least ratio of observed pairs to chance for a clustering flag. */
  public abstract Policy withClusterMinRatioToChance(BigDecimal ratio);

  /** Returns a copy with other trivial categories. */
  public abstract Policy withTrivialCategories(Iterable<FindingCategory> categories);

  /** Returns a copy with another trivial lexicon. */
  public abstract Policy withTrivialLexicon(TrivialLexicon lexicon);

  /** Returns a copy with another least number of walks for the per-unit judgments of depth and modes. */
  public abstract Policy withUnitJudgmentMinWalks(int walks);

  /** Returns a copy with another largest complex share for {@link Judgment#ONLY_SIMPLE_MATTERS}. */
  public abstract Policy withOnlySimpleMaxComplexShare(BigDecimal share);

  /** Returns a copy with other effect keywords. */
  public abstract Policy withEffectKeywords(
      com.google.common.collect.Multimap<? extends FindingCategory, ? extends String> keywords);

  /** Returns a copy with other weights. */
  public abstract Policy withWeights(Map<ScoreComponent, ? extends BigDecimal> weights);

  @Value.Check
  void check() {
    if (conflictWindowDays() < 0 || conflictWindowDays() > 31) {
      throw new IllegalStateException("conflictWindowDays must be 0 to 31: " + conflictWindowDays());
    }
    if (clusterMinAvoidablePairs() < 1) {
      throw new IllegalStateException("clusterMinAvoidablePairs must be at least 1: " + clusterMinAvoidablePairs());
    }
    if (clusterMinRatioToChance().signum() < 0) {
      throw new IllegalStateException("clusterMinRatioToChance must not be negative: " + clusterMinRatioToChance());
    }
    if (unitJudgmentMinWalks() < 1) {
      throw new IllegalStateException("unitJudgmentMinWalks must be at least 1: " + unitJudgmentMinWalks());
    }
    if (onlySimpleMaxComplexShare().signum() < 0 || onlySimpleMaxComplexShare().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStateException("onlySimpleMaxComplexShare must be 0 to 1: " + onlySimpleMaxComplexShare());
    }
    effectKeywords()
        .forEach(
            (category, word) -> {
              if (word.isBlank()) {
                throw new IllegalStateException(
                    "effectKeywords of " + category.code() + " must not hold a blank word: \"" + word + "\"");
              }
            });
    weights()
        .forEach(
            (component, weight) -> {
              if (weight.signum() < 0) {
                throw new IllegalStateException(
                    "weights of " + component.code() + " must not be negative: " + weight);
              }
            });
    if (weights().values().stream().allMatch(w -> w.signum() == 0)) {
      throw new IllegalStateException("weights must give at least one component a positive weight: " + weights());
    }
  }

  /** Builds a {@link Policy}; each attribute may be set once, collections may be added to. */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }
}
