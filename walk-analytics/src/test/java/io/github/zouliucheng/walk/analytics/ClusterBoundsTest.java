package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.zouliucheng.walk.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link ClusterBounds}, with the arithmetic in the comments. */
class ClusterBoundsTest {
  /** Monday 2024-03-04 to Sunday 2024-03-10: five working days under any calendar here. */
  private static final Period WEEK = Period.parse("2024-03-04/2024-03-10");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  /**
   * Monday to Friday, w = 1. The greedy days more than 1 apart: Monday, Wednesday, Friday, so k_max =
   * 3. D = 5, and 4 adjacent pairs of working days (Mon–Tue, Tue–Wed, Wed–Thu, Thu–Fri), so N = 5 + 2·4
   * = 13.
   */
  @Test
  void aWeekWithAOneDayWindow() {
    ClusterBounds week = ClusterBounds.of(WorkCalendar.weekendsOnly(), WEEK, 1);
    assertThat(week.allowedDays()).isEqualTo(5);
    assertThat(week.spreadDays()).isEqualTo(3);
    assertThat(week.orderedPairsWithinWindow()).isEqualTo(13);

    // n = 0 and n = 1: nothing to pair
    assertThat(week.minimumPairs(0)).isZero();
    assertThat(week.minimumPairs(1)).isZero();
    // n = 3 = 1·3 + 0: one walk on each of Mon, Wed, Fri, 3·C(1,2) = 0
    assertThat(week.minimumPairs(3)).isZero();
    // n = 4 = 1·3 + 1: 1·C(2,2) + 2·C(1,2) = 1
    assertThat(week.minimumPairs(4)).isEqualTo(1);
    // n = 7 = 2·3 + 1: 1·C(3,2) + 2·C(2,2) = 3 + 2 = 5
    assertThat(week.minimumPairs(7)).isEqualTo(5);
    assertThat(week.evenSchedule(7))
        .containsExactly(entry(day("2024-03-04"), 3L), entry(day("2024-03-06"), 2L), entry(day("2024-03-08"), 2L));
    // n = 2 < k_max: one walk on each of the first two greedy days
    assertThat(week.evenSchedule(2)).containsExactly(entry(day("2024-03-04"), 1L), entry(day("2024-03-06"), 1L));
    assertThat(week.evenSchedule(0)).isEmpty();

    // n = 4: C(4,2) = 6; total 6·13/25 = 78/25 = 3.12; same day 6/5 = 1.20; nearby 6·8/25 = 48/25 = 1.92
    assertThat(week.expectedPairs(4)).isEqualTo(decimal("3.12"));
    assertThat(week.expectedSameDayPairs(4)).isEqualTo(decimal("1.20"));
    assertThat(week.expectedNearbyPairs(4)).isEqualTo(decimal("1.92"));
    // n = 7: C(7,2) = 21; total 21·13/25 = 273/25 = 10.92; same day 21/5 = 4.20; nearby 168/25 = 6.72
    assertThat(week.expectedPairs(7)).isEqualTo(decimal("10.92"));
    assertThat(week.expectedSameDayPairs(7)).isEqualTo(decimal("4.20"));
    assertThat(week.expectedNearbyPairs(7)).isEqualTo(decimal("6.72"));
  }

  /** Monday to Friday, w = 0: every day is its own, k_max = D = 5 and N = 5. */
  @Test
  void aWeekWithASameDayWindow() {
    ClusterBounds week = ClusterBounds.of(WorkCalendar.weekendsOnly(), WEEK, 0);
    assertThat(week.spreadDays()).isEqualTo(5);
    assertThat(week.orderedPairsWithinWindow()).isEqualTo(5);
    // n = 5: one walk a day, 0; n = 7 = 1·5 + 2: 2·C(2,2) + 3·C(1,2) = 2
    assertThat(week.minimumPairs(5)).isZero();
    assertThat(week.minimumPairs(7)).isEqualTo(2);
    // n = 7: 21·5/25 = 4.20, all of it on the same day
    assertThat(week.expectedPairs(7)).isEqualTo(decimal("4.20"));
    assertThat(week.expectedSameDayPairs(7)).isEqualTo(decimal("4.20"));
    assertThat(week.expectedNearbyPairs(7)).isEqualTo(decimal("0.00"));
  }

  /**
   * Two weeks, Monday 03-04 to Sunday 03-17, w = 2: the working days are span days 0–4 and 7–11. The
   * greedy days: 0 (Mon), 3 (Thu), 7 (Mon: 4 after Thursday, the weekend in between), 10 (Thu), so
   * k_max = 4. n = 9 = 2·4 + 1: 1·C(3,2) + 3·C(2,2) = 3 + 3 = 6.
   */
  @Test
  void theWeekendSeparatesFridayFromMonday() {
    ClusterBounds twoWeeks = ClusterBounds.of(WorkCalendar.weekendsOnly(), Period.parse("2024-03-04/2024-03-17"), 2);
    assertThat(twoWeeks.allowedDays()).isEqualTo(10);
    assertThat(twoWeeks.spreadDays()).isEqualTo(4);
    assertThat(twoWeeks.minimumPairs(9)).isEqualTo(6);
    assertThat(twoWeeks.evenSchedule(9).keySet())
        .containsExactly(day("2024-03-04"), day("2024-03-07"), day("2024-03-11"), day("2024-03-14"));
  }

  /**
   * 国庆 2024 under {@link WorkCalendar#china()}: 10-01 to 10-07 are all holidays, so the period has no
   * working day and every calendar day is allowed instead. D = 7; with w = 1 the greedy days are
   * 10-01, 03, 05, 07, k_max = 4; n = 5 = 1·4 + 1: 1·C(2,2) = 1.
   */
  @Test
  void aPeriodWithoutWorkingDaysAllowsEveryCalendarDay() {
    ClusterBounds golden = ClusterBounds.of(WorkCalendar.china(), Period.parse("2024-10-01/2024-10-07"), 1);
    assertThat(golden.allowedDays()).isEqualTo(7);
    assertThat(golden.spreadDays()).isEqualTo(4);
    assertThat(golden.minimumPairs(5)).isEqualTo(1);
  }

  /**
   * Half-even rounding on a tie: eight allowed days, w = 0, so the expected pairs are C(n,2)/8. n =
   * 2: 1/8 = 0.125, a tie, rounds to the even 0.12 (half-up would give 0.13); n = 3: 3/8 = 0.375
   * rounds to 0.38.
   */
  @Test
  void expectedPairsRoundHalfEven() {
    ClusterBounds eight = ClusterBounds.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, 0);
    assertThat(eight.expectedPairs(2)).isEqualTo(decimal("0.12"));
    assertThat(eight.expectedPairs(3)).isEqualTo(decimal("0.38"));
  }

  /**
   * 2024 under {@link WorkCalendar#weekendsOnly()}, w = 1, for a thousand units. 2024 starts on a
   * Monday: 52 whole weeks, then Monday 12-30 and Tuesday 12-31. D = 52·5 + 2 = 262. Greedy: Mon,
   * Wed, Fri of each week, then 12-30, so k_max = 52·3 + 1 = 157. Adjacent working days: 4 a week
   * and 12-30/12-31, 209, so N = 262 + 2·209 = 680.
   *
   * <p>n = 1000 = 6·157 + 58: 58·C(7,2) + 99·C(6,2) = 58·21 + 99·15 = 1218 + 1485 = 2703. Expected:
   * C(1000,2)·680/262² = 499500·680/68644 = 339660000/68644 = 4948.138… → 4948.14.
   */
  @Test
  void aYearServesAThousandUnits() {
    ClusterBounds year = ClusterBounds.of(WorkCalendar.weekendsOnly(), Period.parse("2024"), 1);
    assertThat(year.allowedDays()).isEqualTo(262);
    assertThat(year.spreadDays()).isEqualTo(157);
    assertThat(year.orderedPairsWithinWindow()).isEqualTo(680);
    assertThat(year.minimumPairs(1000)).isEqualTo(2703);
    assertThat(year.expectedPairs(1000)).isEqualTo(decimal("4948.14"));
    long sum = 0;
    for (int unit = 0; unit < 1000; unit++) {
      sum += year.minimumPairs(unit);
      assertThat(BigDecimal.valueOf(year.minimumPairs(unit))).isLessThanOrEqualTo(year.expectedPairs(unit));
    }
    assertThat(sum).isPositive();
  }

  /** A million walks on one day: C(10⁶, 2) = 499999500000, well inside a long. */
  @Test
  void largeCountsStayExact() {
    ClusterBounds one = ClusterBounds.of(new long[] {19_000}, 3);
    assertThat(one.minimumPairs(1_000_000)).isEqualTo(499_999_500_000L);
    assertThat(one.expectedPairs(1_000_000)).isEqualTo(decimal("499999500000.00"));
    assertThat(ClusterBounds.choose2(4_294_967_296L)).isEqualTo(9_223_372_034_707_292_160L);
    assertThatThrownBy(() -> ClusterBounds.choose2(4_294_967_298L)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void invalidArgumentsAreNamed() {
    assertThatThrownBy(() -> ClusterBounds.of(new long[] {1, 2}, 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("windowDays must be 0 to 31: 32");
    assertThatThrownBy(() -> ClusterBounds.of(new long[0], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epochDays must hold at least one allowed day");
    assertThatThrownBy(() -> ClusterBounds.of(new long[] {5, 5}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epochDays must be strictly increasing: 5 at index 1 follows 5");
    assertThatThrownBy(() -> ClusterBounds.of(new long[] {5}, 1).minimumPairs(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n, the number of walks, must not be negative: -1");
  }
}
