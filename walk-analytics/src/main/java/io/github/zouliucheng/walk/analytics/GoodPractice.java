package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.ArrayList;
import java.util.PriorityQueue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The walks that show good practice, under the bulletin's three themes, so that the bulletin's
 * examples are chosen from the data and never invented.
 *
 * <h2>Who qualifies</h2>
 *
 * Only a walk that <em>solved</em> something qualifies: at least one of its findings was solved by
 * the reference date. Such a walk is an exemplar of
 *
 * <ul>
 *   <li>{@link Theme#WIDER} when it was unannounced (暗访) and, besides, made in the 四不两直 manner
 *       or as an ordinary citizen;
 *   <li>{@link Theme#DEEPER} when the leader handled the matter personally (亲自经办) or accompanied
 *       someone through it (陪同办理), took the part of ordinary staff, walked cross-linked (交叉联动),
 *       or experienced a complex matter or one that crosses a boundary (as {@link
 *       ScoreComponent#DEPTH} counts it);
 *   <li>{@link Theme#SUBSTANTIVE} when a solved finding has a measured effect that matches it (see
 *       {@link Judgment#EFFECT_MISMATCH}; an effect on a finding whose category has no keywords in
 *       the policy cannot be checked, and does not count) or a citizen called back, on or before the reference date,
 *       who was satisfied or basically satisfied.
 * </ul>
 *
 * A walk may be an exemplar of several themes. Within a theme, exemplars are ordered strongest first:
 * by the number of solved findings with a matching measured effect, then of solved findings, then by
 * date (earliest first) and walk identifier; the strongest {@value #EXEMPLARS_PER_THEME} are kept,
 * and {@link #qualifying()} counts them all.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoodPractice {

  GoodPractice() {}

  /** The most exemplars kept per theme: a bulletin cites a handful; the counts cover every walk. */
  public static final int EXEMPLARS_PER_THEME = 20;

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
    final long measured;
    final long day;

    Candidate(Walk walk, List<Finding> solved, long measured) {
      this.walk = walk;
      this.solved = solved;
      this.measured = measured;
      this.day = walk.date().toEpochDay();
    }

    /** Orders strongest first. */
    static int compare(Candidate a, Candidate b) {
      int c = Long.compare(b.measured, a.measured);
      if (c == 0) {
        c = Integer.compare(b.solved.size(), a.solved.size());
      }
      if (c == 0) {
        c = Long.compare(a.day, b.day);
      }
      return c != 0 ? c : a.walk.id().compareTo(b.walk.id());
    }
  }

  /**
   * Checks if a solved finding's measured effects count for {@link Theme#SUBSTANTIVE}: its category
   * has words to check them against, and one of them matches.
   */
  static boolean measuredEffectMatches(Finding f, Policy policy) {
    return !policy.effectKeywords().get(f.category()).isEmpty()
        && f.rectification().map(r -> !r.effects().isEmpty() && RectificationQuality.effectsMatch(f, r, policy)).orElse(false);
  }

  static GoodPractice of(Index index) {
    Predicate<Finding> effectMatches = f -> measuredEffectMatches(f, index.policy);
    Map<Theme, PriorityQueue<Candidate>> kept = new EnumMap<>(Theme.class);
    long[] qualifying = new long[Theme.values().length];
    for (Theme t : Theme.values()) {
      // weakest at the head, so that it is the one dropped
      kept.put(t, new PriorityQueue<>(EXEMPLARS_PER_THEME + 1, (a, b) -> Candidate.compare(b, a)));
    }
    for (Walk w : index.dataset.walks()) {
      List<Finding> solved = null;
      long measured = 0;
      boolean satisfied = false;
      for (Finding f : w.findings()) {
        if (Participation.solved(f, index.asOf)) {
          if (solved == null) {
            solved = new ArrayList<>(2);
          }
          solved.add(f);
          Rectification r = f.rectification().orElseThrow();
          measured += !r.effects().isEmpty() && effectMatches.test(f) ? 1 : 0;
          satisfied |=
              r.callback()
                  .filter(c -> !c.on().isAfter(index.asOf))
                  .map(Callback::result)
                  .filter(c -> c == CallbackResult.SATISFIED || c == CallbackResult.BASICALLY_SATISFIED)
                  .isPresent();
        }
      }
      if (solved == null) {
        continue;
      }
      boolean wider =
          w.visibility() == Visibility.UNANNOUNCED && (w.fourNoTwoStraight() || w.role() == Role.CITIZEN);
      boolean deeper =
          w.approach() == Approach.HANDLED
              || w.approach() == Approach.ACCOMPANIED
              || w.role() == Role.STAFF
              || w.forms().contains(WalkForm.CROSS_LINKED)
              || Scorecard.isDeep(w);
      boolean substantive = measured > 0 || satisfied;
      Candidate candidate = null;
      for (Theme t : Theme.values()) {
        boolean qualifies = t == Theme.WIDER ? wider : t == Theme.DEEPER ? deeper : substantive;
        if (!qualifies) {
          continue;
        }
        qualifying[t.ordinal()]++;
        if (candidate == null) {
          candidate = new Candidate(w, solved, measured);
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
                .build());
      }
      result.putQualifying(t, qualifying[t.ordinal()]);
    }
    return result.build();
  }
}
