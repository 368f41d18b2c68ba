package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.county;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.department;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.member;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.members;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.roundRobin;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.scheduling;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of {@link Scheduling}, with the arithmetic in the comments. Unless a test says
 * otherwise the policy is the default: window 1 day, {@link WorkCalendar#china()}, a unit flagged
 * when its avoidable pairs reach 2 and its pairs reach 1.5 times the pairs expected by chance.
 *
 * <h2>The bounds of 2023-Q1 under the China calendar</h2>
 *
 * The working days (国办发明电〔2022〕16号): in January Tue 3 – Fri 6 (Mon 2 is 元旦), 9–13, 16–20,
 * then Sat 28 and Sun 29 (调休上班), Mon 30 and Tue 31, the weekdays 23–27 being 春节 (21–27): 4 + 5 +
 * 5 + 2 + 2 = 18; February, every weekday, 20; March, every weekday, 23. So <b>D = 61</b>, in twelve
 * runs of consecutive working days, of lengths L: 01-03..06 (4), 01-09..13 (5), 01-16..20 (5),
 * 01-28..02-03 (7), then 02-06..10, 02-13..17, 02-20..24, 02-27..03-03, 03-06..10, 03-13..17,
 * 03-20..24, 03-27..31 (5 each). Any two runs are at least 3 days apart (a weekend or the holiday).
 *
 * <ul>
 *   <li>w = 1: pairs of working days one day apart, L − 1 per run: 3 + 4 + 4 + 6 + 8·4 = 49, so
 *       <b>N = 61 + 2·49 = 159</b>; the greedy days more than a day apart, ⌈L/2⌉ per run: 2 + 3 + 3 +
 *       4 + 8·3 = <b>k_max = 36</b>.
 *   <li>w = 2: also the pairs two days apart, L − 2 per run: 2 + 3 + 3 + 5 + 8·3 = 37, so <b>N = 61 +
 *       2·(49 + 37) = 233</b>; k_max = ⌈L/3⌉ per run: 2 + 2 + 2 + 3 + 8·2 = 25.
 *   <li>w = 0: N = D = 61 and k_max = 61.
 * </ul>
 *
 * The pairs expected by chance are C(n, 2)·N/D², D² = 3721, rounded half-even to 2 decimals; the
 * fewest achievable are evenPairs(n, k_max), 0 whenever n ≤ k_max ({@link ClusterBounds}).
 */
class SchedulingTest {
  private static final Period Q1_2023 = Period.ofQuarter(2023, 1);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  /** Returns a {@link Judgment#SAME_UNIT_CLUSTER} flag as the analysis builds it. */
  private static Flag cluster(
      String unit, String first, String last, long count, long achievable, String expected, List<String> walks, List<String> members) {
    return Flag.of(Judgment.SAME_UNIT_CLUSTER, unit)
        .ownerUnitIds(ImmutableSortedSet.of(unit))
        .firstDay(day(first))
        .lastDay(day(last))
        .count(count)
        .achievable(achievable)
        .expected(decimal(expected))
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.of(unit))
        .build();
  }

  /** Returns a {@link Judgment#SAME_POINT_SAME_DAY} flag as the analysis builds it. */
  private static Flag samePoint(String point, String unit, String day, List<String> walks, List<String> members) {
    return Flag.of(Judgment.SAME_POINT_SAME_DAY, point)
        .ownerUnitIds(ImmutableSortedSet.of(unit))
        .firstDay(day(day))
        .lastDay(day(day))
        .count(walks.size())
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.of(unit))
        .build();
  }

  private static ClusterRun run(String unit, String first, String last, List<String> walks, List<String> members) {
    return ImmutableClusterRun.builder()
        .unitId(unit)
        .firstDay(day(first))
        .lastDay(day(last))
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .memberIds(ImmutableSortedSet.copyOf(members))
        .build();
  }

  private static PointOverlap overlap(String point, String day, List<String> units, List<String> walks, List<String> members) {
    return ImmutablePointOverlap.builder()
        .servicePointId(point)
        .day(day(day))
        .unitIds(ImmutableSortedSet.copyOf(units))
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .memberIds(ImmutableSortedSet.copyOf(members))
        .build();
  }

  private static List<String> ids(List<Walk> walks) {
    return walks.stream().map(Walk::id).collect(Collectors.toList());
  }

  private static List<Flag> clusterFlags(Scheduling s) {
    return s.flags().stream().filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER).collect(Collectors.toList());
  }

  // =================================================================== the bulletin's case

  /**
   * The bulletin's "有的是同一天在“走流程”，有的是彼此相差一天": county c1 (leaders a, b, c), a and b on
   * Tuesday 2023-02-14, c on Wednesday 02-15, each at its own window. County c2's leader d walks on
   * 02-14 too: another unit, never a pair with c1.
   */
  private static final Dataset BULLETIN =
      dataset(
          Q1_2023,
          List.of(county("c1"), county("c2")),
          List.of(member("a", "c1"), member("b", "c1"), member("c", "c1"), member("d", "c2")),
          List.of(
              walk("w1", "a", "c1", day("2023-02-14"), "p1"),
              walk("w2", "b", "c1", day("2023-02-14"), "p2"),
              walk("w3", "c", "c1", day("2023-02-15"), "p3"),
              walk("w4", "d", "c2", day("2023-02-14"), "p4")));

  @Test
  void bulletinCase_threeWalksOfOneUnitOverTwoDays_isFlaggedWithItsFacts() {
    Scheduling s = scheduling(BULLETIN, 1);

    // c1: (w1 a, w2 b) the same day; (w1 a, w3 c) and (w2 b, w3 c) a day apart: 3 pairs, 1 + 2.
    // n = 3 ≤ k_max = 36: achievable 0, avoidable 3 ≥ 2. Expected C(3,2)·159/3721 = 477/3721 =
    // 0.128… → 0.13, and 3 ≥ 1.5 × 0.13 = 0.195: flagged.
    UnitSchedule c1 = s.units().get("c1");
    assertThat(c1.walks()).isEqualTo(3);
    assertThat(c1.conflictingPairs()).isEqualTo(3);
    assertThat(c1.sameDayPairs()).isEqualTo(1);
    assertThat(c1.nearbyPairs()).isEqualTo(2);
    assertThat(c1.achievablePairs()).isZero();
    assertThat(c1.expectedPairs()).isEqualTo(decimal("0.13"));
    assertThat(c1.avoidablePairs()).isEqualTo(3);
    assertThat(c1.clustered()).isTrue();
    assertThat(c1.walksInConflict()).isEqualTo(Ratio.of(3, 3));
    assertThat(c1.clusters()).isEqualTo(1);
    // c2: one walk, nothing to pair; expected C(1,2) = 0
    UnitSchedule c2 = s.units().get("c2");
    assertThat(c2.conflictingPairs()).isZero();
    assertThat(c2.expectedPairs()).isEqualTo(decimal("0.00"));
    assertThat(c2.clustered()).isFalse();
    assertThat(c2.walksInConflict()).isEqualTo(Ratio.of(0, 1));

    // one flag for the unit: its walks in conflict from 02-14 to 02-15
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2023-02-14", "2023-02-15", 3, 0, "0.13", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
    assertThat(s.flags().get(0).avoidable()).hasValue(3);
    assertThat(s.runs()).containsExactly(run("c1", "2023-02-14", "2023-02-15", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
    assertThat(s.windowDays()).isEqualTo(1);
    assertThat(s.workingDays()).isEqualTo(61);
    assertThat(s.walks()).isEqualTo(4);
    assertThat(s.conflictingPairs()).isEqualTo(3);
    assertThat(s.sameDayPairs()).isEqualTo(1);
    assertThat(s.nearbyPairs()).isEqualTo(2);
    assertThat(s.avoidablePairs()).isEqualTo(3);
    assertThat(s.avoidablePairsOfClusteredUnits()).isEqualTo(3);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(3, 4));
    assertThat(s.unitsClustered()).isEqualTo(Ratio.of(1, 2));
    assertThat(s.sameUnitClusters()).isEqualTo(1);
    // d of c2 walked on 02-14 too, but at another window: no point overlap
    assertThat(s.pointOverlaps()).isEmpty();
    assertThat(s.samePointSameDayGroups()).isZero();
  }

  /**
   * The same case in two episodes: c1's a and b on Tuesday 02-14, then c on Wednesday 03-01 and a on
   * Thursday 03-02, each at its own window; c2's d on 02-14.
   */
  private static final Dataset TWO_EPISODES =
      dataset(
          Q1_2023,
          List.of(county("c1"), county("c2")),
          List.of(member("a", "c1"), member("b", "c1"), member("c", "c1"), member("d", "c2")),
          List.of(
              walk("w1", "a", "c1", day("2023-02-14"), "p1"),
              walk("w2", "b", "c1", day("2023-02-14"), "p2"),
              walk("w3", "c", "c1", day("2023-03-01"), "p3"),
              walk("w4", "a", "c1", day("2023-03-02"), "p4"),
              walk("w5", "d", "c2", day("2023-02-14"), "p5")));

  @Test
  void bulletinCaseInTwoEpisodes_isOneFlagForTheUnitWithTwoRuns() {
    Scheduling s = scheduling(TWO_EPISODES, 1);

    // c1: (w1 a, w2 b) the same day and (w3 c, w4 a) a day apart; 02-14 and 03-01 are 15 days
    // apart: 2 pairs. n = 4: achievable 0, avoidable 2 ≥ 2 (just); expected 6·159/3721 = 954/3721
    // = 0.256… → 0.26, 2 ≥ 0.39: flagged, once, from its first to its last walk in conflict.
    UnitSchedule c1 = s.units().get("c1");
    assertThat(c1.conflictingPairs()).isEqualTo(2);
    assertThat(c1.sameDayPairs()).isEqualTo(1);
    assertThat(c1.nearbyPairs()).isEqualTo(1);
    assertThat(c1.expectedPairs()).isEqualTo(decimal("0.26"));
    assertThat(c1.clustered()).isTrue();
    assertThat(s.flags())
        .containsExactly(
            cluster("c1", "2023-02-14", "2023-03-02", 2, 0, "0.26", List.of("w1", "w2", "w3", "w4"), List.of("a", "b", "c")));
    // both episodes are runs of two leaders: listed, as the unit is clustered
    assertThat(c1.clusters()).isEqualTo(2);
    assertThat(s.runs())
        .containsExactly(
            run("c1", "2023-02-14", "2023-02-14", List.of("w1", "w2"), List.of("a", "b")),
            run("c1", "2023-03-01", "2023-03-02", List.of("w3", "w4"), List.of("a", "c")));
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(4, 5));
    // days 02-14, 03-01, 03-02: 3 days for 4 walks, 2 walks on 02-14
    assertThat(c1.distinctDays()).isEqualTo(Ratio.of(3, 4));
    assertThat(c1.largestSameDay()).isEqualTo(2);
    // weeks starting Monday 02-13 and Monday 02-27, of the 14 weeks 2023-Q1 touches (Monday
    // 2022-12-26, the week of Sunday 01-01, to Monday 03-27, the week of Friday 03-31)
    assertThat(c1.weekSpread()).isEqualTo(Ratio.of(2, 14));
  }

  @Test
  void windowZero_countsOnlyTheSameDay_andOnePairIsNotMaterial() {
    Scheduling s = scheduling(TWO_EPISODES, 0);

    // only (w1 a, w2 b) on 02-14: 1 pair, all the same day. k_max = 61, achievable 0, avoidable 1
    // < 2: not flagged, though 1 ≥ 1.5 × expected (6·61/3721 = 6/61 = 0.098… → 0.10)
    UnitSchedule c1 = s.units().get("c1");
    assertThat(s.windowDays()).isZero();
    assertThat(c1.conflictingPairs()).isEqualTo(1);
    assertThat(c1.sameDayPairs()).isEqualTo(1);
    assertThat(c1.nearbyPairs()).isZero();
    assertThat(c1.expectedPairs()).isEqualTo(decimal("0.10"));
    assertThat(c1.avoidablePairs()).isEqualTo(1);
    assertThat(c1.clustered()).isFalse();
    assertThat(s.flags()).isEmpty();
    // 02-14 is still a run of two leaders, counted but not listed: the unit is not clustered
    assertThat(c1.clusters()).isEqualTo(1);
    assertThat(s.runs()).isEmpty();
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(2, 5));
    assertThat(s.unitsClustered()).isEqualTo(Ratio.of(0, 2));

    // with one avoidable pair enough, it is flagged, its evidence the two walks of 02-14 only
    Scheduling strict = scheduling(TWO_EPISODES, Policy.defaults().withConflictWindowDays(0).withClusterMinAvoidablePairs(1));
    assertThat(strict.flags())
        .containsExactly(cluster("c1", "2023-02-14", "2023-02-14", 1, 0, "0.10", List.of("w1", "w2"), List.of("a", "b")));
    assertThat(strict.runs()).containsExactly(run("c1", "2023-02-14", "2023-02-14", List.of("w1", "w2"), List.of("a", "b")));
  }

  // =================================================================== even versus campaign

  /**
   * Two departments of ten leaders, 50 walks each in 2023-Q1: "even" places them as evenly as the
   * working days allow ({@link ClusterBounds#evenSchedule}), "camp" on five campaign days.
   */
  @Test
  void evenVersusCampaign_sameNumberOfWalks_onlyTheCampaignIsFlagged() {
    ClusterBounds bounds = ClusterBounds.of(WorkCalendar.china(), Q1_2023, 1);
    ImmutableSortedMap<LocalDate, Long> even = bounds.evenSchedule(50);
    // 50 = 1·36 + 14: the first 14 of the 36 greedy days get 2 walks, the other 22 one. The greedy
    // days skip 春节 and take the adjusted working Saturday: …, 01-18, 01-20, 01-28, 01-30, …
    assertThat(even).hasSize(36);
    assertThat(even.values().stream().filter(n -> n == 2)).hasSize(14);
    assertThat(even.keySet()).contains(day("2023-01-20"), day("2023-01-28"), day("2023-01-30"));
    assertThat(even.subMap(day("2023-01-21"), day("2023-01-28"))).isEmpty();
    List<Walk> evenWalks = roundRobin("e", "even", 10, even);
    // five Tuesdays, each with every leader: 10 walks a day
    TreeMap<LocalDate, Long> campaignDays = new TreeMap<>();
    for (String d : List.of("2023-01-10", "2023-02-07", "2023-02-21", "2023-03-07", "2023-03-21")) {
      campaignDays.put(day(d), 10L);
    }
    List<Walk> campaignWalks = roundRobin("k", "camp", 10, campaignDays);
    List<Member> roster = new ArrayList<>(members("e", 10, "even"));
    roster.addAll(members("k", 10, "camp"));
    List<Walk> walks = new ArrayList<>(evenWalks);
    walks.addAll(campaignWalks);
    Dataset data = dataset(Q1_2023, List.of(department("even"), department("camp")), roster, walks);

    Scheduling s = scheduling(data, 1);

    // Both: n = 50, achievable 14·C(2,2) + 22·C(1,2) = 14; expected C(50,2)·159/3721 = 1225·159/3721
    // = 194775/3721 = 52.344… → 52.34, and 1.5 × 52.34 = 78.51.
    // even: the 14 days of two walks give 14 same-day pairs (consecutive walks, different leaders);
    // the greedy days are more than a day apart, so no nearby pair. 14 − 14 = 0 avoidable.
    UnitSchedule e = s.units().get("even");
    assertThat(e.walks()).isEqualTo(50);
    assertThat(e.conflictingPairs()).isEqualTo(14);
    assertThat(e.sameDayPairs()).isEqualTo(14);
    assertThat(e.nearbyPairs()).isZero();
    assertThat(e.achievablePairs()).isEqualTo(14);
    assertThat(e.expectedPairs()).isEqualTo(decimal("52.34"));
    assertThat(e.avoidablePairs()).isZero();
    assertThat(e.clustered()).isFalse();
    assertThat(e.walksInConflict()).isEqualTo(Ratio.of(28, 50));
    // camp: C(10,2) = 45 same-day pairs on each of 5 days, two weeks apart: 225, all the same day.
    // 225 − 14 = 211 avoidable ≥ 2, and 225 ≥ 78.51: flagged
    UnitSchedule k = s.units().get("camp");
    assertThat(k.walks()).isEqualTo(50);
    assertThat(k.conflictingPairs()).isEqualTo(225);
    assertThat(k.sameDayPairs()).isEqualTo(225);
    assertThat(k.nearbyPairs()).isZero();
    assertThat(k.achievablePairs()).isEqualTo(14);
    assertThat(k.expectedPairs()).isEqualTo(decimal("52.34"));
    assertThat(k.avoidablePairs()).isEqualTo(211);
    assertThat(k.clustered()).isTrue();
    assertThat(k.largestSameDay()).isEqualTo(10);
    assertThat(k.distinctDays()).isEqualTo(Ratio.of(5, 50));
    assertThat(k.clusters()).isEqualTo(5);

    assertThat(s.flags())
        .containsExactly(
            cluster("camp", "2023-01-10", "2023-03-21", 225, 14, "52.34", ids(campaignWalks),
                members("k", 10, "camp").stream().map(Member::id).collect(Collectors.toList())));
    assertThat(s.runs()).hasSize(5).allSatisfy(r -> {
      assertThat(r.unitId()).isEqualTo("camp");
      assertThat(r.firstDay()).isEqualTo(r.lastDay());
      assertThat(r.walkIds()).hasSize(10);
      assertThat(r.memberIds()).hasSize(10);
    });
    assertThat(s.avoidablePairs()).isEqualTo(211);
    assertThat(s.avoidablePairsOfClusteredUnits()).isEqualTo(211);
    assertThat(s.conflictingPairs()).isEqualTo(239);
    assertThat(s.unitsClustered()).isEqualTo(Ratio.of(1, 2));
    // every leader has a window of its own: no same-point group, no overlap
    assertThat(s.samePointSameDayGroups()).isZero();
    assertThat(s.pointOverlaps()).isEmpty();
  }

  // =================================================================== look-alikes that must not fire

  @Test
  void twoLeadersOnTheSameDayOnceInAQuarter_isNotMaterial() {
    // c1 (a, b, c), six walks at least a week apart but for b and c on Wednesday 03-08. One pair;
    // n = 6 ≤ 36, achievable 0, avoidable 1 < 2. The ratio alone would pass: expected
    // 15·159/3721 = 2385/3721 = 0.640… → 0.64, 1 ≥ 0.96.
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1"), member("c", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2023-01-04"), "p1"),
                walk("w2", "b", "c1", day("2023-01-18"), "p2"),
                walk("w3", "c", "c1", day("2023-02-08"), "p3"),
                walk("w4", "a", "c1", day("2023-02-22"), "p4"),
                walk("w5", "b", "c1", day("2023-03-08"), "p5"),
                walk("w6", "c", "c1", day("2023-03-08"), "p6")));

    Scheduling s = scheduling(data, 1);

    UnitSchedule c1 = s.units().get("c1");
    assertThat(c1.conflictingPairs()).isEqualTo(1);
    assertThat(c1.expectedPairs()).isEqualTo(decimal("0.64"));
    assertThat(c1.avoidablePairs()).isEqualTo(1);
    assertThat(c1.clustered()).isFalse();
    assertThat(s.flags()).isEmpty();
    assertThat(s.runs()).isEmpty();

    // a policy for which one avoidable pair is enough names it
    Scheduling strict = scheduling(data, Policy.defaults().withClusterMinAvoidablePairs(1));
    assertThat(strict.flags())
        .containsExactly(cluster("c1", "2023-03-08", "2023-03-08", 1, 0, "0.64", List.of("w5", "w6"), List.of("b", "c")));
  }

  @Test
  void oneLeaderWalkingManyTimes_hasNoPair() {
    // leader a of d1 walks every day from Sunday 01-01 to Tuesday 01-10 at one window, and twice on
    // 01-05: 11 walks, all by a, so no pair, no run, no same-point group; n = 11 is far from what
    // the avoidable pairs could be measured against, since there are none
    List<Walk> walks = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      walks.add(walk("w" + d, "a", "d1", LocalDate.of(2023, 1, d), "p1"));
    }
    walks.add(walk("w11", "a", "d1", day("2023-01-05"), "p1"));
    Dataset data = dataset(Q1_2023, List.of(department("d1")), List.of(member("a", "d1")), walks);

    Scheduling s = scheduling(data, 1);

    UnitSchedule d1 = s.units().get("d1");
    assertThat(d1.conflictingPairs()).isZero();
    assertThat(d1.avoidablePairs()).isZero();
    assertThat(d1.clustered()).isFalse();
    assertThat(d1.clusters()).isZero();
    assertThat(d1.samePointSameDay()).isZero();
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(0, 11));
    assertThat(s.flags()).isEmpty();
    assertThat(s.pointOverlaps()).isEmpty();
    assertThat(d1.distinctDays()).isEqualTo(Ratio.of(10, 11));
    assertThat(d1.largestSameDay()).isEqualTo(2);
    // 01-01 is a Sunday (week of 12-26), 01-02..01-08 one week, 01-09..01-10 the next: 3 of 14
    assertThat(d1.weekSpread()).isEqualTo(Ratio.of(3, 14));
  }

  @Test
  void walkingEveryWorkingDay_hasManyPairsButNoMoreThanChance() {
    // d1, ten leaders round-robin, one walk on each of the 61 working days of 2023-Q1. Consecutive
    // working days hold consecutive walks, by different leaders: pairs = the 49 pairs of working days
    // a day apart, all nearby. n = 61 = 1·36 + 25: achievable 25·C(2,2) = 25, avoidable 24 ≥ 2. But
    // expected C(61,2)·159/3721 = 1830·159/3721 = 290970/3721 = 78.196… → 78.20, and 49 < 1.5 ×
    // 78.20 = 117.30: no more than chance, not flagged.
    ImmutableSortedMap.Builder<LocalDate, Long> everyDay = ImmutableSortedMap.naturalOrder();
    WorkCalendar.china().workingDays(Q1_2023.start(), Q1_2023.end()).forEach(d -> everyDay.put(d, 1L));
    Dataset data =
        dataset(Q1_2023, List.of(department("d1")), members("r", 10, "d1"), roundRobin("r", "d1", 10, everyDay.build()));

    Scheduling s = scheduling(data, 1);

    UnitSchedule d1 = s.units().get("d1");
    assertThat(d1.walks()).isEqualTo(61);
    assertThat(d1.conflictingPairs()).isEqualTo(49);
    assertThat(d1.sameDayPairs()).isZero();
    assertThat(d1.nearbyPairs()).isEqualTo(49);
    assertThat(d1.achievablePairs()).isEqualTo(25);
    assertThat(d1.avoidablePairs()).isEqualTo(24);
    assertThat(d1.expectedPairs()).isEqualTo(decimal("78.20"));
    assertThat(d1.clustered()).isFalse();
    // the twelve runs of working days, each of two or more leaders
    assertThat(d1.clusters()).isEqualTo(12);
    assertThat(s.flags()).isEmpty();
    assertThat(s.runs()).isEmpty();

    // a policy content with half of chance names it: 49 ≥ 0.5 × 78.20 = 39.10
    Scheduling lax = scheduling(data, Policy.defaults().withClusterMinRatioToChance(decimal("0.5")));
    assertThat(lax.units().get("d1").clustered()).isTrue();
    assertThat(clusterFlags(lax)).singleElement().satisfies(f -> {
      assertThat(f.count()).hasValue(49);
      assertThat(f.avoidable()).hasValue(24);
      // 01-03 pairs with 01-04; 03-31 with 03-30
      assertThat(f.firstDay()).contains(day("2023-01-03"));
      assertThat(f.lastDay()).contains(day("2023-03-31"));
    });
    assertThat(lax.runs()).hasSize(12);
  }

  // =================================================================== the same point on the same day

  @Test
  void twoLeadersOfOneUnitAtOneWindowOnOneDay_isTheUnitsFlag() {
    // a and b of c1 at the hall on Monday 01-16, with different matters: a same-point group of c1.
    // One pair, avoidable 1 < 2: no clustering flag.
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1")),
            List.of(walk("w1", "a", "c1", day("2023-01-16"), "hall"), walk("w2", "b", "c1", day("2023-01-16"), "hall")));

    Scheduling s = scheduling(data, 1);

    assertThat(s.flags()).containsExactly(samePoint("hall", "c1", "2023-01-16", List.of("w1", "w2"), List.of("a", "b")));
    assertThat(s.flags().get(0).ownerUnitIds()).containsExactly("c1");
    assertThat(s.samePointSameDayGroups()).isEqualTo(1);
    assertThat(s.units().get("c1").samePointSameDay()).isEqualTo(1);
    assertThat(s.pointOverlaps()).isEmpty();
    // it does not depend on the window
    assertThat(scheduling(data, 0).flags()).isEqualTo(s.flags());
  }

  @Test
  void leadersOfTwoUnitsAtOneWindowOnOneDay_isAPointOverlapNotAFlag() {
    // a of d1 and b of d2 both at the hall on Monday 02-20 with different matters; b alone there on
    // 02-21; a and b there again on Thursday 02-23. Two overlaps, no flag: each unit sent one leader.
    Dataset data =
        dataset(
            Q1_2023,
            List.of(department("d1"), department("d2")),
            List.of(member("a", "d1"), member("b", "d2")),
            List.of(
                walk("w1", "a", "d1", day("2023-02-20"), "hall"),
                walk("w2", "b", "d2", day("2023-02-20"), "hall"),
                walk("w3", "b", "d2", day("2023-02-21"), "hall"),
                walk("w4", "b", "d2", day("2023-02-23"), "hall"),
                walk("w5", "a", "d1", day("2023-02-23"), "hall")));

    Scheduling s = scheduling(data, 1);

    assertThat(s.flags()).isEmpty();
    assertThat(s.samePointSameDayGroups()).isZero();
    assertThat(s.pointOverlaps())
        .containsExactly(
            overlap("hall", "2023-02-20", List.of("d1", "d2"), List.of("w1", "w2"), List.of("a", "b")),
            overlap("hall", "2023-02-23", List.of("d1", "d2"), List.of("w4", "w5"), List.of("a", "b")));
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.sameUnitClusters()).isZero();
  }

  @Test
  void twoLeadersOfOneUnitAndOneOfAnotherAtOneWindow_areOneFlagAndOneOverlap() {
    // a and b of c1 and d of d2 at the hall on Tuesday 02-14: c1's own group is its flag (w1, w2);
    // the three walks of two units are an overlap
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1"), department("d2")),
            List.of(member("a", "c1"), member("b", "c1"), member("d", "d2")),
            List.of(
                walk("w1", "a", "c1", day("2023-02-14"), "hall"),
                walk("w2", "b", "c1", day("2023-02-14"), "hall"),
                walk("w3", "d", "d2", day("2023-02-14"), "hall")));

    Scheduling s = scheduling(data, 1);

    assertThat(s.flags()).containsExactly(samePoint("hall", "c1", "2023-02-14", List.of("w1", "w2"), List.of("a", "b")));
    assertThat(s.pointOverlaps())
        .containsExactly(overlap("hall", "2023-02-14", List.of("c1", "d2"), List.of("w1", "w2", "w3"), List.of("a", "b", "d")));
    assertThat(s.units().get("d2").samePointSameDay()).isZero();
  }

  // =================================================================== windows

  /**
   * c1: a on Tuesday 01-10, b on Thursday 01-12, a on Saturday 01-14 (a walk on a day off counts
   * like any other), b on Monday 01-16: each walk two days after the one before.
   */
  private static final Dataset CHAIN =
      dataset(
          Q1_2023,
          List.of(county("c1")),
          List.of(member("a", "c1"), member("b", "c1")),
          List.of(
              walk("w1", "a", "c1", day("2023-01-10"), "p1"),
              walk("w2", "b", "c1", day("2023-01-12"), "p2"),
              walk("w3", "a", "c1", day("2023-01-14"), "p3"),
              walk("w4", "b", "c1", day("2023-01-16"), "p4")));

  @Test
  void windowTwo_pairsAChainTwoDaysApart() {
    Scheduling s = scheduling(CHAIN, 2);

    // pairs two days apart: (w1 a, w2 b), (w2 b, w3 a), (w3 a, w4 b) = 3, all nearby; (w1, w3) and
    // (w2, w4) are four days apart. n = 4 ≤ k_max 25: achievable 0, avoidable 3. Expected
    // 6·233/3721 = 1398/3721 = 0.375… → 0.38; 3 ≥ 0.57: flagged. Gaps of 2 chain all four into one run.
    UnitSchedule c1 = s.units().get("c1");
    assertThat(s.workingDays()).isEqualTo(61);
    assertThat(c1.conflictingPairs()).isEqualTo(3);
    assertThat(c1.nearbyPairs()).isEqualTo(3);
    assertThat(c1.expectedPairs()).isEqualTo(decimal("0.38"));
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2023-01-10", "2023-01-16", 3, 0, "0.38", List.of("w1", "w2", "w3", "w4"), List.of("a", "b")));
    assertThat(s.runs())
        .containsExactly(run("c1", "2023-01-10", "2023-01-16", List.of("w1", "w2", "w3", "w4"), List.of("a", "b")));
  }

  @Test
  void windowOne_leavesTheChainApart() {
    Scheduling s = scheduling(CHAIN, 1);

    // every gap is 2 days, more than the window: no pair, four runs of one walk, nothing kept
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.units().get("c1").expectedPairs()).isEqualTo(decimal("0.26"));
    assertThat(s.sameUnitClusters()).isZero();
    assertThat(s.flags()).isEmpty();
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void aRunStartingWithOneLeader_isListedWhole_butOnlyTheWalksInConflictAreEvidence() {
    // c1: a on Tuesday 01-10, a on Wednesday 01-11, b on Thursday 01-12; window 1. The run 01-10..12
    // holds a and b; but only (w2 a, w3 b) is a pair: w1 is two days from b's walk and a's own.
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2023-01-10"), "p1"),
                walk("w2", "a", "c1", day("2023-01-11"), "p2"),
                walk("w3", "b", "c1", day("2023-01-12"), "p3")));

    Scheduling s = scheduling(data, 1);

    // 1 pair, avoidable 1: not flagged by default
    assertThat(s.conflictingPairs()).isEqualTo(1);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(2, 3));
    assertThat(s.units().get("c1").clusters()).isEqualTo(1);
    assertThat(s.flags()).isEmpty();

    // with one avoidable pair enough: expected 477/3721 → 0.13; the flag's evidence is w2 and w3,
    // from 01-11; the run listed is all three walks from 01-10
    Scheduling strict = scheduling(data, Policy.defaults().withClusterMinAvoidablePairs(1));
    assertThat(strict.flags())
        .containsExactly(cluster("c1", "2023-01-11", "2023-01-12", 1, 0, "0.13", List.of("w2", "w3"), List.of("a", "b")));
    assertThat(strict.runs())
        .containsExactly(run("c1", "2023-01-10", "2023-01-12", List.of("w1", "w2", "w3"), List.of("a", "b")));
  }

  @Test
  void threeLeadersOnOneDay_countEveryPairOnce() {
    // a, b, c of c1 on Wednesday 02-01 and a again on Thursday 02-02; window 1. Same day: (a,b),
    // (a,c), (b,c) = 3. w4 (a, 02-02) pairs with b and c, not with a's w1: 2 nearby. Total 5;
    // n = 4, expected 0.26: flagged.
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1"), member("c", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2023-02-01"), "p1"),
                walk("w2", "b", "c1", day("2023-02-01"), "p2"),
                walk("w3", "c", "c1", day("2023-02-01"), "p3"),
                walk("w4", "a", "c1", day("2023-02-02"), "p4")));

    Scheduling s = scheduling(data, 1);

    UnitSchedule c1 = s.units().get("c1");
    assertThat(c1.conflictingPairs()).isEqualTo(5);
    assertThat(c1.sameDayPairs()).isEqualTo(3);
    assertThat(c1.nearbyPairs()).isEqualTo(2);
    assertThat(c1.largestSameDay()).isEqualTo(3);
    assertThat(c1.distinctDays()).isEqualTo(Ratio.of(2, 4));
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2023-02-01", "2023-02-02", 5, 0, "0.26", List.of("w1", "w2", "w3", "w4"), List.of("a", "b", "c")));
  }

  // =================================================================== calendars and periods

  @Test
  void walksOnTheFirstAndLastDayOfThePeriod_areCountedAndClustered() {
    // c1: a on Sunday 01-01 and b on Monday 01-02 (元旦, days off, but walks all the same); c on
    // Thursday 03-30 and a on Friday 03-31. Pairs: 2, a day apart each. n = 4, expected 0.26,
    // avoidable 2: flagged once, across the whole quarter, with two runs
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1"), member("c", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2023-01-01"), "p1"),
                walk("w2", "b", "c1", day("2023-01-02"), "p2"),
                walk("w3", "c", "c1", day("2023-03-30"), "p3"),
                walk("w4", "a", "c1", day("2023-03-31"), "p4")));

    Scheduling s = scheduling(data, 1);

    assertThat(s.flags())
        .containsExactly(
            cluster("c1", "2023-01-01", "2023-03-31", 2, 0, "0.26", List.of("w1", "w2", "w3", "w4"), List.of("a", "b", "c")));
    assertThat(s.runs())
        .containsExactly(
            run("c1", "2023-01-01", "2023-01-02", List.of("w1", "w2"), List.of("a", "b")),
            run("c1", "2023-03-30", "2023-03-31", List.of("w3", "w4"), List.of("a", "c")));
    assertThat(s.conflictingPairs()).isEqualTo(2);
    // 2023-Q1 has 31 + 28 + 31 = 90 days
    assertThat(s.calendar()).hasSize(90);
    assertThat(s.calendar().firstKey()).isEqualTo(day("2023-01-01"));
    assertThat(s.calendar().lastKey()).isEqualTo(day("2023-03-31"));
    assertThat(s.calendar().get(day("2023-01-01"))).isEqualTo(1);
    assertThat(s.calendar().get(day("2023-03-31"))).isEqualTo(1);
    assertThat(s.calendar().get(day("2023-02-01"))).isZero();
    // weeks: 12-26 (for Sunday 01-01), 01-02 (Monday), 03-27 (for 03-30 and 03-31): 3 of 14
    assertThat(s.units().get("c1").weekSpread()).isEqualTo(Ratio.of(3, 14));
  }

  @Test
  void leapDay2024_clustersAcrossTheEndOfFebruary() {
    // c1 in 2024-Q1: a on Wednesday 02-28, b on Thursday 02-29, c on Friday 03-01. Pairs (02-28,
    // 02-29) and (02-29, 03-01) are a day apart; (02-28, 03-01) two days: 2 pairs.
    // 2024-Q1 under china() (国办发明电〔2023〕7号): January's weekdays but Mon 01-01 (元旦), 22;
    // February's weekdays but 02-12..16 (春节 02-10..17), plus Sun 02-04 and Sun 02-18 (调休上班), 18;
    // March's 21 weekdays: D = 61. Runs: 01-02..05 (4), 01-08..12, 01-15..19, 01-22..26 (5 each),
    // 01-29..02-02 (5), 02-04..09 (6), 02-18..23 (6), 02-26..03-01 (5, over 02-29), 03-04..08,
    // 03-11..15, 03-18..22, 03-25..29 (5 each): 3 + 3·4 + 4 + 5 + 5 + 4 + 4·4 = 49 pairs a day
    // apart, N = 61 + 98 = 159. n = 3: achievable 0, expected 477/3721 → 0.13; avoidable 2: flagged.
    Dataset data =
        dataset(
            Period.ofQuarter(2024, 1),
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1"), member("c", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2024-02-28"), "p1"),
                walk("w2", "b", "c1", day("2024-02-29"), "p2"),
                walk("w3", "c", "c1", day("2024-03-01"), "p3")));

    Scheduling s = scheduling(data, 1);

    assertThat(s.workingDays()).isEqualTo(61);
    assertThat(s.conflictingPairs()).isEqualTo(2);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(3, 3));
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2024-02-28", "2024-03-01", 2, 0, "0.13", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
    assertThat(s.runs()).containsExactly(run("c1", "2024-02-28", "2024-03-01", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
    // 2024-Q1 has 31 + 29 + 31 = 91 days, 02-29 among them
    assertThat(s.calendar()).hasSize(91).containsEntry(day("2024-02-29"), 1L);
    // 2024-01-01 is a Monday and 03-31 a Sunday: exactly 13 weeks; Wednesday 02-28 to Friday 03-01
    // is one of them
    assertThat(s.units().get("c1").weekSpread()).isEqualTo(Ratio.of(1, 13));
  }

  @Test
  void aPeriodWithoutWorkingDays_judgesOnEveryCalendarDay() {
    // 国庆 2024, 10-01 to 10-07 (Tuesday to Monday), all holidays under china(): no working day, so
    // the bounds allow every calendar day, D = 7: six pairs of days a day apart, N = 7 + 12 = 19;
    // greedy 10-01, 03, 05, 07, k_max = 4.
    // u1: a and b on 10-01, c on 10-02: 3 pairs, n = 3: achievable 0, expected 3·19/49 = 57/49 =
    // 1.163… → 1.16, 3 ≥ 1.74: flagged.
    // u2: p, q, r, s on 10-01, 03, 05, 07 and t on 10-07 too: 1 pair (s, t). n = 5 = 1·4 + 1:
    // achievable 1, avoidable 0: not flagged. Expected C(5,2)·19/49 = 190/49 = 3.877… → 3.88.
    Period golden = Period.parse("2024-10-01/2024-10-07");
    Dataset data =
        dataset(
            golden,
            List.of(county("u1"), county("u2")),
            List.of(
                member("a", "u1"), member("b", "u1"), member("c", "u1"),
                member("p", "u2"), member("q", "u2"), member("r", "u2"), member("s", "u2"), member("t", "u2")),
            List.of(
                walk("w1", "a", "u1", day("2024-10-01"), "p1"),
                walk("w2", "b", "u1", day("2024-10-01"), "p2"),
                walk("w3", "c", "u1", day("2024-10-02"), "p3"),
                walk("v1", "p", "u2", day("2024-10-01"), "q1"),
                walk("v2", "q", "u2", day("2024-10-03"), "q2"),
                walk("v3", "r", "u2", day("2024-10-05"), "q3"),
                walk("v4", "s", "u2", day("2024-10-07"), "q4"),
                walk("v5", "t", "u2", day("2024-10-07"), "q5")));

    Scheduling s = scheduling(data, 1);

    // the period has no working day, whatever the bounds fall back to
    assertThat(s.workingDays()).isZero();
    UnitSchedule u1 = s.units().get("u1");
    assertThat(u1.achievablePairs()).isZero();
    assertThat(u1.expectedPairs()).isEqualTo(decimal("1.16"));
    assertThat(u1.clustered()).isTrue();
    UnitSchedule u2 = s.units().get("u2");
    assertThat(u2.conflictingPairs()).isEqualTo(1);
    assertThat(u2.achievablePairs()).isEqualTo(1);
    assertThat(u2.avoidablePairs()).isZero();
    assertThat(u2.expectedPairs()).isEqualTo(decimal("3.88"));
    assertThat(u2.clustered()).isFalse();
    assertThat(s.flags())
        .containsExactly(cluster("u1", "2024-10-01", "2024-10-02", 3, 0, "1.16", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
  }

  /**
   * 春节 2023: Saturday 01-21 to Sunday 01-29. Under china() the only working days are the adjusted
   * Saturday 01-28 and Sunday 01-29 (调休上班); under weekendsOnly() they are Monday 01-23 to Friday
   * 01-27. c1: a and b on 01-28, c on 01-29: 3 pairs (1 same day, 2 nearby).
   */
  @Test
  void theCalendarDecides_threeWalksOnTheTwoAdjustedWorkingDaysOfSpringFestival() {
    Period springFestival = Period.parse("2023-01-21/2023-01-29");
    Dataset data =
        dataset(
            springFestival,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1"), member("c", "c1")),
            List.of(
                walk("w1", "a", "c1", day("2023-01-28"), "p1"),
                walk("w2", "b", "c1", day("2023-01-28"), "p2"),
                walk("w3", "c", "c1", day("2023-01-29"), "p3")));

    // china(): D = 2, a day apart, so k_max = 1 and N = 2 + 2 = 4. Three walks on two adjacent
    // days cannot avoid a pair: achievable C(3,2) = 3, avoidable 0; expected 3·4/4 = 3.00.
    Scheduling china = scheduling(data, 1);
    UnitSchedule c1 = china.units().get("c1");
    assertThat(china.workingDays()).isEqualTo(2);
    assertThat(c1.conflictingPairs()).isEqualTo(3);
    assertThat(c1.achievablePairs()).isEqualTo(3);
    assertThat(c1.expectedPairs()).isEqualTo(decimal("3.00"));
    assertThat(c1.avoidablePairs()).isZero();
    assertThat(china.flags()).isEmpty();

    // weekendsOnly(): D = 5, Monday to Friday; greedy Mon, Wed, Fri, k_max = 3, achievable 0; four
    // pairs of days a day apart, N = 5 + 8 = 13, expected 3·13/25 = 39/25 = 1.56; 3 ≥ 2.34: flagged
    Scheduling weekends = scheduling(data, Policy.defaults().withWorkCalendar(WorkCalendar.weekendsOnly()));
    assertThat(weekends.workingDays()).isEqualTo(5);
    assertThat(weekends.units().get("c1").achievablePairs()).isZero();
    assertThat(weekends.flags())
        .containsExactly(cluster("c1", "2023-01-28", "2023-01-29", 3, 0, "1.56", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
  }

  @Test
  void thePolicyThresholdsDecide() {
    // the bulletin case: 3 pairs, achievable 0, expected 0.13
    assertThat(scheduling(BULLETIN, Policy.defaults().withClusterMinAvoidablePairs(3)).units().get("c1").clustered()).isTrue();
    assertThat(scheduling(BULLETIN, Policy.defaults().withClusterMinAvoidablePairs(4)).units().get("c1").clustered()).isFalse();
    // 23 × 0.13 = 2.99 ≤ 3: flagged; 24 × 0.13 = 3.12 > 3: not
    assertThat(scheduling(BULLETIN, Policy.defaults().withClusterMinRatioToChance(decimal("23"))).flags()).hasSize(1);
    assertThat(scheduling(BULLETIN, Policy.defaults().withClusterMinRatioToChance(decimal("24"))).flags()).isEmpty();
    // a ratio of 0 leaves the avoidable pairs alone to decide
    assertThat(scheduling(BULLETIN, Policy.defaults().withClusterMinRatioToChance(BigDecimal.ZERO)).flags()).hasSize(1);
    // on the exact threshold: two episodes, 2 avoidable pairs, is flagged at 2 and not at 3
    assertThat(scheduling(TWO_EPISODES, Policy.defaults().withClusterMinAvoidablePairs(2)).flags()).hasSize(1);
    assertThat(scheduling(TWO_EPISODES, Policy.defaults().withClusterMinAvoidablePairs(3)).flags()).isEmpty();
  }

  // =================================================================== empty

  @Test
  void emptyPeriod_isAllZero() {
    // no walks at all; unit c1 is on the roster with one member but did not walk
    Dataset data = dataset(Q1_2023, List.of(county("c1")), List.of(member("a", "c1")), List.of());

    Scheduling s = scheduling(data, 1);

    assertThat(s.walks()).isZero();
    assertThat(s.workingDays()).isEqualTo(61);
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.avoidablePairs()).isZero();
    assertThat(s.walksInConflict()).isEqualTo(Ratio.zero());
    assertThat(s.unitsClustered()).isEqualTo(Ratio.zero());
    assertThat(s.sameUnitClusters()).isZero();
    assertThat(s.samePointSameDayGroups()).isZero();
    assertThat(s.flags()).isEmpty();
    assertThat(s.runs()).isEmpty();
    assertThat(s.pointOverlaps()).isEmpty();
    assertThat(s.calendar()).hasSize(90);
    assertThat(s.calendar().values()).containsOnly(0L);
    assertThat(s.units().get("c1"))
        .isEqualTo(
            ImmutableUnitSchedule.builder()
                .unitId("c1")
                .walks(0)
                .conflictingPairs(0)
                .sameDayPairs(0)
                .nearbyPairs(0)
                .achievablePairs(0)
                .expectedPairs(decimal("0.00"))
                .clustered(false)
                .walksInConflict(Ratio.zero())
                .clusters(0)
                .samePointSameDay(0)
                .distinctDays(Ratio.zero())
                .largestSameDay(0)
                .weekSpread(Ratio.of(0, 14))
                .build());
  }

  @Test
  void emptyDataset_hasNoUnitsAndAZeroCalendar() {
    Scheduling s = scheduling(Dataset.empty(Period.ofMonth(YearMonth.of(2024, 2))), 1);

    assertThat(s.units()).isEmpty();
    // February 2024 has 29 days
    assertThat(s.calendar()).hasSize(29);
    assertThat(s.calendar().values()).containsOnly(0L);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.zero());
    assertThat(s.unitsClustered()).isEqualTo(Ratio.zero());
  }
}
