package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkCalendar}, with {@link WorkCalendar#china()} checked against the State Council's
 * notices, retyped here from their text: every holiday block ("A至B放假（调休），共N天") and every
 * adjusted working day ("X月Y日（星期六/日）上班").
 */
class WorkCalendarTest {
  private static final WorkCalendar CHINA = WorkCalendar.china();

  /** One holiday block of a notice: its first and last day and the notice's "共N天". */
  private record Block(String name, String first, String last, int days) {}

  /** 国办发明电〔2022〕16号. 元旦 starts 2022-12-31, a Saturday of an uncovered year: see 2023-01-01 onwards. */
  private static final List<Block> BLOCKS_2023 =
      List.of(
          new Block("元旦", "2023-01-01", "2023-01-02", 2),
          new Block("春节", "2023-01-21", "2023-01-27", 7),
          new Block("清明节", "2023-04-05", "2023-04-05", 1),
          new Block("劳动节", "2023-04-29", "2023-05-03", 5),
          new Block("端午节", "2023-06-22", "2023-06-24", 3),
          new Block("中秋节、国庆节", "2023-09-29", "2023-10-06", 8));

  private static final List<String> WORK_2023 =
      List.of("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08");

  /** 国办发明电〔2023〕7号; 元旦 and 端午节 are one day each, "与周末连休". */
  private static final List<Block> BLOCKS_2024 =
      List.of(
          new Block("元旦", "2024-01-01", "2024-01-01", 1),
          new Block("春节", "2024-02-10", "2024-02-17", 8),
          new Block("清明节", "2024-04-04", "2024-04-06", 3),
          new Block("劳动节", "2024-05-01", "2024-05-05", 5),
          new Block("端午节", "2024-06-10", "2024-06-10", 1),
          new Block("中秋节", "2024-09-15", "2024-09-17", 3),
          new Block("国庆节", "2024-10-01", "2024-10-07", 7));

  private static final List<String> WORK_2024 =
      List.of(
          "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
          "2024-10-12");

  /** 国办发明电〔2024〕12号: 春节 from 除夕, 劳动节 five days. */
  private static final List<Block> BLOCKS_2025 =
      List.of(
          new Block("元旦", "2025-01-01", "2025-01-01", 1),
          new Block("春节", "2025-01-28", "2025-02-04", 8),
          new Block("清明节", "2025-04-04", "2025-04-06", 3),
          new Block("劳动节", "2025-05-01", "2025-05-05", 5),
          new Block("端午节", "2025-05-31", "2025-06-02", 3),
          new Block("国庆节、中秋节", "2025-10-01", "2025-10-08", 8));

  private static final List<String> WORK_2025 =
      List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");

  /** 国办发明电〔2025〕7号. */
  private static final List<Block> BLOCKS_2026 =
      List.of(
          new Block("元旦", "2026-01-01", "2026-01-03", 3),
          new Block("春节", "2026-02-15", "2026-02-23", 9),
          new Block("清明节", "2026-04-04", "2026-04-06", 3),
          new Block("劳动节", "2026-05-01", "2026-05-05", 5),
          new Block("端午节", "2026-06-19", "2026-06-21", 3),
          new Block("中秋节", "2026-09-25", "2026-09-27", 3),
          new Block("国庆节", "2026-10-01", "2026-10-07", 7));

  private static final List<String> WORK_2026 =
      List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static void checkYear(int year, List<Block> blocks, List<String> work) {
    int holidays = 0;
    for (Block b : blocks) {
      LocalDate first = day(b.first());
      LocalDate last = day(b.last());
      assertThat(first.datesUntil(last.plusDays(1)).count()).as("%s %d: 共%d天", b.name(), year, b.days()).isEqualTo(b.days());
      first.datesUntil(last.plusDays(1))
          .forEach(
              d -> {
                assertThat(CHINA.holidays()).as("%s %d", b.name(), year).contains(d);
                assertThat(CHINA.isWorkingDay(d)).as("%s %s", b.name(), d).isFalse();
              });
      // a block is a whole run of holidays: the days either side are not holidays
      assertThat(CHINA.holidays()).as("%s %d", b.name(), year).doesNotContain(first.minusDays(1), last.plusDays(1));
      holidays += b.days();
    }
    assertThat(CHINA.holidays().stream().filter(d -> d.getYear() == year)).as("holidays of %d", year).hasSize(holidays);
    for (String w : work) {
      LocalDate d = day(w);
      assertThat(d.getDayOfWeek()).as(w).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(CHINA.isWorkingDay(d)).as(w).isTrue();
    }
    assertThat(CHINA.adjustedWorkingDays().stream().filter(d -> d.getYear() == year))
        .as("adjusted working days of %d", year)
        .containsExactlyElementsOf(work.stream().map(LocalDate::parse).sorted().toList());
  }

  @Test
  void china2023FollowsItsNotice() {
    checkYear(2023, BLOCKS_2023, WORK_2023);
  }

  @Test
  void china2024FollowsItsNotice() {
    checkYear(2024, BLOCKS_2024, WORK_2024);
    // 除夕 2024-02-09, a Friday: the notice only encourages units to let staff rest
    assertThat(CHINA.isWorkingDay(day("2024-02-09"))).isTrue();
  }

  @Test
  void china2025FollowsItsNotice() {
    checkYear(2025, BLOCKS_2025, WORK_2025);
    // 除夕 2025-01-28, a Tuesday, is a holiday from 2025 on
    assertThat(CHINA.isWorkingDay(day("2025-01-28"))).isFalse();
  }

  @Test
  void china2026FollowsItsNotice() {
    checkYear(2026, BLOCKS_2026, WORK_2026);
  }

  @Test
  void chinaCoversExactly2023To2026() {
    assertThat(CHINA.coveredYears()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(CHINA.covers(day("2023-01-01"))).isTrue();
    assertThat(CHINA.covers(day("2026-12-31"))).isTrue();
    assertThat(CHINA.covers(day("2022-12-31"))).isFalse();
    assertThat(CHINA.covers(day("2027-01-01"))).isFalse();
  }

  /**
   * Working days per year, counted by hand: weekdays, less the holidays on weekdays, plus the
   * adjusted working days. 2023 (starts on a Sunday): 260 − 18 + 7 = 249. 2024 (leap, starts on a
   * Monday): 262 − 19 + 8 = 251. 2025 (starts on a Wednesday): 261 − 18 + 5 = 248. 2026 (starts on a
   * Thursday): 261 − 19 + 6 = 248.
   */
  @Test
  void workingDaysPerYear() {
    assertThat(CHINA.workingDays(day("2023-01-01"), day("2023-12-31"))).hasSize(249);
    assertThat(CHINA.workingDays(day("2024-01-01"), day("2024-12-31"))).hasSize(251);
    assertThat(CHINA.workingDays(day("2025-01-01"), day("2025-12-31"))).hasSize(248);
    assertThat(CHINA.workingDays(day("2026-01-01"), day("2026-12-31"))).hasSize(248);
  }

  @Test
  void workingDaysAreInOrderAroundNationalDay2024() {
    // 09-28 Saturday off; 09-29 Sunday 上班; 09-30 Monday; 10-01..07 国庆; 10-12 Saturday 上班; 10-13 Sunday off
    assertThat(CHINA.workingDays(day("2024-09-28"), day("2024-10-14")))
        .containsExactly(
            day("2024-09-29"), day("2024-09-30"), day("2024-10-08"), day("2024-10-09"), day("2024-10-10"),
            day("2024-10-11"), day("2024-10-12"), day("2024-10-14"));
    assertThat(CHINA.workingEpochDays(day("2024-09-28"), day("2024-09-30")))
        .containsExactly(day("2024-09-29").toEpochDay(), day("2024-09-30").toEpochDay());
  }

  @Test
  void workingDaysOfAnEmptyOrOneDayRange() {
    assertThat(CHINA.workingDays(day("2024-03-05"), day("2024-03-04"))).isEmpty();
    assertThat(CHINA.workingDays(day("2024-03-04"), day("2024-03-04"))).containsExactly(day("2024-03-04"));
    assertThat(CHINA.workingDays(day("2024-03-09"), day("2024-03-09"))).isEmpty();
  }

  @Test
  void daysOutsideTheCoveredYearsFallBackToWeekendsOnly() {
    // 2022-10-03 (Monday) was a 国庆 holiday, 2027-01-01 (Friday) will be 元旦: 2022 and 2027 are not covered
    assertThat(CHINA.isWorkingDay(day("2022-10-03"))).isTrue();
    assertThat(CHINA.isWorkingDay(day("2027-01-01"))).isTrue();
    assertThat(CHINA.isWorkingDay(day("2022-12-31"))).isFalse(); // Saturday
    assertThat(CHINA.isWorkingDay(day("2027-01-03"))).isFalse(); // Sunday
    assertThat(CHINA.workingDays(day("2022-12-26"), day("2023-01-04")))
        .containsExactly(
            day("2022-12-26"), day("2022-12-27"), day("2022-12-28"), day("2022-12-29"), day("2022-12-30"),
            day("2023-01-03"), day("2023-01-04"));
  }

  @Test
  void weekendsOnlyCountsMondayToFriday() {
    WorkCalendar weekends = WorkCalendar.weekendsOnly();
    assertThat(weekends.holidays()).isEmpty();
    assertThat(weekends.adjustedWorkingDays()).isEmpty();
    assertThat(weekends.coveredYears()).isEmpty();
    assertThat(weekends.isWorkingDay(day("2024-10-01"))).isTrue(); // Tuesday, 国庆 in truth
    assertThat(weekends.isWorkingDay(day("2024-10-12"))).isFalse(); // Saturday, 上班 in truth
    assertThat(weekends.workingDays(day("2024-03-04"), day("2024-03-17"))).hasSize(10);
    assertThat(weekends.covers(day("2024-01-01"))).isFalse();
  }

  @Test
  void aCallersCalendarOverrides() {
    // a local arrangement for 2030: Monday 2030-01-07 off, Saturday 2030-01-12 上班
    WorkCalendar local =
        WorkCalendar.of(List.of(day("2030-01-07")), List.of(day("2030-01-12")), List.of(2030));
    assertThat(local.isWorkingDay(day("2030-01-07"))).isFalse();
    assertThat(local.isWorkingDay(day("2030-01-12"))).isTrue();
    assertThat(local.isWorkingDay(day("2030-01-13"))).isFalse();
    assertThat(local.workingDays(day("2030-01-07"), day("2030-01-13"))).hasSize(5);

    WorkCalendar built =
        WorkCalendar.builder()
            .addCoveredYears(2030)
            .addHolidays(day("2030-01-07"))
            .addAdjustedWorkingDays(day("2030-01-12"))
            .build();
    assertThat(built).isEqualTo(local).hasSameHashCodeAs(local);
  }

  @Test
  void aDayMayNotBeBothHolidayAndAdjustedWorkingDay() {
    assertThatThrownBy(
            () -> WorkCalendar.of(List.of(day("2024-02-04")), List.of(day("2024-02-04")), List.of(2024)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a day may not be both a holiday and an adjusted working day: holidays and adjustedWorkingDays both hold 2024-02-04");
  }

  @Test
  void listedDaysMustLieInCoveredYears() {
    assertThatThrownBy(() -> WorkCalendar.of(List.of(day("2022-12-31")), List.of(), List.of(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holidays holds 2022-12-31, outside coveredYears [2023]");
    assertThatThrownBy(() -> WorkCalendar.of(List.of(), List.of(day("2027-01-09")), List.of(2025, 2026)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adjustedWorkingDays holds 2027-01-09, outside coveredYears [2025, 2026]");
  }

  @Test
  void equalsAndHashCodeFollowTheThreeSets() {
    WorkCalendar copy = WorkCalendar.of(CHINA.holidays(), CHINA.adjustedWorkingDays(), CHINA.coveredYears());
    assertThat(copy).isEqualTo(CHINA).hasSameHashCodeAs(CHINA);
    // the order given does not matter: the sets are sorted
    WorkCalendar reversed =
        WorkCalendar.of(
            ImmutableList.copyOf(CHINA.holidays()).reverse(),
            ImmutableList.copyOf(CHINA.adjustedWorkingDays()).reverse(),
            ImmutableList.copyOf(CHINA.coveredYears()).reverse());
    assertThat(reversed).isEqualTo(CHINA);
    assertThat(WorkCalendar.of(CHINA.holidays(), CHINA.adjustedWorkingDays(), List.of(2023, 2024, 2025, 2026, 2027)))
        .isNotEqualTo(CHINA);
    assertThat(WorkCalendar.of(List.of(), List.of(), List.of(2024))).isNotEqualTo(WorkCalendar.weekendsOnly());
    assertThat(WorkCalendar.of(List.of(), List.of(), List.of())).isEqualTo(WorkCalendar.weekendsOnly());
  }
}
