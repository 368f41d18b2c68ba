package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Scheduling conflicts (时间安排扎堆): the bulletin's "some leaders walked on the same day, some one
 * day apart, and some department leaders even walked the same service window on the same day, only
 * with different matters" — judged against what the unit could have avoided.
 *
 * <h2>Definitions</h2>
 *
 * Let {@code w} be the policy's {@link Policy#conflictWindowDays() conflictWindowDays} (default 1;
 * 0 means the same day only), recorded here as {@link #windowDays()}.
 *
 * <ul>
 *   <li>A <em>conflicting pair</em> is an unordered pair of walks of one unit, by two different
 *       leaders, whose dates are at most {@code w} days apart; a <em>same-day</em> pair if on one
 *       day, a <em>nearby</em> pair otherwise. Walks of one leader never conflict with each other,
 *       and walks of different units never form a pair.
 *   <li>A walk is <em>in conflict</em> when it belongs to at least one conflicting pair.
 *   <li>The <em>achievable</em> pairs of a unit are the fewest pairs of walks within the window
 *       that its number of walks could have had if placed on the period's working days ({@link
 *       Policy#workCalendar()}); the <em>expected</em> pairs are those of random placement on the
 *       working days. Both are defined and proved in {@link ClusterBounds}; they count any two
 *       walks, so they never overstate what a unit could avoid. The <em>avoidable</em> pairs are the
 *       conflicting pairs less the achievable, never below 0: a schedule spread as evenly as the
 *       working days allow has none, at any number of walks.
 *   <li>A unit is <em>clustered</em> ({@link Judgment#SAME_UNIT_CLUSTER}) when its avoidable pairs
 *       are at least {@link Policy#clusterMinAvoidablePairs()} and its conflicting pairs are at
 *       least {@link Policy#clusterMinRatioToChance()} times the expected pairs: it clustered more
 *       than it had to, and more than chance would have. One flag per clustered unit: subject and
 *       owner the unit; first and last day those of its walks in conflict; count the conflicting
 *       pairs, achievable the achievable pairs, expected the expected pairs; evidence the walks in
 *       conflict, their leaders and the unit.
 *   <li>A <em>run</em> is a maximal sequence of one unit's walks, taken in date order, in which each
 *       walk is at most {@code w} days after the one before, kept when it holds walks of at least two
 *       different leaders. Every conflicting pair lies inside one run. {@link
 *       UnitSchedule#clusters()} counts every unit's runs; {@link #runs()} lists those of clustered
 *       units only, as the examples a bulletin may cite.
 *   <li>A <em>same-point group</em> is the set of one unit's walks at one {@linkplain
 *       io.github.zouliucheng.walk.model.ServicePoint#id() service point} on one day, kept when it
 *       holds walks of at least two different leaders: the unit's own failure to coordinate. Each
 *       is a {@link Judgment#SAME_POINT_SAME_DAY} flag: subject the service point, owner the unit,
 *       first and last day the day, count the walks; evidence the walks, their leaders and the unit.
 *       It does not depend on the window.
 *   <li>A <em>point overlap</em> ({@link PointOverlap}) is leaders of two or more units at one
 *       service point on one day: a coordination figure for the supervising office, never a flag.
 *   <li>The <em>calendar</em> counts the walks of every day of the period, days without walks
 *       included as 0.
 * </ul>
 *
 * <p>Per-unit figures are in {@link UnitSchedule}, for every unit of the roster. Every figure is
 * computed by sorting and grouping, in O(n log n) time for n walks; no pair is ever enumerated.
 *
 * <p>An empty dataset gives 0 everywhere, 0-of-0 ratios, no flags and a calendar of zeros.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scheduling {

  Scheduling() {}

  /** Returns the conflict window used, in days: {@link Policy#conflictWindowDays()}. */
  public abstract int windowDays();

  /**
   * Returns the number of the period's working days by {@link Policy#workCalendar()}. When it is 0,
   * the achievable and expected pairs are computed on every calendar day of the period instead
   * ({@link ClusterBounds}).
   */
  public abstract long workingDays();

  /** Returns the number of walks. */
  public abstract long walks();

  /** Returns the number of conflicting pairs, summed over the units. */
  public abstract long conflictingPairs();

  /** Returns the number of same-day conflicting pairs, summed over the units. */
  public abstract long sameDayPairs();

  /** Returns the number of nearby (different days, within the window) conflicting pairs, summed over the units. */
  public abstract long nearbyPairs();

  /** Returns the avoidable pairs, summed over the units. */
  public abstract long avoidablePairs();

  /** Returns the avoidable pairs of the clustered units, summed: the figure a bulletin criticises. */
  public abstract long avoidablePairsOfClusteredUnits();

  /** Returns the walks in conflict, of all walks. */
  public abstract Ratio walksInConflict();

  /** Returns the clustered units, of the roster units that walked. */
  public abstract Ratio unitsClustered();

  /** Returns the number of runs, summed over the units. */
  public abstract long sameUnitClusters();

  /** Returns the number of same-point groups: one unit's leaders at one point on one day. */
  public abstract long samePointSameDayGroups();

  /** Returns the point overlaps of different units, by day and service point. */
  public abstract ImmutableList<PointOverlap> pointOverlaps();

  /** Returns each roster unit's figures, walks or not, by unit identifier. */
  public abstract ImmutableSortedMap<String, UnitSchedule> units();

  /** Returns the runs of the clustered units, by unit and first day. */
  public abstract ImmutableList<ClusterRun> runs();

  /** Returns the number of walks on each day of the period, every day included, in date order. */
  public abstract ImmutableSortedMap<LocalDate, Long> calendar();

  /**
   * Returns every {@link Judgment#SAME_UNIT_CLUSTER} and {@link Judgment#SAME_POINT_SAME_DAY} flag,
   * in the flags' natural order.
   */
  public abstract ImmutableList<Flag> flags();

  static Scheduling of(Index index) {
    Period period = index.dataset.period();
    Policy policy = index.policy;
    ClusterBounds bounds = ClusterBounds.of(policy.workCalendar(), period, policy.conflictWindowDays());
    Pass pass = new Pass(period, policy, index.dataset.walks());
    pass.samePoint();
    TreeMap<String, UnitSchedule> units = new TreeMap<>();
    long pairs = 0;
    long sameDay = 0;
    long avoidable = 0;
    long avoidableClustered = 0;
    long inConflict = 0;
    long runs = 0;
    long walked = 0;
    long clustered = 0;
    for (String unitId : index.units.keySet()) {
      UnitSchedule unit = pass.unit(unitId, index.walksByUnit.get(unitId), bounds);
      units.put(unitId, unit);
      pairs += unit.conflictingPairs();
      sameDay += unit.sameDayPairs();
      avoidable += unit.avoidablePairs();
      inConflict += unit.walksInConflict().numerator();
      runs += unit.clusters();
      walked += unit.walks() > 0 ? 1 : 0;
      if (unit.clustered()) {
        clustered++;
        avoidableClustered += unit.avoidablePairs();
      }
    }
    pass.flags.sort(null);
    pass.runs.sort(null);
    ImmutableSortedMap.Builder<LocalDate, Long> calendar = ImmutableSortedMap.naturalOrder();
    for (int d = 0; d < pass.perDay.length; d++) {
      calendar.put(period.start().plusDays(d), (long) pass.perDay[d]);
    }
    long walks = index.dataset.walks().size();
    return ImmutableScheduling.builder()
        .windowDays(policy.conflictWindowDays())
        .workingDays(policy.workCalendar().workingEpochDays(period.start(), period.end()).length)
        .walks(walks)
        .conflictingPairs(pairs)
        .sameDayPairs(sameDay)
        .nearbyPairs(pairs - sameDay)
        .avoidablePairs(avoidable)
        .avoidablePairsOfClusteredUnits(avoidableClustered)
        .walksInConflict(Ratio.of(inConflict, walks))
        .unitsClustered(Ratio.of(clustered, walked))
        .sameUnitClusters(runs)
        .samePointSameDayGroups(pass.samePointGroups)
        .addAllPointOverlaps(ImmutableList.sortedCopyOf(pass.overlaps))
        .units(ImmutableSortedMap.copyOfSorted(units))
        .addAllRuns(pass.runs)
        .calendar(calendar.build())
        .addAllFlags(pass.flags)
        .build();
  }

  /**
   * One computation: the walks are bucketed by day first (a counting sort over the period's days),
   * the same-point groups found from the buckets ({@link #samePoint}), then the units are added one
   * by one ({@link #unit}).
   */
  private static final class Pass {
    final int window;
    final Policy policy;
    final long first;
    final long firstMonday;
    final long weeks;
    /** Walks per day of the period, by day offset from its first day. */
    final int[] perDay;
    final List<Walk> walks;
    final List<Flag> flags = new ArrayList<>();
    final List<ClusterRun> runs = new ArrayList<>();
    final List<PointOverlap> overlaps = new ArrayList<>();
    /** Same-point groups per unit. */
    final Map<String, long[]> samePointByUnit = new HashMap<>();
    long samePointGroups;

    Pass(Period period, Policy policy, List<Walk> walks) {
      this.window = policy.conflictWindowDays();
      this.policy = policy;
      this.walks = walks;
      first = period.start().toEpochDay();
      firstMonday = monday(first);
      weeks = (monday(period.end().toEpochDay()) - firstMonday) / 7 + 1;
      perDay = new int[period.lengthInDays()];
      for (Walk w : walks) {
        perDay[Math.toIntExact(w.date().toEpochDay() - first)]++;
      }
    }

    /** Returns the epoch day of the Monday starting the ISO week of {@code epochDay}. */
    static long monday(long epochDay) {
      // epoch day 0, 1970-01-01, was a Thursday: day 3 of a week counted from Monday as 0
      return epochDay - Math.floorMod(epochDay + 3, 7);
    }

    /** Computes one unit's figures, and adds its cluster flag and runs if it is clustered. */
    UnitSchedule unit(String unitId, List<Walk> unitWalks, ClusterBounds bounds) {
      int n = unitWalks.size();
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        // the index in the low 32 bits: sorting the keys sorts by day and keeps each walk's index
        keys[i] = (unitWalks.get(i).date().toEpochDay() << 32) | i;
      }
      Arrays.sort(keys);
      // the walks by date; the order among walks of one day is left as given, no figure depends on it
      Walk[] sorted = new Walk[n];
      long[] day = new long[n];
      int[] leader = new int[n];
      Map<String, Integer> leaderIndex = new HashMap<>();
      List<String> leaderIds = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Walk w = unitWalks.get((int) keys[k]);
        sorted[k] = w;
        day[k] = keys[k] >> 32;
        Integer i = leaderIndex.get(w.leaderId());
        if (i == null) {
          i = leaderIds.size();
          leaderIndex.put(w.leaderId(), i);
          leaderIds.add(w.leaderId());
        }
        leader[k] = i;
      }

      // Forward sweep: the window (left..i-1) holds the earlier walks at most `window` days
      // before walk i; those of other leaders pair with i. Each pair is counted once, at its
      // later walk. The day (dayStart..i-1) holds the earlier walks of i's day, for the same-day
      // part.
      int[] count = new int[leaderIds.size()];
      int[] today = new int[leaderIds.size()];
      boolean[] conflict = new boolean[n];
      long pairs = 0;
      long sameDay = 0;
      int left = 0;
      int dayStart = 0;
      for (int i = 0; i < n; i++) {
        while (day[i] - day[left] > window) {
          count[leader[left++]]--;
        }
        if (day[i] != day[dayStart]) {
          for (int k = dayStart; k < i; k++) {
            today[leader[k]] = 0;
          }
          dayStart = i;
        }
        int others = (i - left) - count[leader[i]];
        pairs += others;
        sameDay += (i - dayStart) - today[leader[i]];
        conflict[i] = others > 0;
        count[leader[i]]++;
        today[leader[i]]++;
      }
      // Backward sweep: the window (i+1..right) holds the later walks; a walk is in conflict
      // when either sweep finds another leader's walk near it.
      Arrays.fill(count, 0);
      int right = n - 1;
      for (int i = n - 1; i >= 0; i--) {
        while (day[right] - day[i] > window) {
          count[leader[right--]]--;
        }
        conflict[i] |= (right - i) - count[leader[i]] > 0;
        count[leader[i]]++;
      }

      long achievable = bounds.minimumPairs(n);
      BigDecimal expected = bounds.expectedPairs(n);
      boolean clustered =
          pairs - achievable >= policy.clusterMinAvoidablePairs()
              && BigDecimal.valueOf(pairs).compareTo(policy.clusterMinRatioToChance().multiply(expected)) >= 0;

      long inConflict = 0;
      long distinctDays = 0;
      long weeksWalked = 0;
      long lastMonday = Long.MIN_VALUE;
      long largest = 0;
      long run = 0;
      long clusters = 0;
      int clusterStart = 0;
      ImmutableSortedSet.Builder<String> conflictWalks = ImmutableSortedSet.naturalOrder();
      TreeSet<String> conflictMembers = new TreeSet<>();
      LocalDate firstConflict = null;
      LocalDate lastConflict = null;
      for (int i = 0; i < n; i++) {
        if (conflict[i]) {
          inConflict++;
          if (clustered) {
            conflictWalks.add(sorted[i].id());
            conflictMembers.add(sorted[i].leaderId());
            firstConflict = firstConflict == null ? sorted[i].date() : firstConflict;
            lastConflict = sorted[i].date();
          }
        }
        if (i == 0 || day[i] != day[i - 1]) {
          distinctDays++;
          run = 0;
        }
        largest = Math.max(largest, ++run);
        long monday = monday(day[i]);
        if (monday != lastMonday) {
          weeksWalked++;
          lastMonday = monday;
        }
        // a run of walks ends where the next walk is more than the window later
        if (i == n - 1 || day[i + 1] - day[i] > window) {
          clusters += run(unitId, sorted, leader, leaderIds.size(), clusterStart, i + 1, clustered);
          clusterStart = i + 1;
        }
      }
      if (clustered) {
        flags.add(
            Flag.of(Judgment.SAME_UNIT_CLUSTER, unitId)
                .ownerUnitIds(ImmutableSortedSet.of(unitId))
                .firstDay(firstConflict)
                .lastDay(lastConflict)
                .count(pairs)
                .achievable(achievable)
                .expected(expected)
                .walkIds(conflictWalks.build())
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ImmutableSortedSet.copyOfSorted(conflictMembers))
                .unitIds(ImmutableSortedSet.of(unitId))
                .build());
      }
      long[] samePoint = samePointByUnit.get(unitId);
      return ImmutableUnitSchedule.builder()
          .unitId(unitId)
          .walks(n)
          .conflictingPairs(pairs)
          .sameDayPairs(sameDay)
          .nearbyPairs(pairs - sameDay)
          .achievablePairs(achievable)
          .expectedPairs(expected)
          .clustered(clustered)
          .walksInConflict(Ratio.of(inConflict, n))
          .clusters(clusters)
          .samePointSameDay(samePoint == null ? 0 : samePoint[0])
          .distinctDays(Ratio.of(distinctDays, n))
          .largestSameDay(largest)
          .weekSpread(Ratio.of(weeksWalked, weeks))
          .build();
    }

    /**
     * Returns 1 if the run {@code from..to-1} of date-sorted walks holds walks of two leaders, else
     * 0; adds it to the runs listed if {@code keep}.
     */
    private int run(String unitId, Walk[] sorted, int[] leader, int leaders, int from, int to, boolean keep) {
      int firstLeader = leader[from];
      boolean two = false;
      for (int k = from + 1; k < to && !two; k++) {
        two = leader[k] != firstLeader;
      }
      if (!two) {
        return 0;
      }
      if (keep) {
        ImmutableSortedSet.Builder<String> walkIds = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<String> members = ImmutableSortedSet.naturalOrder();
        for (int k = from; k < to; k++) {
          walkIds.add(sorted[k].id());
          members.add(sorted[k].leaderId());
        }
        runs.add(
            ImmutableClusterRun.builder()
                .unitId(unitId)
                .firstDay(sorted[from].date())
                .lastDay(sorted[to - 1].date())
                .walkIds(walkIds.build())
                .memberIds(members.build())
                .build());
      }
      return 1;
    }

    /**
     * Finds the same-point groups and point overlaps: the walks are bucketed by day; within a day,
     * the walks of each service point are chained together, and each chain of two or more walks is
     * looked at once.
     */
    void samePoint() {
      int n = walks.size();
      int[] start = new int[perDay.length + 1];
      for (int d = 0; d < perDay.length; d++) {
        start[d + 1] = start[d] + perDay[d];
      }
      int[] fill = Arrays.copyOf(start, perDay.length);
      Walk[] byDay = new Walk[n];
      for (Walk w : walks) {
        byDay[fill[Math.toIntExact(w.date().toEpochDay() - first)]++] = w;
      }
      Map<String, Integer> pointIndex = new HashMap<>();
      int[] point = new int[n];
      for (int i = 0; i < n; i++) {
        point[i] = pointIndex.computeIfAbsent(byDay[i].servicePoint().id(), k -> pointIndex.size());
      }
      // last[p]: the latest walk of the day at point p, or -1; next[i]: the walk before i at i's
      // point on i's day, or -1
      int[] last = new int[pointIndex.size()];
      Arrays.fill(last, -1);
      int[] next = new int[n];
      List<Integer> repeated = new ArrayList<>();
      for (int d = 0; d < perDay.length; d++) {
        for (int i = start[d]; i < start[d + 1]; i++) {
          int p = point[i];
          next[i] = last[p];
          if (last[p] >= 0 && next[last[p]] < 0) {
            repeated.add(p); // the point's second walk of the day
          }
          last[p] = i;
        }
        for (int p : repeated) {
          pointGroup(byDay, next, last[p]);
        }
        repeated.clear();
        for (int i = start[d]; i < start[d + 1]; i++) {
          last[point[i]] = -1;
        }
      }
    }

    /** Looks at the chain of walks at one point on one day ending at {@code last}. */
    private void pointGroup(Walk[] byDay, int[] next, int last) {
      // the chain's walks by unit, units in order
      TreeMap<String, List<Walk>> byUnit = new TreeMap<>();
      for (int i = last; i >= 0; i = next[i]) {
        byUnit.computeIfAbsent(byDay[i].unitId(), k -> new ArrayList<>(2)).add(byDay[i]);
      }
      Walk any = byDay[last];
      for (Map.Entry<String, List<Walk>> e : byUnit.entrySet()) {
        List<Walk> unitWalks = e.getValue();
        ImmutableSortedSet<String> members = leaders(unitWalks);
        if (members.size() < 2) {
          continue;
        }
        samePointGroups++;
        samePointByUnit.computeIfAbsent(e.getKey(), k -> new long[1])[0]++;
        flags.add(
            Flag.of(Judgment.SAME_POINT_SAME_DAY, any.servicePoint().id())
                .ownerUnitIds(ImmutableSortedSet.of(e.getKey()))
                .firstDay(any.date())
                .lastDay(any.date())
                .count(unitWalks.size())
                .walkIds(ids(unitWalks))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(members)
                .unitIds(ImmutableSortedSet.of(e.getKey()))
                .build());
      }
      if (byUnit.size() >= 2) {
        List<Walk> all = new ArrayList<>();
        byUnit.values().forEach(all::addAll);
        overlaps.add(
            ImmutablePointOverlap.builder()
                .servicePointId(any.servicePoint().id())
                .day(any.date())
                .unitIds(ImmutableSortedSet.copyOf(byUnit.keySet()))
                .walkIds(ids(all))
                .memberIds(leaders(all))
                .build());
      }
    }

    private static ImmutableSortedSet<String> ids(List<Walk> walks) {
      ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
      walks.forEach(w -> b.add(w.id()));
      return b.build();
    }

    private static ImmutableSortedSet<String> leaders(List<Walk> walks) {
      ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
      walks.forEach(w -> b.add(w.leaderId()));
      return b.build();
    }
  }
}
