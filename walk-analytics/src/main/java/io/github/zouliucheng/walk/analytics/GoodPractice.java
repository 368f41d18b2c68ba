package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The walks that show good practice, under the bulletin's three themes, so that the bulletin's
 * examples are chosen from the data, never invented, and never praise what the same analysis
 * criticises.
 *
 * <h2>Which findings can be praised</h2>
 *
 * A finding is <em>praiseworthy</em> only when all of these hold:
 *
 * <ul>
 *   <li>it is substantive: no shallow-finding judgment ({@link Judgment#TRIVIAL_CATEGORY}, {@link
 *       Judgment#TRIVIAL_PHRASE}, {@link Judgment#TRIVIAL_WORDING}) flagged it;
 *   <li>it was rectified on or before the reference date, with at least one measure and a measured
 *       effect that matches it (see {@link Judgment#EFFECT_MISMATCH}; an effect on a finding whose
 *       category has no keywords in the policy cannot be checked, and does not count);
 *   <li>no judgment of rectification flagged it at all (without measures, without effect,
 *       mismatch, overdue, even if solved late, no deadline, no owner).
 * </ul>
 *
 * A walk with no praiseworthy finding is never an exemplar, however well it was walked.
 *
 * <h2>Themes</h2>
 *
 * A walk with a praiseworthy finding is an exemplar of
 *
 * <ul>
 *   <li>{@link Theme#WIDER} when it was unannounced (暗访) and, besides, made in the 四不两直 manner
 *       or as an ordinary citizen;
 *   <li>{@link Theme#DEEPER} when the leader handled the matter personally (亲自经办) or accompanied
 *       someone through it (陪同办理), took the part of ordinary staff, walked cross-linked (交叉联动),
 *       or experienced a complex matter or one that crosses a boundary (as {@link
 *       ScoreComponent#DEPTH} counts it);
 *   <li>{@link Theme#SUBSTANTIVE} always: its praiseworthy finding was solved with measures and a
 *       measured effect, which is what this theme praises.
 * </ul>
 *
 * <h2>Ranking</h2>
 *
 * Within a theme, exemplars are ordered strongest first by, in turn:
 *
 * <ol>
 *   <li>the effect size of its best praiseworthy finding, in tenths: for each measured effect,
 *       |after − before| / max(|before|, |after|), which is 0.5 for 2 → 4 and 0.8 for 5 → 1; the
 *       largest of the finding's effects counts;
 *   <li>a complex matter before simple ones;
 *   <li>a walk that crosses a boundary (of a division of work, a department, a level or a region)
 *       before one that does not;
 *   <li>an unannounced walk, or one in the role of an ordinary citizen or staff, before an announced
 *       walk as a leader;
 *   <li>more praiseworthy findings before fewer;
 *   <li>the earlier date, then the walk identifier.
 * </ol>
 *
 * The strongest {@value #EXEMPLARS_PER_THEME} of each theme are kept, and {@link #qualifying()}
 * counts them all. An exemplar lists its praiseworthy findings strongest first ({@link
 * Exemplar#praisedFindingIds()}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoodPractice {

  GoodPractice() {}

  /**
   * The most exemplars kept per theme: a bulletin cites a handful, and quotes a walk under one theme
   * only, so each theme keeps enough for three themes of up to twenty examples; the counts cover
   * every walk.
   */
  public static final int EXEMPLARS_PER_THEME = 60;

  /** Returns the exemplars of {@code theme}, strongest first, at most {@value #EXEMPLARS_PER_THEME}. */
  public final ImmutableList<Exemplar> of(Theme theme) {
    return exemplars().stream().filter(e -> e.theme() == theme).collect(ImmutableList.toImmutableList());
  }

  /** Returns the strongest exemplars of every theme, by theme, then strongest first. */
  public abstract ImmutableList<Exemplar> exemplars();

  /** Returns how many walks qualify under each theme, every theme included. */
  public abstract ImmutableMap<Theme, Long> qualifying();

  /** A walk that qualifies, with its sort key; an {@link Exemplar} is built only for those kept. */
  private static final class Candidate {
    final Walk walk;
    final List<Finding> solved;
    final List<Finding> praised;
    final long measured;
    final int effectTenths;
    final boolean complex;
    final boolean crosses;
    final boolean incognito;
    final long day;

    Candidate(Walk walk, List<Finding> solved, List<Finding> praised, long measured) {
      this.walk = walk;
      this.solved = solved;
      this.praised = praised;
      this.measured = measured;
      this.effectTenths = tenths(effectSize(praised.get(0)));
      this.complex = Depth.isComplex(walk);
      this.crosses = Depth.crosses(walk);
      this.incognito = walk.visibility() == Visibility.UNANNOUNCED || walk.role() != Role.LEADER;
      this.day = walk.date().toEpochDay();
    }

    /** Orders strongest first. */
    static int compare(Candidate a, Candidate b) {
      int c = Integer.compare(b.effectTenths, a.effectTenths);
      if (c == 0) {
        c = Boolean.compare(b.complex, a.complex);
      }
      if (c == 0) {
        c = Boolean.compare(b.crosses, a.crosses);
      }
      if (c == 0) {
        c = Boolean.compare(b.incognito, a.incognito);
      }
      if (c == 0) {
        c = Integer.compare(b.praised.size(), a.praised.size());
      }
      if (c == 0) {
        c = Long.compare(a.day, b.day);
      }
      return c != 0 ? c : a.walk.id().compareTo(b.walk.id());
    }
  }

  private static int tenths(BigDecimal size) {
    return size.movePointRight(1).setScale(0, RoundingMode.FLOOR).intValueExact();
  }

  /**
   * Returns the effect size of a finding's rectification: the largest, over its measured effects, of
   * |after − before| / max(|before|, |after|), between 0 and 1 (0 when both are 0), to six places.
   */
  static BigDecimal effectSize(Finding f) {
    BigDecimal best = BigDecimal.ZERO;
    for (Effect e : f.rectification().map(Rectification::effects).orElse(ImmutableList.of())) {
      BigDecimal scale = e.before().abs().max(e.after().abs());
      if (scale.signum() == 0) {
        continue;
      }
      BigDecimal size = e.after().subtract(e.before()).abs().divide(scale, 6, RoundingMode.HALF_EVEN);
      best = best.max(size);
    }
    return best;
  }

  /** Orders praiseworthy findings of one walk strongest first: by effect size, then identifier. */
  private static final Comparator<Finding> STRONGEST_FINDING_FIRST =
      Comparator.comparing(GoodPractice::effectSize).reversed().thenComparing(Finding::id);

  /**
   * Checks if a solved finding's measured effects count for {@link Theme#SUBSTANTIVE}: its category
   * has words to check them against, and one of them matches.
   */
  static boolean measuredEffectMatches(Finding f, Policy policy) {
    return !policy.effectKeywords().get(f.category()).isEmpty()
        && f.rectification().map(r -> !r.effects().isEmpty() && RectificationQuality.effectsMatch(f, r, policy)).orElse(false);
  }

  /**
   * Checks if a finding can be praised (see the class documentation): solved by {@code asOf} with
   * measures and a matching measured effect, not {@code trivial}, not {@code flagged} by a judgment
   * of rectification.
   */
  static boolean praiseworthy(
      Finding f, LocalDate asOf, Policy policy, Predicate<String> trivial, Predicate<String> flagged) {
    return Participation.solved(f, asOf)
        && !f.rectification().orElseThrow().measures().isEmpty()
        && measuredEffectMatches(f, policy)
        && !trivial.test(f.id())
        && !flagged.test(f.id());
  }

  /**
   * Returns the good practice of the index's walks, given the findings that are {@code trivial} and
   * those {@code flagged} by a judgment of rectification.
   */
  static GoodPractice of(Index index, Predicate<String> trivial, Predicate<String> flagged) {
    Predicate<Finding> effectMatches = f -> measuredEffectMatches(f, index.policy);
    Map<Theme, PriorityQueue<Candidate>> kept = new EnumMap<>(Theme.class);
    long[] qualifying = new long[Theme.values().length];
    for (Theme t : Theme.values()) {
      // weakest at the head, so that it is the one dropped
      kept.put(t, new PriorityQueue<>(EXEMPLARS_PER_THEME + 1, (a, b) -> Candidate.compare(b, a)));
    }
    for (Walk w : index.dataset.walks()) {
      List<Finding> solved = null;
      List<Finding> praised = null;
      long measured = 0;
      for (Finding f : w.findings()) {
        if (Participation.solved(f, index.asOf)) {
          if (solved == null) {
            solved = new ArrayList<>(2);
          }
          solved.add(f);
          measured += effectMatches.test(f) ? 1 : 0;
          if (praiseworthy(f, index.asOf, index.policy, trivial, flagged)) {
            if (praised == null) {
              praised = new ArrayList<>(2);
            }
            praised.add(f);
          }
        }
      }
      if (praised == null) {
        continue;
      }
      praised.sort(STRONGEST_FINDING_FIRST);
      boolean wider =
          w.visibility() == Visibility.UNANNOUNCED && (w.fourNoTwoStraight() || w.role() == Role.CITIZEN);
      boolean deeper =
          w.approach() == Approach.HANDLED
              || w.approach() == Approach.ACCOMPANIED
              || w.role() == Role.STAFF
              || w.forms().contains(WalkForm.CROSS_LINKED)
              || Scorecard.isDeep(w);
      Candidate candidate = null;
      for (Theme t : Theme.values()) {
        boolean qualifies = t == Theme.WIDER ? wider : t == Theme.DEEPER ? deeper : true;
        if (!qualifies) {
          continue;
        }
        qualifying[t.ordinal()]++;
        if (candidate == null) {
          candidate = new Candidate(w, solved, praised, measured);
        }
        PriorityQueue<Candidate> q = kept.get(t);
        if (q.size() < EXEMPLARS_PER_THEME) {
          q.add(candidate);
        } else if (Candidate.compare(candidate, q.peek()) < 0) {
          q.poll();
          q.add(candidate);
        }
      }
    }
    ImmutableGoodPractice.Builder result = ImmutableGoodPractice.builder();
    for (Theme t : Theme.values()) {
      List<Candidate> best = new ArrayList<>(kept.get(t));
      best.sort(Candidate::compare);
      for (Candidate c : best) {
        result.addExemplars(
            ImmutableExemplar.builder()
                .theme(t)
                .walkId(c.walk.id())
                .unitId(c.walk.unitId())
                .leaderId(c.walk.leaderId())
                .date(c.walk.date())
                .solvedFindingIds(ImmutableSortedSet.copyOf(c.solved.stream().map(Finding::id).iterator()))
                .measuredEffects(c.measured)
                .addAllPraisedFindingIds(c.praised.stream().map(Finding::id).collect(ImmutableList.toImmutableList()))
                .build());
      }
      result.putQualifying(t, qualifying[t.ordinal()]);
    }
    return result.build();
  }
}
