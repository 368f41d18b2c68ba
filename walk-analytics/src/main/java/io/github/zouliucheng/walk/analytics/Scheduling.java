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
    int window = index.policy.conflictWindowDays();
    Days days = new Days(period);
    List<Flag> flags = new ArrayList<>();
    TreeMap<String, UnitSchedule> units = new TreeMap<>();
    long pairs = 0;
    long inConflict = 0;
    long clusters = 0;
    for (String unitId : index.units.keySet()) {
      UnitSchedule unit = unit(unitId, index.walksByUnit.get(unitId), window, days, flags);
      units.put(unitId, unit);
      pairs += unit.conflictingPairs();
      inConflict += unit.walksInConflict().numerator();
      clusters += unit.clusters();
    }
    long groups = samePoint(index.dataset.walks(), flags);
    flags.sort(null);
    ImmutableSortedMap.Builder<LocalDate, Long> calendar = ImmutableSortedMap.naturalOrder();
    for (int d = 0; d < days.perDay.length; d++) {
      calendar.put(period.start().plusDays(d), days.perDay[d]);
    }
    long walks = index.dataset.walks().size();
    return ImmutableScheduling.builder()
        .windowDays(window)
        .walks(walks)
        .conflictingPairs(pairs)
        .walksInConflict(Ratio.of(inConflict, walks))
        .sameUnitClusters(clusters)
        .samePointSameDayGroups(groups)
        .units(ImmutableSortedMap.copyOfSorted(units))
        .calendar(calendar.build())
        .addAllFlags(flags)
        .build();
  }

  /** The period's days as epoch days, its weeks, and the calendar's counts. */
  private static final class Days {
    final long first;
    final long firstMonday;
    final long weeks;
    final long[] perDay;

    Days(Period period) {
      first = period.start().toEpochDay();
      firstMonday = monday(first);
      weeks = (monday(period.end().toEpochDay()) - firstMonday) / 7 + 1;
      perDay = new long[period.lengthInDays()];
    }

    /** Returns the epoch day of the Monday starting the ISO week of {@code epochDay}. */
    static long monday(long epochDay) {
      // epoch day 0, 1970-01-01, was a Thursday: day 3 of a week counted from Monday as 0
      return epochDay - Math.floorMod(epochDay + 3, 7);
    }
  }

  /**
   * Sorts {@code walks} by date into {@code sorted} and returns their epoch days in that order. The
   * order among walks of one day is left as given: no figure depends on it.
   */
  private static long[] byDate(List<Walk> walks, Walk[] sorted) {
    int n = walks.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      // index in the low 32 bits, so that sorting the keys sorts by day and keeps each walk's index
      keys[i] = (walks.get(i).date().toEpochDay() << 32) | i;
    }
    Arrays.sort(keys);
    long[] day = new long[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = walks.get((int) keys[k]);
      day[k] = keys[k] >> 32;
    }
    return day;
  }

  private static UnitSchedule unit(String unitId, List<Walk> walks, int window, Days days, List<Flag> flags) {
    int n = walks.size();
    Walk[] sorted = new Walk[n];
    long[] day = byDate(walks, sorted);
    Map<String, Integer> leaderIndex = new HashMap<>();
    int[] leader = new int[n];
    for (int k = 0; k < n; k++) {
      String id = sorted[k].leaderId();
      Integer i = leaderIndex.get(id);
      if (i == null) {
        i = leaderIndex.size();
        leaderIndex.put(id, i);
      }
      leader[k] = i;
    }

    // Forward sweep: the window (left..i-1) holds the earlier walks at most `window` days before
    // walk i; those of other leaders pair with i. Each pair is counted once, at its later walk.
    int[] count = new int[leaderIndex.size()];
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
    // Backward sweep: the window (i+1..right) holds the later walks; a walk is in conflict when
    // either sweep finds another leader's walk next to it.
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
    long weeks = 0;
    long lastMonday = Long.MIN_VALUE;
    long largest = 0;
    long run = 0;
    long clusters = 0;
    int clusterStart = 0;
    for (int i = 0; i < n; i++) {
      inConflict += conflict[i] ? 1 : 0;
      days.perDay[Math.toIntExact(day[i] - days.first)]++;
      if (i == 0 || day[i] != day[i - 1]) {
        distinctDays++;
        run = 0;
      }
      largest = Math.max(largest, ++run);
      long monday = Days.monday(day[i]);
      if (monday != lastMonday) {
        weeks++;
        lastMonday = monday;
      }
      if (i > 0 && day[i] - day[i - 1] > window) {
        clusters += cluster(unitId, sorted, leader, clusterStart, i, flags);
        clusterStart = i;
      }
    }
    if (n > 0) {
      clusters += cluster(unitId, sorted, leader, clusterStart, n, flags);
    }
    return ImmutableUnitSchedule.builder()
        .unitId(unitId)
        .walks(n)
        .conflictingPairs(pairs)
        .walksInConflict(Ratio.of(inConflict, n))
        .clusters(clusters)
        .distinctDays(Ratio.of(distinctDays, n))
        .largestSameDay(largest)
        .weekSpread(Ratio.of(weeks, days.weeks))
        .build();
  }

  /** Adds the run {@code from..to-1} of date-sorted walks as a flag if two leaders walked in it; returns 1 if so. */
  private static int cluster(String unitId, Walk[] sorted, int[] leader, int from, int to, List<Flag> flags) {
    if (!twoLeaders(leader, from, to)) {
      return 0;
    }
    String detail = sorted[from].date() + "/" + sorted[to - 1].date();
    flags.add(flag(Judgment.SAME_UNIT_CLUSTER, unitId, detail, sorted, from, to));
    return 1;
  }

  private static boolean twoLeaders(int[] leader, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (leader[k] != leader[from]) {
        return true;
      }
    }
    return false;
  }

  /** Adds a flag for every same-point group of {@code walks}; returns their number. */
  private static long samePoint(List<Walk> walks, List<Flag> flags) {
    Map<String, List<Walk>> byPoint = new HashMap<>();
    for (Walk w : walks) {
      byPoint.computeIfAbsent(w.servicePoint().id(), p -> new ArrayList<>()).add(w);
    }
    long groups = 0;
    // the map's order does not matter: flags are sorted and groups counted
    for (Map.Entry<String, List<Walk>> point : byPoint.entrySet()) {
      List<Walk> atPoint = point.getValue();
      if (atPoint.size() < 2) {
        continue;
      }
      Walk[] sorted = new Walk[atPoint.size()];
      long[] day = byDate(atPoint, sorted);
      int from = 0;
      for (int i = 1; i <= sorted.length; i++) {
        if (i == sorted.length || day[i] != day[from]) {
          if (i - from > 1 && twoLeaders(sorted, from, i)) {
            flags.add(flag(Judgment.SAME_POINT_SAME_DAY, point.getKey(), sorted[from].date().toString(), sorted, from, i));
            groups++;
          }
          from = i;
        }
      }
    }
    return groups;
  }

  private static boolean twoLeaders(Walk[] sorted, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!sorted[k].leaderId().equals(sorted[from].leaderId())) {
        return true;
      }
    }
    return false;
  }

  private static Flag flag(Judgment judgment, String subject, String detail, Walk[] sorted, int from, int to) {
    ImmutableSortedSet.Builder<String> walks = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<String> members = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<String> units = ImmutableSortedSet.naturalOrder();
    for (int k = from; k < to; k++) {
      walks.add(sorted[k].id());
      members.add(sorted[k].leaderId());
      units.add(sorted[k].unitId());
    }
    return Flag.of(judgment, subject)
        .detail(detail)
        .walkIds(walks.build())
        .findingIds(ImmutableSortedSet.of())
        .memberIds(members.build())
        .unitIds(units.build())
        .build();
  }
}
