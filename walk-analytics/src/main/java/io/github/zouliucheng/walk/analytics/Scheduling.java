package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Scheduling conflicts (时间安排扎堆): the bulletin's "some leaders walked on the same day, some one
 * day apart, and some department leaders even walked the same service window on the same day, only
 * with different matters".
 *
 * <h2>Definitions</h2>
 *
 * Let {@code w} be the policy's {@link Policy#conflictWindowDays() conflictWindowDays} (default 1;
 * 0 means the same day only), recorded here as {@link #windowDays()}.
 *
 * <ul>
 *   <li>A <em>conflicting pair</em> is an unordered pair of walks of one unit, by two different
 *       leaders, whose dates are at most {@code w} days apart. Walks of one leader never conflict
 *       with each other, and walks of different units never form a pair.
 *   <li>A walk is <em>in conflict</em> when it belongs to at least one conflicting pair.
 *   <li>A <em>same-unit cluster</em> is a maximal run of one unit's walks, taken in date order, in
 *       which each walk is at most {@code w} days after the one before, kept when it holds walks of
 *       at least two different leaders. Every conflicting pair lies inside one cluster; a cluster
 *       may also hold walks that are in no pair (a chain A, then A, then B, one day apart each, with
 *       {@code w = 1}). Clusters of one unit are more than {@code w} days apart, so no two start on
 *       the same day. Each is a {@link Judgment#SAME_UNIT_CLUSTER} flag: subject the unit, detail
 *       its first and last day as {@code 2023-02-14/2023-02-15} (the same day twice for a one-day
 *       cluster), the walks, their leaders and the unit as evidence.
 *   <li>A <em>same-point group</em> is the set of walks at one {@linkplain
 *       io.github.zouliucheng.walk.model.ServicePoint#id() service point} on one day, whatever their
 *       units, kept when it holds walks of at least two different leaders. Each is a {@link
 *       Judgment#SAME_POINT_SAME_DAY} flag: subject the service point, detail the day as {@code
 *       2023-02-14}, the walks, their leaders and their units as evidence. It does not depend on
 *       the window.
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

  /** Returns the number of walks. */
  public abstract long walks();

  /** Returns the number of conflicting pairs, summed over the units. */
  public abstract long conflictingPairs();

  /** Returns the walks in conflict, of all walks. */
  public abstract Ratio walksInConflict();

  /** Returns the number of same-unit clusters, summed over the units. */
  public abstract long sameUnitClusters();

  /** Returns the number of same-point groups: (service point, day) pairs walked by two or more leaders. */
  public abstract long samePointSameDayGroups();

  /** Returns each roster unit's figures, walks or not, by unit identifier. */
  public abstract ImmutableSortedMap<String, UnitSchedule> units();

  /** Returns the number of walks on each day of the period, every day included, in date order. */
  public abstract ImmutableSortedMap<LocalDate, Long> calendar();

  /**
   * Returns every {@link Judgment#SAME_UNIT_CLUSTER} and {@link Judgment#SAME_POINT_SAME_DAY} flag,
   * in the flags' natural order.
   */
  public abstract ImmutableList<Flag> flags();

  static Scheduling of(Index index) {
    Period period = index.dataset.period();
    Pass pass = new Pass(period, index.policy.conflictWindowDays(), index.dataset.walks().size());
    TreeMap<String, UnitSchedule> units = new TreeMap<>();
    long pairs = 0;
    long inConflict = 0;
    long clusters = 0;
    for (String unitId : index.units.keySet()) {
      UnitSchedule unit = pass.unit(unitId, index.walksByUnit.get(unitId));
      units.put(unitId, unit);
      pairs += unit.conflictingPairs();
      inConflict += unit.walksInConflict().numerator();
      clusters += unit.clusters();
    }
    long groups = pass.samePoint();
    pass.flags.sort(null);
    ImmutableSortedMap.Builder<LocalDate, Long> calendar = ImmutableSortedMap.naturalOrder();
    for (int d = 0; d < pass.perDay.length; d++) {
      calendar.put(period.start().plusDays(d), (long) pass.perDay[d]);
    }
    long walks = index.dataset.walks().size();
    return ImmutableScheduling.builder()
        .windowDays(pass.window)
        .walks(walks)
        .conflictingPairs(pairs)
        .walksInConflict(Ratio.of(inConflict, walks))
        .sameUnitClusters(clusters)
        .samePointSameDayGroups(groups)
        .units(ImmutableSortedMap.copyOfSorted(units))
        .calendar(calendar.build())
        .addAllFlags(pass.flags)
        .build();
  }

  /**
   * One computation: the units are added one by one ({@link #unit}), each walk's day is kept as it
   * is read, and the same-point groups are found last ({@link #samePoint}) from the walks bucketed
   * by day, so that every walk's date is read once.
   */
  private static final class Pass {
    final int window;
    final long first;
    final long firstMonday;
    final long weeks;
    /** Walks per day of the period, by day offset from its first day. */
    final int[] perDay;
    /** Every walk read so far, and its day offset, in the order read. */
    final Walk[] walks;
    final int[] dayOf;
    int read;
    final List<Flag> flags = new ArrayList<>();

    Pass(Period period, int window, int walks) {
      this.window = window;
      first = period.start().toEpochDay();
      firstMonday = monday(first);
      weeks = (monday(period.end().toEpochDay()) - firstMonday) / 7 + 1;
      perDay = new int[period.lengthInDays()];
      this.walks = new Walk[walks];
      this.dayOf = new int[walks];
    }

    /** Returns the epoch day of the Monday starting the ISO week of {@code epochDay}. */
    static long monday(long epochDay) {
      // epoch day 0, 1970-01-01, was a Thursday: day 3 of a week counted from Monday as 0
      return epochDay - Math.floorMod(epochDay + 3, 7);
    }

    /** Computes one unit's figures and adds its cluster flags. */
    UnitSchedule unit(String unitId, List<Walk> unitWalks) {
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
        walks[read] = w;
        dayOf[read++] = Math.toIntExact(day[k] - first);
      }

      // Forward sweep: the window (left..i-1) holds the earlier walks at most `window` days
      // before walk i; those of other leaders pair with i. Each pair is counted once, at its
      // later walk.
      int[] count = new int[leaderIds.size()];
      boolean[] conflict = new boolean[n];
      long pairs = 0;
      int left = 0;
      for (int i = 0; i < n; i++) {
        while (day[i] - day[left] > window) {
          count[leader[left++]]--;
        }
        int others = (i - left) - count[leader[i]];
        pairs += others;
        conflict[i] = others > 0;
        count[leader[i]]++;
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

      long inConflict = 0;
      long distinctDays = 0;
      long weeksWalked = 0;
      long lastMonday = Long.MIN_VALUE;
      long largest = 0;
      long run = 0;
      long clusters = 0;
      int clusterStart = 0;
      for (int i = 0; i < n; i++) {
        inConflict += conflict[i] ? 1 : 0;
        perDay[Math.toIntExact(day[i] - first)]++;
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
          clusters += cluster(unitId, sorted, leader, leaderIds, clusterStart, i + 1);
          clusterStart = i + 1;
        }
      }
      return ImmutableUnitSchedule.builder()
          .unitId(unitId)
          .walks(n)
          .conflictingPairs(pairs)
          .walksInConflict(Ratio.of(inConflict, n))
          .clusters(clusters)
          .distinctDays(Ratio.of(distinctDays, n))
          .largestSameDay(largest)
          .weekSpread(Ratio.of(weeksWalked, weeks))
          .build();
    }

    /**
     * Adds the run {@code from..to-1} of date-sorted walks as a cluster flag if two leaders walked
     * in it; returns 1 if so, else 0.
     */
    private int cluster(String unitId, Walk[] sorted, int[] leader, List<String> leaderIds, int from, int to) {
      boolean[] seen = new boolean[leaderIds.size()];
      List<String> members = new ArrayList<>();
      for (int k = from; k < to; k++) {
        if (!seen[leader[k]]) {
          seen[leader[k]] = true;
          members.add(leaderIds.get(leader[k]));
        }
      }
      if (members.size() < 2) {
        return 0;
      }
      String[] walkIds = new String[to - from];
      for (int k = from; k < to; k++) {
        walkIds[k - from] = sorted[k].id();
      }
      flags.add(
          Flag.of(Judgment.SAME_UNIT_CLUSTER, unitId)
              .firstDay(sorted[from].date())
              .lastDay(sorted[to - 1].date())
              .ownerUnitIds(ImmutableSortedSet.of(unitId))
              .walkIds(ImmutableSortedSet.copyOf(walkIds))
              .findingIds(ImmutableSortedSet.of())
              .memberIds(ImmutableSortedSet.copyOf(members))
              .unitIds(ImmutableSortedSet.of(unitId))
              .build());
      return 1;
    }

    /**
     * Adds a flag for every same-point group of the walks read, and returns their number. The
     * walks are bucketed by day (a counting sort over the period's days); within a day, the walks
     * of each service point are chained together.
     */
    long samePoint() {
      int n = read;
      int[] start = new int[perDay.length + 1];
      for (int d = 0; d < perDay.length; d++) {
        start[d + 1] = start[d] + perDay[d];
      }
      int[] fill = Arrays.copyOf(start, perDay.length);
      Walk[] byDay = new Walk[n];
      for (int i = 0; i < n; i++) {
        byDay[fill[dayOf[i]]++] = walks[i];
      }
      Map<String, Integer> pointIndex = new HashMap<>();
      int[] point = new int[n];
      for (int i = 0; i < n; i++) {
        String id = byDay[i].servicePoint().id();
        Integer p = pointIndex.get(id);
        if (p == null) {
          p = pointIndex.size();
          pointIndex.put(id, p);
        }
        point[i] = p;
      }
      // last[p]: the latest walk of the day at point p, or -1; next[i]: the walk before i at i's
      // point on i's day, or -1
      int[] last = new int[pointIndex.size()];
      Arrays.fill(last, -1);
      int[] next = new int[n];
      List<Integer> repeated = new ArrayList<>();
      long groups = 0;
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
          groups += pointGroup(byDay, next, last[p]);
        }
        repeated.clear();
        for (int i = start[d]; i < start[d + 1]; i++) {
          last[point[i]] = -1;
        }
      }
      return groups;
    }

    /** Adds the chain of walks ending at {@code last} as a flag if two leaders walked in it; returns 1 if so. */
    private int pointGroup(Walk[] byDay, int[] next, int last) {
      List<String> walkIds = new ArrayList<>();
      List<String> members = new ArrayList<>();
      List<String> units = new ArrayList<>();
      boolean twoLeaders = false;
      for (int i = last; i >= 0; i = next[i]) {
        Walk w = byDay[i];
        walkIds.add(w.id());
        members.add(w.leaderId());
        units.add(w.unitId());
        twoLeaders |= !w.leaderId().equals(byDay[last].leaderId());
      }
      if (!twoLeaders) {
        return 0;
      }
      Walk any = byDay[last];
      flags.add(
          Flag.of(Judgment.SAME_POINT_SAME_DAY, any.servicePoint().id())
              .firstDay(any.date())
              .lastDay(any.date())
              .ownerUnitIds(ImmutableSortedSet.copyOf(units))
              .walkIds(ImmutableSortedSet.copyOf(walkIds))
              .findingIds(ImmutableSortedSet.of())
              .memberIds(ImmutableSortedSet.copyOf(members))
              .unitIds(ImmutableSortedSet.copyOf(units))
              .build());
      return 1;
    }
  }
}
