package io.github.zouliucheng.walk.analytics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.immutables.value.Value;

/**
 * Rectification quality (整改效果): how many problems were solved and closed out, how well, and how
 * fast, over <em>every</em> problem of the dataset — those found on walks and those that reached the
 * rectification list from other channels (petitions, public opinion, the 12345 hotline, inspection
 * tours, audits) — with the figures for problems found on walks given separately where the bulletin
 * quotes them.
 *
 * <h2>Definitions</h2>
 *
 * All figures are as of the reference date {@code asOf} (by default the period's last day) and count
 * every finding of the dataset, whatever the day it was found.
 *
 * <ul>
 *   <li><em>Solved</em> (解决): rectified on or before {@code asOf}, whether or not then closed out.
 *       <em>Closed out</em> (销号): closed out on or before {@code asOf}; a closed-out problem is
 *       always solved, since it cannot be closed out before it is rectified.
 *   <li><em>Called back</em> (回访): a solved problem whose callback is dated on or before {@code
 *       asOf}. {@link #callbackResults()} counts the results of those callbacks.
 *   <li>{@link Judgment#RECTIFIED_WITHOUT_MEASURES}: solved, with no measure recorded.
 *   <li>{@link Judgment#RECTIFIED_WITHOUT_EFFECT}: solved, with neither a measured effect nor an
 *       effect note.
 *   <li>{@link Judgment#EFFECT_MISMATCH}: the problem has measured effects (solved or not), its
 *       category has words in {@link Policy#effectKeywords()}, and no effect's indicator, unit or
 *       note contains any of them (plain substring match). The flag's {@linkplain Flag#words() words}
 *       are the effects' indicators, in order.
 *       Problems in categories without words are not checked and are not in the denominator.
 *   <li>{@link Judgment#OVERDUE}: the problem has a deadline <em>before</em> {@code asOf} and was not
 *       rectified on or before its deadline — whether it was rectified late (after the deadline,
 *       even if before {@code asOf}) or is still open. A problem rectified exactly on its deadline is
 *       not overdue; a problem whose deadline is {@code asOf} itself is not overdue yet. The flag's
 *       {@linkplain Flag#firstDay() first and last day} are the deadline. {@link #openPastDeadline()} counts the overdue problems
 *       still not solved on {@code asOf}.
 *   <li>{@link Judgment#SCHEDULED_WITHOUT_DEADLINE}: a rectification on a schedule (限期整改) with no
 *       deadline. {@link Judgment#SCHEDULED_WITHOUT_OWNER}: on a schedule, with neither an owner nor
 *       an owner unit. Immediate rectifications (立行立改) are not checked for either.
 *   <li><em>Days to rectify</em>: for each solved problem, the whole days from the day it was found
 *       to the day it was rectified (0 for the same day), kept as a histogram so that datasets can be
 *       merged. Percentiles are nearest-rank: see {@link #daysToRectifyPercentile(int)}.
 * </ul>
 *
 * <p>Every flag names its judgment; its subject is the finding, and its evidence is the finding, its
 * walk and the walk's leader when it was found on a walk, and its responsible unit and the
 * rectification's owner unit when there is one. Those units are the flag's {@linkplain
 * Flag#ownerUnitIds() owners} ({@link Owner#RESPONSIBLE_UNIT}): a rectification is answered for by
 * the units that must make it, not by the leader who found the problem; no member is named.
 *
 * <p>The quality of two datasets with disjoint units, members, walks and findings, for the same
 * policy and reference date, can be {@linkplain #plus(RectificationQuality) added}: the sum equals
 * the quality of the two datasets together.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class RectificationQuality {

  RectificationQuality() {}

  /** Returns the number of problems: found on walks and from other channels. */
  public abstract long findings();

  /** Returns the number of problems found on walks. */
  public abstract long findingsOnWalks();

  /** Returns the problems solved by the reference date, of all problems. */
  public abstract Ratio solved();

  /** Returns the problems found on walks and solved by the reference date, of those found on walks. */
  public abstract Ratio solvedOnWalks();

  /** Returns the problems closed out (销号) by the reference date, of all problems. */
  public abstract Ratio closedOut();

  /** Returns the problems found on walks and closed out by the reference date, of those found on walks. */
  public abstract Ratio closedOutOnWalks();

  /** Returns the solved problems whose citizen was called back by the reference date, of the solved problems. */
  public abstract Ratio callbacks();

  /** Returns the results of the callbacks counted in {@link #callbacks()}. */
  public abstract Distribution<CallbackResult> callbackResults();

  /** Returns the solved problems with no measure, of the solved problems. */
  public abstract Ratio withoutMeasures();

  /** Returns the solved problems with no effect, measured or described, of the solved problems. */
  public abstract Ratio withoutEffect();

  /**
   * Returns the problems whose measured effects do not match their category, of the problems with
   * measured effects in a category that has effect keywords.
   */
  public abstract Ratio effectMismatch();

  /**
   * Returns the problems not rectified by their deadline, of the problems whose deadline fell before
   * the reference date.
   */
  public abstract Ratio overdue();

  /**
   * Returns the problems past their deadline and still not solved on the reference date, of the
   * problems whose deadline fell before it.
   */
  public abstract Ratio openPastDeadline();

  /** Returns the scheduled rectifications with no deadline, of the scheduled rectifications. */
  public abstract Ratio scheduledWithoutDeadline();

  /** Returns the scheduled rectifications with no owner or owner unit, of the scheduled rectifications. */
  public abstract Ratio scheduledWithoutOwner();

  /**
   * Returns the histogram of days to rectify: for each whole number of days from finding to
   * rectification, the number of solved problems that took it. Its counts add up to the number of
   * solved problems.
   */
  public abstract ImmutableSortedMap<Long, Long> daysToRectify();

  /** Returns each roster unit's figures as the responsible unit, by unit identifier, every unit included. */
  public abstract ImmutableSortedMap<String, UnitRectification> units();

  /** Returns every flag, sorted. */
  public abstract ImmutableSortedSet<Flag> flags();

  /** Returns the flags of {@code judgment}, sorted by subject. */
  public final ImmutableSortedSet<Flag> flags(Judgment judgment) {
    return SortedFlags.ofJudgment(flags(), judgment);
  }

  /**
   * Returns the {@code percent}-th percentile of the days to rectify, by the nearest-rank method: the
   * smallest day count {@code d} such that at least {@code ⌈percent × n / 100⌉} of the {@code n}
   * solved problems took {@code d} days or fewer. It is always a day count that occurred; the 50th
   * percentile of an even number of values is the lower of the two middle ones.
   *
   * @return empty when no problem was solved
   * @throws IllegalArgumentException unless 1 ≤ percent ≤ 100
   */
  public final Optional<Long> daysToRectifyPercentile(int percent) {
    return percentile(daysToRectify(), percent);
  }

  /** Returns the median days to rectify, the nearest-rank 50th percentile; empty when nothing was solved. */
  public final Optional<Long> medianDaysToRectify() {
    return daysToRectifyPercentile(50);
  }

  /** Returns the 90th percentile of the days to rectify, nearest-rank; empty when nothing was solved. */
  public final Optional<Long> p90DaysToRectify() {
    return daysToRectifyPercentile(90);
  }

  /**
   * Returns the quality of this dataset and a disjoint one together: counts, ratios, distributions
   * and histograms added, units and flags united.
   *
   * @throws IllegalArgumentException if the two share a unit
   */
  public final RectificationQuality plus(RectificationQuality other) {
    TreeMap<String, UnitRectification> units = new TreeMap<>(units());
    other.units().forEach((id, u) -> {
      if (units.putIfAbsent(id, u) != null) {
        throw new IllegalArgumentException("both rectification qualities hold unit " + id);
      }
    });
    TreeMap<Long, Long> days = new TreeMap<>(daysToRectify());
    other.daysToRectify().forEach((d, n) -> days.merge(d, n, Long::sum));
    return ImmutableRectificationQuality.builder()
        .findings(findings() + other.findings())
        .findingsOnWalks(findingsOnWalks() + other.findingsOnWalks())
        .solved(solved().plus(other.solved()))
        .solvedOnWalks(solvedOnWalks().plus(other.solvedOnWalks()))
        .closedOut(closedOut().plus(other.closedOut()))
        .closedOutOnWalks(closedOutOnWalks().plus(other.closedOutOnWalks()))
        .callbacks(callbacks().plus(other.callbacks()))
        .callbackResults(callbackResults().plus(other.callbackResults()))
        .withoutMeasures(withoutMeasures().plus(other.withoutMeasures()))
        .withoutEffect(withoutEffect().plus(other.withoutEffect()))
        .effectMismatch(effectMismatch().plus(other.effectMismatch()))
        .overdue(overdue().plus(other.overdue()))
        .openPastDeadline(openPastDeadline().plus(other.openPastDeadline()))
        .scheduledWithoutDeadline(scheduledWithoutDeadline().plus(other.scheduledWithoutDeadline()))
        .scheduledWithoutOwner(scheduledWithoutOwner().plus(other.scheduledWithoutOwner()))
        .daysToRectify(ImmutableSortedMap.copyOfSorted(days))
        .units(ImmutableSortedMap.copyOfSorted(units))
        .flags(ImmutableSortedSet.<Flag>naturalOrder().addAll(flags()).addAll(other.flags()).build())
        .build();
  }

  /**
   * Returns the nearest-rank {@code percent}-th percentile of the values counted in {@code
   * histogram} (value → how many times it occurred), as documented on {@link
   * #daysToRectifyPercentile(int)}; empty when the histogram counts nothing.
   */
  static Optional<Long> percentile(SortedMap<Long, Long> histogram, int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1 to 100: " + percent);
    }
    long n = 0;
    for (long count : histogram.values()) {
      n += count;
    }
    if (n == 0) {
      return Optional.empty();
    }
    long rank = (percent * n + 99) / 100; // ⌈percent·n/100⌉, at least 1 since percent ≥ 1 and n ≥ 1
    long seen = 0;
    for (Map.Entry<Long, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return Optional.of(e.getKey());
      }
    }
    throw new AssertionError("rank " + rank + " beyond " + n + " values");
  }

  /**
   * Checks if {@code finding}'s measured effects match its category: true when it has no effects or
   * its category has no keywords (nothing to check), or when some effect's indicator, unit or note
   * contains one of the category's keywords.
   */
  static boolean effectsMatch(Finding finding, Rectification r, Policy policy) {
    ImmutableSet<String> words = policy.effectKeywords().get(finding.category());
    if (r.effects().isEmpty() || words.isEmpty()) {
      return true;
    }
    for (Effect e : r.effects()) {
      for (String w : words) {
        if (e.indicator().contains(w) || e.unit().contains(w) || e.note().map(n -> n.contains(w)).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the indicators of {@code r}'s effects, in order. */
  private static ImmutableList<String> indicatorList(Rectification r) {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(r.effects().size());
    for (Effect e : r.effects()) {
      b.add(e.indicator());
    }
    return b.build();
  }

  /** Counts one responsible unit's problems; used once, from one thread. */
  private static final class UnitCounter {
    @Nullable ImmutableSortedSet<String> ids;
    long findings;
    long solved;
    long closed;
    long overdue;
    long openPastDeadline;
  }

  static RectificationQuality of(Index index) {
    Tally t = new Tally(index);
    for (Walk w : index.dataset.walks()) {
      t.walk = w;
      t.walkIds = null;
      for (Finding f : w.findings()) {
        t.add(f);
      }
    }
    t.walk = null;
    t.walkIds = ImmutableSortedSet.of();
    t.memberIds = ImmutableSortedSet.of();
    for (Finding f : index.dataset.findings()) {
      t.add(f);
    }
    return t.build();
  }

  /** Counts the problems of one dataset, one at a time; used once, from one thread. */
  private static final class Tally {
    final LocalDate asOf;
    final Policy policy;
    final Map<String, UnitCounter> byUnit = new HashMap<>();
    final Distribution.Counter<CallbackResult> results = new Distribution.Counter<>(CallbackResult.class);
    final Map<Long, long[]> days = new HashMap<>();
    final SortedFlags flags = new SortedFlags();
    // the walk whose findings are being counted (null for other channels), and its evidence sets,
    // made when its first flag is (null until then)
    @Nullable Walk walk;
    @Nullable ImmutableSortedSet<String> walkIds;
    ImmutableSortedSet<String> memberIds = ImmutableSortedSet.of();
    // the evidence sets of the finding last flagged, shared by all of its flags
    @Nullable Finding evidenceOf;
    ImmutableSortedSet<String> findingIds = ImmutableSortedSet.of();
    ImmutableSortedSet<String> unitIds = ImmutableSortedSet.of();
    long findings;
    long onWalks;
    long solved;
    long solvedOnWalks;
    long closed;
    long closedOnWalks;
    long calledBack;
    long withoutMeasures;
    long withoutEffect;
    long effectsChecked;
    long mismatched;
    long due;
    long overdue;
    long openPastDeadline;
    long scheduled;
    long withoutDeadline;
    long withoutOwner;

    Tally(Index index) {
      this.asOf = index.asOf;
      this.policy = index.policy;
      for (Unit u : index.units.values()) {
        byUnit.put(u.id(), new UnitCounter());
      }
    }

    void add(Finding f) {
      boolean isSolved = Participation.solved(f, asOf);
      boolean isClosed = Participation.closedOut(f, asOf);
      findings++;
      solved += isSolved ? 1 : 0;
      closed += isClosed ? 1 : 0;
      if (walk != null) {
        onWalks++;
        solvedOnWalks += isSolved ? 1 : 0;
        closedOnWalks += isClosed ? 1 : 0;
      }
      // a valid dataset's responsible units are all on the roster, so this never adds a unit
      UnitCounter unit = byUnit.computeIfAbsent(f.responsibleUnitId(), id -> new UnitCounter());
      unit.findings++;
      unit.solved += isSolved ? 1 : 0;
      unit.closed += isClosed ? 1 : 0;
      if (f.rectification().isEmpty()) {
        return;
      }
      Rectification r = f.rectification().get();
      if (isSolved) {
        LocalDate rectifiedOn = r.rectifiedOn().get();
        days.computeIfAbsent(rectifiedOn.toEpochDay() - f.foundOn().toEpochDay(), d -> new long[1])[0]++;
        Optional<Callback> callback = r.callback().filter(c -> !c.on().isAfter(asOf));
        if (callback.isPresent()) {
          calledBack++;
          results.add(callback.get().result());
          results.record();
        }
        if (r.measures().isEmpty()) {
          withoutMeasures++;
          flags.add(flag(Judgment.RECTIFIED_WITHOUT_MEASURES, f, r, unit).build());
        }
        if (r.effects().isEmpty() && r.effectNote().isEmpty()) {
          withoutEffect++;
          flags.add(flag(Judgment.RECTIFIED_WITHOUT_EFFECT, f, r, unit).build());
        }
      }
      if (!r.effects().isEmpty() && policy.effectKeywords().containsKey(f.category())) {
        effectsChecked++;
        if (!effectsMatch(f, r, policy)) {
          mismatched++;
          flags.add(flag(Judgment.EFFECT_MISMATCH, f, r, unit).addAllWords(indicatorList(r)).build());
        }
      }
      if (r.deadline().isPresent() && r.deadline().get().isBefore(asOf)) {
        LocalDate deadline = r.deadline().get();
        due++;
        boolean onTime = r.rectifiedOn().filter(d -> !d.isAfter(deadline)).isPresent();
        if (!onTime) {
          overdue++;
          unit.overdue++;
          if (!isSolved) {
            openPastDeadline++;
            unit.openPastDeadline++;
          }
          flags.add(flag(Judgment.OVERDUE, f, r, unit).firstDay(deadline).lastDay(deadline).build());
        }
      }
      if (r.mode() == RectificationMode.SCHEDULED) {
        scheduled++;
        if (r.deadline().isEmpty()) {
          withoutDeadline++;
          flags.add(flag(Judgment.SCHEDULED_WITHOUT_DEADLINE, f, r, unit).build());
        }
        if (r.owner().isEmpty() && r.ownerUnitId().isEmpty()) {
          withoutOwner++;
          flags.add(flag(Judgment.SCHEDULED_WITHOUT_OWNER, f, r, unit).build());
        }
      }
    }

    RectificationQuality build() {
      TreeMap<String, UnitRectification> units = new TreeMap<>();
      byUnit.forEach((id, c) -> units.put(
          id,
          ImmutableUnitRectification.builder()
              .unitId(id)
              .solved(Ratio.of(c.solved, c.findings))
              .closedOut(Ratio.of(c.closed, c.findings))
              .open(c.findings - c.solved)
              .overdue(c.overdue)
              .openPastDeadline(c.openPastDeadline)
              .build()));
      TreeMap<Long, Long> histogram = new TreeMap<>();
      days.forEach((d, n) -> histogram.put(d, n[0]));
      return ImmutableRectificationQuality.builder()
          .findings(findings)
          .findingsOnWalks(onWalks)
          .solved(Ratio.of(solved, findings))
          .solvedOnWalks(Ratio.of(solvedOnWalks, onWalks))
          .closedOut(Ratio.of(closed, findings))
          .closedOutOnWalks(Ratio.of(closedOnWalks, onWalks))
          .callbacks(Ratio.of(calledBack, solved))
          .callbackResults(results.build())
          .withoutMeasures(Ratio.of(withoutMeasures, solved))
          .withoutEffect(Ratio.of(withoutEffect, solved))
          .effectMismatch(Ratio.of(mismatched, effectsChecked))
          .overdue(Ratio.of(overdue, due))
          .openPastDeadline(Ratio.of(openPastDeadline, due))
          .scheduledWithoutDeadline(Ratio.of(withoutDeadline, scheduled))
          .scheduledWithoutOwner(Ratio.of(withoutOwner, scheduled))
          .daysToRectify(ImmutableSortedMap.copyOfSorted(histogram))
          .units(ImmutableSortedMap.copyOfSorted(units))
          .flags(flags.build())
          .build();
    }

    /**
     * Starts a flag about {@code f}, with its evidence as described in the class documentation:
     * the finding, its walk and the walk's leader if any, its responsible unit and owner unit.
     */
    private Flag.Builder flag(Judgment judgment, Finding f, Rectification r, UnitCounter unit) {
      if (walkIds == null) {
        Walk w = requireNonNull(walk);
        walkIds = ImmutableSortedSet.of(w.id());
        memberIds = flags.only(w.leaderId());
      }
      if (evidenceOf != f) {
        evidenceOf = f;
        findingIds = ImmutableSortedSet.of(f.id());
        if (unit.ids == null) {
          unit.ids = ImmutableSortedSet.of(f.responsibleUnitId());
        }
        unitIds =
            r.ownerUnitId().isPresent() && !r.ownerUnitId().get().equals(f.responsibleUnitId())
                ? ImmutableSortedSet.of(f.responsibleUnitId(), r.ownerUnitId().get())
                : unit.ids;
      }
      return Flag.of(judgment, f.id())
          .findingIds(findingIds)
          .walkIds(walkIds)
          .memberIds(memberIds)
          .unitIds(unitIds)
          .ownerUnitIds(unitIds);
    }
  }
}
