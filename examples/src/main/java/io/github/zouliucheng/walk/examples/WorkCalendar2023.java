package io.github.zouliucheng.walk.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The working days (工作日) of 2023 on the Chinese mainland: the one place where the sample city's
 * calendar is written down. The source is the State Council General Office's notice on the 2023
 * public holidays (国务院办公厅关于2023年部分节假日安排的通知, 国办发明电〔2022〕16号):
 *
 * <table>
 *   <caption>2023 holidays (放假) and make-up working days (调休上班)</caption>
 *   <tr><th>holiday</th><th>days off</th><th>make-up working days</th></tr>
 *   <tr><td>元旦</td><td>2022-12-31 to 2023-01-02</td><td>none</td></tr>
 *   <tr><td>春节</td><td>01-21 to 01-27</td><td>01-28 (Sat), 01-29 (Sun)</td></tr>
 *   <tr><td>清明节</td><td>04-05</td><td>none</td></tr>
 *   <tr><td>劳动节</td><td>04-29 to 05-03</td><td>04-23 (Sun), 05-06 (Sat)</td></tr>
 *   <tr><td>端午节</td><td>06-22 to 06-24</td><td>06-25 (Sun)</td></tr>
 *   <tr><td>中秋节、国庆节</td><td>09-29 to 10-06</td><td>10-07 (Sat), 10-08 (Sun)</td></tr>
 * </table>
 *
 * <p>A day of 2023 is a working day when it is a make-up working day, or a Monday to Friday outside
 * every span of days off. The 2024 New Year holiday begins on Saturday 2023-12-30, a weekend day
 * anyway, so it changes nothing in 2023.
 */
final class WorkCalendar2023 {
  private WorkCalendar2023() {}

  /** The year of the calendar. */
  static final int YEAR = 2023;

  /** The spans of days off, each {first, last} inclusive, within 2023. */
  private static final List<LocalDate[]> DAYS_OFF =
      List.of(
          span(1, 1, 1, 2), // 元旦 (from 2022-12-31)
          span(1, 21, 1, 27), // 春节
          span(4, 5, 4, 5), // 清明节
          span(4, 29, 5, 3), // 劳动节
          span(6, 22, 6, 24), // 端午节
          span(9, 29, 10, 6)); // 中秋节、国庆节

  /** The weekend days worked in place of days off (调休上班). */
  private static final Set<LocalDate> MAKE_UP =
      Set.of(
          LocalDate.of(YEAR, 1, 28),
          LocalDate.of(YEAR, 1, 29),
          LocalDate.of(YEAR, 4, 23),
          LocalDate.of(YEAR, 5, 6),
          LocalDate.of(YEAR, 6, 25),
          LocalDate.of(YEAR, 10, 7),
          LocalDate.of(YEAR, 10, 8));

  private static LocalDate[] span(int fromMonth, int fromDay, int toMonth, int toDay) {
    return new LocalDate[] {LocalDate.of(YEAR, fromMonth, fromDay), LocalDate.of(YEAR, toMonth, toDay)};
  }

  /**
   * Checks if {@code day} is a working day of 2023.
   *
   * @throws IllegalArgumentException if {@code day} is not in 2023
   */
  static boolean isWorkday(LocalDate day) {
    if (day.getYear() != YEAR) {
      throw new IllegalArgumentException("day must be in " + YEAR + ": " + day);
    }
    if (MAKE_UP.contains(day)) {
      return true;
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    for (LocalDate[] off : DAYS_OFF) {
      if (!day.isBefore(off[0]) && !day.isAfter(off[1])) {
        return false;
      }
    }
    return true;
  }

  /** Returns the first day of quarter {@code quarter} (1 to 4) of 2023. */
  static LocalDate first(int quarter) {
    return LocalDate.of(YEAR, 3 * quarter - 2, 1);
  }

  /** Returns the last day of quarter {@code quarter} (1 to 4) of 2023. */
  static LocalDate last(int quarter) {
    return first(quarter).plusMonths(3).minusDays(1);
  }

  /**
   * Returns the working days of quarter {@code quarter} of 2023, in date order.
   *
   * @throws IllegalArgumentException unless 1 ≤ quarter ≤ 4
   */
  static List<LocalDate> workdays(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = first(quarter); !d.isAfter(last(quarter)); d = d.plusDays(1)) {
      if (isWorkday(d)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }
}
