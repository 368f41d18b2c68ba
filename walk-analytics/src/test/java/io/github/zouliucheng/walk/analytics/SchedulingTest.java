package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.county;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.department;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.member;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.scheduling;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulingTest {
  private static final Period Q1_2023 = Period.ofQuarter(2023, 1);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Flag cluster(String unit, String days, List<String> walks, List<String> members) {
    return AnalysisFixtures.owned(
            Flag.of(Judgment.SAME_UNIT_CLUSTER, unit), Judgment.SAME_UNIT_CLUSTER, Optional.of(days), members, List.of(unit))
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.of(unit))
        .build();
  }

  private static Flag samePoint(String point, String day, List<String> walks, List<String> members, List<String> units) {
    return AnalysisFixtures.owned(
            Flag.of(Judgment.SAME_POINT_SAME_DAY, point), Judgment.SAME_POINT_SAME_DAY, Optional.of(day), members, units)
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.copyOf(units))
        .build();
  }

  /**
   * The bulletin's case: county c1 has leaders a, b, c. a and b walk on Tuesday 2023-02-14 (the same
   * day); c walks on Wednesday 03-01 and a on Thursday 03-02 (one day apart). Every walk is at its
   * own service point. County c2 has one leader, d, who walks on 02-14 too: another unit, so no pair.
   */
  private static final Dataset BULLETIN =
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
  void of_bulletinCaseWindowOne_countsSameDayAndOneDayApart() {
    Scheduling s = scheduling(BULLETIN, 1);

    // pairs of c1: (w1 a, w2 b) same day, (w3 c, w4 a) one day apart; 02-14 and 03-01 are 15 days
    // apart, so nothing else. Both runs of c1 hold two leaders: two clusters.
    assertThat(s.windowDays()).isEqualTo(1);
    assertThat(s.walks()).isEqualTo(5);
    assertThat(s.conflictingPairs()).isEqualTo(2);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(4, 5));
    assertThat(s.sameUnitClusters()).isEqualTo(2);
    assertThat(s.samePointSameDayGroups()).isZero();
    assertThat(s.flags())
        .containsExactly(
            cluster("c1", "2023-02-14/2023-02-14", List.of("w1", "w2"), List.of("a", "b")),
            cluster("c1", "2023-03-01/2023-03-02", List.of("w3", "w4"), List.of("a", "c")));

    UnitSchedule c1 = s.units().get("c1");
    assertThat(c1.walks()).isEqualTo(4);
    assertThat(c1.conflictingPairs()).isEqualTo(2);
    assertThat(c1.walksInConflict()).isEqualTo(Ratio.of(4, 4));
    assertThat(c1.clusters()).isEqualTo(2);
    // days 02-14, 03-01, 03-02: 3 days for 4 walks; 2 walks on 02-14
    assertThat(c1.distinctDays()).isEqualTo(Ratio.of(3, 4));
    assertThat(c1.largestSameDay()).isEqualTo(2);
    // weeks starting Monday 02-13 and Monday 02-27, of the 14 weeks 2023-Q1 touches (Monday
    // 2022-12-26, the week of Sunday 01-01, to Monday 03-27, the week of Friday 03-31)
    assertThat(c1.weekSpread()).isEqualTo(Ratio.of(2, 14));

    UnitSchedule c2 = s.units().get("c2");
    assertThat(c2.conflictingPairs()).isZero();
    assertThat(c2.walksInConflict()).isEqualTo(Ratio.of(0, 1));
    assertThat(c2.clusters()).isZero();
  }

  @Test
  void of_bulletinCaseWindowZero_countsOnlyTheSameDay() {
    Scheduling s = scheduling(BULLETIN, 0);

    // only (w1, w2) on 02-14 remains; w3 and w4 are a day apart, outside a window of 0
    assertThat(s.windowDays()).isZero();
    assertThat(s.conflictingPairs()).isEqualTo(1);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(2, 5));
    assertThat(s.sameUnitClusters()).isEqualTo(1);
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2023-02-14/2023-02-14", List.of("w1", "w2"), List.of("a", "b")));
    assertThat(s.units().get("c1").walksInConflict()).isEqualTo(Ratio.of(2, 4));
  }

  @Test
  void of_oneLeaderWalkingEveryDay_hasNoConflict() {
    // leader a of d1 walks every day from Sunday 01-01 to Tuesday 01-10 at one service point, and
    // twice on 01-05: 11 walks, all by a, so no pair, no cluster, and no same-point group either.
    List<Walk> walks = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      walks.add(walk("w" + d, "a", "d1", LocalDate.of(2023, 1, d), "p1"));
    }
    walks.add(walk("w11", "a", "d1", day("2023-01-05"), "p1"));
    Dataset data = dataset(Q1_2023, List.of(department("d1")), List.of(member("a", "d1")), walks);

    Scheduling s = scheduling(data, 1);

    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(0, 11));
    assertThat(s.flags()).isEmpty();
    UnitSchedule d1 = s.units().get("d1");
    assertThat(d1.distinctDays()).isEqualTo(Ratio.of(10, 11));
    assertThat(d1.largestSameDay()).isEqualTo(2);
    // 01-01 is a Sunday (week of 12-26), 01-02..01-08 one week, 01-09..01-10 the next: 3 of 14
    assertThat(d1.weekSpread()).isEqualTo(Ratio.of(3, 14));
  }

  @Test
  void of_leadersOfTwoDepartmentsAtOnePointOnOneDay_flagsThePointNotAUnit() {
    // a of d1 and b of d2 both walk point "hall" on 02-20 with different matters; b's walk at "hall"
    // on 02-21 is alone that day; on 02-23 a and b are back at "hall". Two same-point groups, across
    // units, one per day; no unit has two leaders, so no pair and no cluster.
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

    assertThat(s.samePointSameDayGroups()).isEqualTo(2);
    assertThat(s.flags())
        .containsExactly(
            samePoint("hall", "2023-02-20", List.of("w1", "w2"), List.of("a", "b"), List.of("d1", "d2")),
            samePoint("hall", "2023-02-23", List.of("w4", "w5"), List.of("a", "b"), List.of("d1", "d2")));
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.sameUnitClusters()).isZero();
  }

  @Test
  void of_sameLeadersAtOnePointAndInOneUnit_flagsBothKinds() {
    // a and b of c1 walk point p on 01-16: one pair and one cluster of c1, and one same-point group
    Dataset data =
        dataset(
            Q1_2023,
            List.of(county("c1")),
            List.of(member("a", "c1"), member("b", "c1")),
            List.of(walk("w1", "a", "c1", day("2023-01-16"), "p"), walk("w2", "b", "c1", day("2023-01-16"), "p")));

    Scheduling s = scheduling(data, 1);

    // flags order by judgment: SAME_UNIT_CLUSTER is declared before SAME_POINT_SAME_DAY
    assertThat(s.flags())
        .containsExactly(
            cluster("c1", "2023-01-16/2023-01-16", List.of("w1", "w2"), List.of("a", "b")),
            samePoint("p", "2023-01-16", List.of("w1", "w2"), List.of("a", "b"), List.of("c1")));
  }

  @Test
  void of_walksOnTheFirstAndLastDayOfThePeriod_areCountedAndClustered() {
    // c1: a on Sunday 01-01 and b on Monday 01-02; c on Thursday 03-30 and a on Friday 03-31
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
            cluster("c1", "2023-01-01/2023-01-02", List.of("w1", "w2"), List.of("a", "b")),
            cluster("c1", "2023-03-30/2023-03-31", List.of("w3", "w4"), List.of("a", "c")));
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
  void of_leapDay2024_clustersAcrossTheEndOfFebruary() {
    // c1 in 2024-Q1: a on 02-28, b on 02-29, c on 03-01. Pairs: (02-28, 02-29) and (02-29, 03-01)
    // are one day apart; (02-28, 03-01) are two days apart, outside the window: 2 pairs. The three
    // walks form one run, so one cluster from 02-28 to 03-01.
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

    assertThat(s.conflictingPairs()).isEqualTo(2);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(3, 3));
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2024-02-28/2024-03-01", List.of("w1", "w2", "w3"), List.of("a", "b", "c")));
    // 2024-Q1 has 31 + 29 + 31 = 91 days, 02-29 among them
    assertThat(s.calendar()).hasSize(91).containsEntry(day("2024-02-29"), 1L);
    // 2024-01-01 is a Monday and 03-31 a Sunday: exactly 13 weeks; Wednesday 02-28 to Friday 03-01
    // is one of them
    assertThat(s.units().get("c1").weekSpread()).isEqualTo(Ratio.of(1, 13));
  }

  @Test
  void of_emptyPeriod_isAllZero() {
    // no walks at all; unit c1 is on the roster with one member but did not walk
    Dataset data = dataset(Q1_2023, List.of(county("c1")), List.of(member("a", "c1")), List.of());

    Scheduling s = scheduling(data, 1);

    assertThat(s.walks()).isZero();
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.walksInConflict()).isEqualTo(Ratio.zero());
    assertThat(s.sameUnitClusters()).isZero();
    assertThat(s.samePointSameDayGroups()).isZero();
    assertThat(s.flags()).isEmpty();
    assertThat(s.calendar()).hasSize(90);
    assertThat(s.calendar().values()).containsOnly(0L);
    assertThat(s.units().get("c1"))
        .isEqualTo(
            ImmutableUnitSchedule.builder()
                .unitId("c1")
                .walks(0)
                .conflictingPairs(0)
                .walksInConflict(Ratio.zero())
                .clusters(0)
                .distinctDays(Ratio.zero())
                .largestSameDay(0)
                .weekSpread(Ratio.of(0, 14))
                .build());
  }

  @Test
  void of_emptyDataset_hasNoUnitsAndAZeroCalendar() {
    Scheduling s = scheduling(Dataset.empty(Period.ofMonth(YearMonth.of(2024, 2))), 1);

    assertThat(s.units()).isEmpty();
    // February 2024 has 29 days
    assertThat(s.calendar()).hasSize(29);
    assertThat(s.calendar().values()).containsOnly(0L);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.zero());
  }

  /** c1: a on 01-10, b on 01-12, a on 01-14, b on 01-16: each walk two days after the one before. */
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
  void of_windowTwo_mergesAChainIntoOneCluster() {
    Scheduling s = scheduling(CHAIN, 2);

    // pairs two days apart: (w1 a, w2 b), (w2 b, w3 a), (w3 a, w4 b) = 3; w1 and w3 are four days
    // apart; (w2, w4) too. Gaps of 2 chain all four walks into one cluster.
    assertThat(s.conflictingPairs()).isEqualTo(3);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(4, 4));
    assertThat(s.flags())
        .containsExactly(
            cluster("c1", "2023-01-10/2023-01-16", List.of("w1", "w2", "w3", "w4"), List.of("a", "b")));
  }

  @Test
  void of_windowOne_leavesTheChainApart() {
    Scheduling s = scheduling(CHAIN, 1);

    // every gap is 2 days, more than the window: four clusters of one walk each, none flagged
    assertThat(s.conflictingPairs()).isZero();
    assertThat(s.sameUnitClusters()).isZero();
    assertThat(s.flags()).isEmpty();
  }

  @Test
  void of_chainWithOneLeaderAtItsStart_flagsTheWholeRunButCountsOnlyTheRealPair() {
    // c1: a on 01-10, a on 01-11, b on 01-12; window 1. The run 01-10..01-12 holds a and b, so it
    // is one cluster of three walks; but only (w2 a 01-11, w3 b 01-12) is a pair: w1 is two days
    // from b's walk and the same leader as w2.
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

    assertThat(s.conflictingPairs()).isEqualTo(1);
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(2, 3));
    assertThat(s.flags())
        .containsExactly(cluster("c1", "2023-01-10/2023-01-12", List.of("w1", "w2", "w3"), List.of("a", "b")));
  }

  @Test
  void of_threeLeadersOnOneDay_countsEveryPairOnce() {
    // a, b, c of c1 on 02-01 and a again on 02-02; window 1.
    // Same day: (a,b), (a,c), (b,c) = 3. w4 (a, 02-02) pairs with b and c, not with a's w1: 2.
    // Total 5; the largest same day holds 3 walks.
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

    assertThat(s.conflictingPairs()).isEqualTo(5);
    assertThat(s.units().get("c1").largestSameDay()).isEqualTo(3);
    assertThat(s.units().get("c1").distinctDays()).isEqualTo(Ratio.of(2, 4));
    assertThat(s.flags()).singleElement().satisfies(f -> {
      assertThat(f.firstDay()).contains(day("2023-02-01"));
      assertThat(f.lastDay()).contains(day("2023-02-02"));
    });
  }
}
