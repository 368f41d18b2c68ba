package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2023 calendar against the State Council's schedule, counted by hand. */
final class WorkCalendar2023Test {
  private static LocalDate day(int month, int day) {
    return LocalDate.of(2023, month, day);
  }

  @Test
  void workdays_perQuarter_asCountedFromTheSchedule() {
    // weekdays less weekday days off plus make-up days, month by month:
    // Q1 (22-6+2) + 20 + 23; Q2 (20-1+1) + (23-3+1) + (22-2+1); Q3 21 + 23 + (21-1);
    // Q4 (22-5+2) + 22 + 21
    assertThat(WorkCalendar2023.workdays(1)).hasSize(61);
    assertThat(WorkCalendar2023.workdays(2)).hasSize(62);
    assertThat(WorkCalendar2023.workdays(3)).hasSize(64);
    assertThat(WorkCalendar2023.workdays(4)).hasSize(62);
    // 249 working days in all, the figure published for 2023
    long year = 0;
    for (LocalDate d = day(1, 1); d.getYear() == 2023; d = d.plusDays(1)) {
      year += WorkCalendar2023.isWorkday(d) ? 1 : 0;
    }
    assertThat(year).isEqualTo(249);
  }

  @Test
  void workdays_quarterOne_isWhatTheBundledSampleWasMadeWith() {
    // the generator's former hard-wired calendar: weekdays less 01-02 and 01-23..27, plus 01-28, 01-29
    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate d = day(1, 1); !d.isAfter(day(3, 31)); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean off = d.equals(day(1, 2)) || !d.isBefore(day(1, 23)) && !d.isAfter(day(1, 27));
      boolean madeUp = d.equals(day(1, 28)) || d.equals(day(1, 29));
      if (madeUp || !weekend && !off) {
        expected.add(d);
      }
    }

    assertThat(WorkCalendar2023.workdays(1)).isEqualTo(expected);
  }

  @Test
  void isWorkday_daysOff_areNot() {
    for (LocalDate d :
        List.of(day(1, 2), day(1, 23), day(1, 27), day(4, 5), day(5, 1), day(5, 2), day(5, 3), day(6, 22), day(6, 23),
            day(9, 29), day(10, 2), day(10, 6))) {
      assertThat(d.getDayOfWeek()).as(d.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(WorkCalendar2023.isWorkday(d)).as(d.toString()).isFalse();
    }
  }

  @Test
  void isWorkday_makeUpWeekendDays_are() {
    for (LocalDate d : List.of(day(1, 28), day(1, 29), day(4, 23), day(5, 6), day(6, 25), day(10, 7), day(10, 8))) {
      assertThat(d.getDayOfWeek()).as(d.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(WorkCalendar2023.isWorkday(d)).as(d.toString()).isTrue();
    }
  }

  @Test
  void isWorkday_plainDays() {
    assertThat(WorkCalendar2023.isWorkday(day(4, 4))).isTrue(); // the Tuesday before 清明
    assertThat(WorkCalendar2023.isWorkday(day(5, 4))).isTrue(); // the Thursday after 劳动节
    assertThat(WorkCalendar2023.isWorkday(day(9, 28))).isTrue(); // the Thursday before 中秋
    assertThat(WorkCalendar2023.isWorkday(day(6, 24))).isFalse(); // a Saturday within 端午
    assertThat(WorkCalendar2023.isWorkday(day(12, 29))).isTrue(); // the last working day of the year
    assertThat(WorkCalendar2023.isWorkday(day(12, 30))).isFalse(); // a plain weekend
    assertThat(WorkCalendar2023.isWorkday(day(12, 31))).isFalse();
  }

  @Test
  void workdays_eachWithinItsQuarter_inDateOrder() {
    for (int q = 1; q <= 4; q++) {
      List<LocalDate> days = WorkCalendar2023.workdays(q);
      LocalDate first = WorkCalendar2023.first(q);
      LocalDate last = WorkCalendar2023.last(q);
      assertThat(days).isSorted().allSatisfy(d -> assertThat(d).isBetween(first, last));
    }
    assertThat(WorkCalendar2023.first(2)).isEqualTo(day(4, 1));
    assertThat(WorkCalendar2023.last(3)).isEqualTo(day(9, 30));
    assertThat(WorkCalendar2023.last(4)).isEqualTo(day(12, 31));
  }

  @Test
  void badArguments_nameTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar2023.workdays(5)).withMessage("quarter must be 1 to 4: 5");
    assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar2023.workdays(0)).withMessage("quarter must be 1 to 4: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkCalendar2023.isWorkday(LocalDate.of(2024, 1, 2)))
        .withMessage("day must be in 2023: 2024-01-02");
  }
}
