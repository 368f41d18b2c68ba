package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The unit scorecard for assessment (考核): each unit's {@linkplain ScoreComponent components}, its
 * weighted score and its rank.
 *
 * <h2>Components</h2>
 *
 * Each component is a {@link Ratio}, so that a person can check it; a ratio with nothing to count
 * (a unit with no walk) scores 0. Every criticism of the bulletin costs score: members who did not
 * walk (participation, principal), empty walks and shallow findings (substance, findings), narrow
 * modes (modes, depth), perfunctory rectification (rectification) and avoidable clustering
 * (scheduling). A unit's score depends on its own records only, so adding a criticised fact to a
 * unit — a member who did not walk, a trivial finding, a perfunctory rectification, a clustering
 * flag — never raises its score nor its rank.
 *
 * <ul>
 *   <li>{@link ScoreComponent#PARTICIPATION}: members who walked, of the unit's roster;
 *   <li>{@link ScoreComponent#PRINCIPAL}: 1 of 1 when one of the unit's principal leaders walked,
 *       0 of 1 otherwise (also when the roster names no principal);
 *   <li>{@link ScoreComponent#DEPTH}: walks with a complex matter or a matter that crosses a
 *       boundary, of the unit's walks;
 *   <li>{@link ScoreComponent#MODES}: the mean share of the six modes the bulletin asks for —
 *       online, grassroots extension, cross-linked, as an ordinary citizen or an ordinary staff
 *       member, unannounced, whole process — counted as the modes the unit's walks have, of six per
 *       walk;
 *   <li>{@link ScoreComponent#SUBSTANCE}: walks that found at least one problem that is not
 *       trivial (by the policy's trivial categories and lexicon), of the unit's walks: empty walks
 *       and walks that found only trivia cost it;
 *   <li>{@link ScoreComponent#RECTIFICATION}: problems found on the unit's walks that are not
 *       trivial and were solved without a perfunctory flag ({@link
 *       Judgment#RECTIFIED_WITHOUT_MEASURES}, {@link Judgment#RECTIFIED_WITHOUT_EFFECT}, {@link
 *       Judgment#EFFECT_MISMATCH}), of those not trivial;
 *   <li>{@link ScoreComponent#SCHEDULING}: 0 of 1 when the unit is flagged for avoidable clustering
 *       ({@link Judgment#SAME_UNIT_CLUSTER}), 1 of 1 otherwise, 0 of 0 with no walk;
 *   <li>{@link ScoreComponent#FINDINGS}: problems found on the unit's walks that are not trivial,
 *       of those found.
 * </ul>
 *
 * <h2>Score and rank</h2>
 *
 * The score is the weighted mean of the components' values with the policy's {@linkplain
 * Policy#weights() weights}, from 0 to 100, rounded half-up to two decimals. Units rank by score,
 * highest first; units with equal scores share a rank and the next rank is skipped (1, 2, 2, 4), and
 * are listed by unit identifier.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {
  private static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Scorecard() {}

  /** Returns every unit of the roster, by rank, then identifier. */
  public abstract ImmutableList<UnitScore> ranking();

  /** Returns the score of the unit {@code unitId}, if it is on the roster. */
  public final java.util.Optional<UnitScore> unit(String unitId) {
    return ranking().stream().filter(s -> s.unitId().equals(unitId)).findFirst();
  }

  /**
   * Builds the scorecard; {@code trivial} tells the trivial findings, {@code perfunctory} the
   * findings whose rectification was flagged as perfunctory, and {@code clustered} the units flagged
   * for avoidable clustering.
   */
  static Scorecard of(
      Index index,
      Participation participation,
      Predicate<String> trivial,
      Predicate<String> perfunctory,
      Predicate<String> clustered) {
    Policy policy = index.policy;
    BigDecimal totalWeight =
        policy.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ImmutableUnitScore.Builder> scores = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Unit unit : index.units.values()) {
      List<Walk> walks = index.walksByUnit.get(unit.id());
      Map<ScoreComponent, Ratio> c = new EnumMap<>(ScoreComponent.class);
      UnitParticipation up = participation.units().get(unit.id());
      c.put(ScoreComponent.PARTICIPATION, up.members());
      boolean principalWalked = false;
      for (Member m : index.membersByUnit.get(unit.id())) {
        principalWalked |= m.principal() && !index.walksByLeader.get(m.id()).isEmpty();
      }
      c.put(ScoreComponent.PRINCIPAL, Ratio.of(principalWalked ? 1 : 0, 1));
      long deep = 0;
      long modes = 0;
      long substantive = 0;
      long found = 0;
      long real = 0;
      long solved = 0;
      for (Walk w : walks) {
        deep += isDeep(w) ? 1 : 0;
        modes += desiredModes(w);
        boolean any = false;
        for (Finding f : w.findings()) {
          found++;
          if (!trivial.test(f.id())) {
            any = true;
            real++;
            solved += Participation.solved(f, index.asOf) && !perfunctory.test(f.id()) ? 1 : 0;
          }
        }
        substantive += any ? 1 : 0;
      }
      c.put(ScoreComponent.DEPTH, Ratio.of(deep, walks.size()));
      c.put(ScoreComponent.MODES, Ratio.of(modes, 6L * walks.size()));
      c.put(ScoreComponent.SUBSTANCE, Ratio.of(substantive, walks.size()));
      c.put(ScoreComponent.RECTIFICATION, Ratio.of(solved, real));
      c.put(
          ScoreComponent.SCHEDULING,
          walks.isEmpty() ? Ratio.zero() : Ratio.of(clustered.test(unit.id()) ? 0 : 1, 1));
      c.put(ScoreComponent.FINDINGS, Ratio.of(real, found));
      // the weighted sum Σ weight × numerator / denominator, kept exact as sum / common (the
      // product of the denominators), so that only the score itself is rounded: a sum rounded on
      // the way (thirds, ninths) could fall on the wrong side of a half and tell equal scores apart
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal common = BigDecimal.ONE;
      for (Map.Entry<ScoreComponent, Ratio> e : c.entrySet()) {
        Ratio r = e.getValue();
        if (!r.isUndefined()) {
          BigDecimal denominator = BigDecimal.valueOf(r.denominator());
          sum =
              sum.multiply(denominator)
                  .add(policy.weight(e.getKey()).multiply(BigDecimal.valueOf(r.numerator())).multiply(common));
          common = common.multiply(denominator);
        }
      }
      BigDecimal score =
          sum.multiply(HUNDRED).divide(common.multiply(totalWeight), SCALE, RoundingMode.HALF_UP);
      scores.add(
          ImmutableUnitScore.builder()
              .unitId(unit.id())
              .kind(unit.kind())
              .putAllComponents(c)
              .score(score));
      values.add(score);
      ids.add(unit.id());
    }
    Integer[] order = new Integer[scores.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> values.get(i)).reversed().thenComparing(ids::get));
    ImmutableScorecard.Builder ranked = ImmutableScorecard.builder();
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < order.length; i++) {
      BigDecimal score = values.get(order[i]);
      if (previous == null || score.compareTo(previous) != 0) {
        rank = i + 1;
        previous = score;
      }
      ranked.addRanking(scores.get(order[i]).rank(rank).build());
    }
    return ranked.build();
  }

  /** Checks if a walk experienced a complex matter or one that crosses a boundary. */
  static boolean isDeep(Walk w) {
    for (Matter m : w.matters()) {
      if (m.complexity() == Complexity.COMPLEX || !m.crossings().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Returns how many of the six modes the bulletin asks for a walk has, 0 to 6. */
  static int desiredModes(Walk w) {
    int n = 0;
    n += w.forms().contains(WalkForm.ONLINE) ? 1 : 0;
    n += w.forms().contains(WalkForm.GRASSROOTS) ? 1 : 0;
    n += w.forms().contains(WalkForm.CROSS_LINKED) ? 1 : 0;
    n += w.role() != Role.LEADER ? 1 : 0;
    n += w.visibility() == Visibility.UNANNOUNCED ? 1 : 0;
    n += w.coverage() == Coverage.WHOLE ? 1 : 0;
    return n;
  }
}
