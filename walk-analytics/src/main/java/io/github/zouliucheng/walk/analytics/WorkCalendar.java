package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The working days of China's public offices (工作日): the days on which a leader can walk a process
 * in office hours.
 *
 * <p>A day is a <em>working day</em> when it is an {@linkplain #adjustedWorkingDays() adjusted
 * working day} (调休上班, even on a Saturday or Sunday), or else when it is neither a {@linkplain
 * #holidays() public holiday} (放假) nor a Saturday or Sunday. The holidays and adjusted working days
 * are known only for the {@linkplain #coveredYears() covered years}, those whose yearly 节假日安排 the
 * State Council has published (or a caller has supplied); <b>a day outside the covered years falls
 * back to weekends only</b>: it is a working day exactly when it is Monday to Friday, whatever
 * holiday it may in truth be. {@link #covers(LocalDate)} tells which case applies.
 *
 * <p>Every listed holiday and adjusted working day lies in a covered year, and no day is both; the
 * factories and the builder reject anything else with an {@link IllegalArgumentException} naming
 * the field and the day.
 *
 * <p>{@link #china()} holds 2023 to 2026 from the State Council's notices; {@link #weekendsOnly()}
 * holds nothing and counts Monday to Friday; {@link #of} and {@link #builder()} take a caller's own
 * arrangement, for example a local one or a year not yet in {@link #china()}.
 *
 * <p>Instances are immutable and thread-safe; two calendars are equal when their three sets are.
 */
@Value.Immutable
public abstract class WorkCalendar {

  private static final WorkCalendar WEEKENDS_ONLY = builder().build();

  private static final WorkCalendar CHINA = china2023To2026();

  WorkCalendar() {}

  /**
   * Returns the public holidays (放假) of the covered years: every day of each 放假 or 放假调休 range
   * of the notices, including the Saturdays and Sundays inside a range.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> holidays();

  /** Returns the adjusted working days (调休上班) of the covered years, mostly Saturdays and Sundays. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> adjustedWorkingDays();

  /** Returns the years whose holidays and adjusted working days are known. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> coveredYears();

  /** Checks if {@code date} is in a {@linkplain #coveredYears() covered year}. */
  public final boolean covers(LocalDate date) {
    return coveredYears().contains(date.getYear());
  }

  /**
   * Checks if {@code date} is a working day: an adjusted working day, or else a Monday to Friday that
   * is no holiday. Outside the covered years, whether it is Monday to Friday.
   */
  public final boolean isWorkingDay(LocalDate date) {
    if (!covers(date)) {
      return isWeekday(date);
    }
    if (adjustedWorkingDays().contains(date)) {
      return true;
    }
    return isWeekday(date) && !holidays().contains(date);
  }

  /**
   * Returns the working days from {@code start} to {@code endInclusive}, both included, in date
   * order; empty when {@code endInclusive} is before {@code start}. Takes O(days · log h) time for h
   * listed holidays and adjusted working days.
   */
  public final ImmutableList<LocalDate> workingDays(LocalDate start, LocalDate endInclusive) {
    ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    for (long d : workingEpochDays(start, endInclusive)) {
      days.add(LocalDate.ofEpochDay(d));
    }
    return days.build();
  }

  /**
   * Returns the {@linkplain LocalDate#toEpochDay() epoch days} of {@link #workingDays}, strictly
   * increasing, in a new array: the compact form {@link ClusterBounds} works on.
   */
  final long[] workingEpochDays(LocalDate start, LocalDate endInclusive) {
    long first = start.toEpochDay();
    long last = endInclusive.toEpochDay();
    if (last < first) {
      return new long[0];
    }
    long[] days = new long[Math.toIntExact(last - first + 1)];
    int n = 0;
    LocalDate date = start;
    for (long d = first; d <= last; d++, date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        days[n++] = d;
      }
    }
    return Arrays.copyOf(days, n);
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * Returns the calendar of the State Council's yearly notices on holiday arrangements
   * (国务院办公厅关于某年部分节假日安排的通知) for 2023, 2024, 2025 and 2026; other years fall back to
   * weekends only. The days, as the notices give them:
   *
   * <table>
   *   <caption>Holidays (放假) and adjusted working days (上班) by notice</caption>
   *   <tr><th>year, notice</th><th>放假</th><th>上班</th></tr>
   *   <tr><td>2023, 国办发明电〔2022〕16号 (2022-12-08)</td>
   *       <td>元旦 12-31(2022)–01-02; 春节 01-21–01-27; 清明 04-05; 劳动节 04-29–05-03; 端午 06-22–06-24;
   *       中秋、国庆 09-29–10-06</td>
   *       <td>01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08</td></tr>
   *   <tr><td>2024, 国办发明电〔2023〕7号 (2023-10-25)</td>
   *       <td>元旦 01-01; 春节 02-10–02-17; 清明 04-04–04-06; 劳动节 05-01–05-05; 端午 06-10; 中秋
   *       09-15–09-17; 国庆 10-01–10-07</td>
   *       <td>02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12</td></tr>
   *   <tr><td>2025, 国办发明电〔2024〕12号 (2024-11-12)</td>
   *       <td>元旦 01-01; 春节 01-28 (除夕)–02-04; 清明 04-04–04-06; 劳动节 05-01–05-05; 端午
   *       05-31–06-02; 国庆、中秋 10-01–10-08</td>
   *       <td>01-26, 02-08, 04-27, 09-28, 10-11</td></tr>
   *   <tr><td>2026, 国办发明电〔2025〕7号 (2025-11-04)</td>
   *       <td>元旦 01-01–01-03; 春节 02-15–02-23; 清明 04-04–04-06; 劳动节 05-01–05-05; 端午
   *       06-19–06-21; 中秋 09-25–09-27; 国庆 10-01–10-07</td>
   *       <td>01-04, 02-14, 02-28, 05-09, 09-20, 10-10</td></tr>
   * </table>
   *
   * <p>Two choices follow from the notices' wording. 2022-12-31, the first day of the 2023 元旦
   * holiday, is left out because 2022 is not covered; it is a Saturday, so no working day is lost.
   * 2024-02-09 (除夕) stays a working day: the 2024 notice only encourages units to let staff rest
   * that day, it does not make it a holiday. The 2025 arrangement reflects the 2024 revision of the
   * 全国年节及纪念日放假办法, which added 除夕 and a second day of 劳动节.
   *
   * <p>The data are constants in this class, typed from the notices' text as released by 新华社 on
   * the dates above; the 2023 and 2024 notices are also in the 国务院公报 (2023年第1号 and 第31号).
   */
  public static WorkCalendar china() {
    return CHINA;
  }

  /** Returns the calendar with no holidays and no covered year: Monday to Friday are working days. */
  public static WorkCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  /**
   * Returns the calendar with these holidays, adjusted working days and covered years.
   *
   * @throws IllegalArgumentException if a day is both a holiday and an adjusted working day, or a
   *     listed day is outside the covered years
   */
  public static WorkCalendar of(
      Iterable<LocalDate> holidays, Iterable<LocalDate> adjustedWorkingDays, Iterable<Integer> coveredYears) {
    return builder()
        .addAllHolidays(holidays)
        .addAllAdjustedWorkingDays(adjustedWorkingDays)
        .addAllCoveredYears(coveredYears)
        .build();
  }

  /** Returns a new builder, with nothing set: by itself it builds {@link #weekendsOnly()}. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (LocalDate day : adjustedWorkingDays()) {
      if (holidays().contains(day)) {
        throw new IllegalArgumentException(
            "a day may not be both a holiday and an adjusted working day: holidays and adjustedWorkingDays both hold " + day);
      }
    }
    outsideCoveredYears("holidays", holidays());
    outsideCoveredYears("adjustedWorkingDays", adjustedWorkingDays());
  }

  private void outsideCoveredYears(String field, Set<LocalDate> days) {
    for (LocalDate day : days) {
      if (!covers(day)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "%s holds %s, outside coveredYears %s", field, day, coveredYears()));
      }
    }
  }

  /** Builds a {@link WorkCalendar}; the sets may be added to, and are checked when built. */
  public static final class Builder extends ImmutableWorkCalendar.Builder {
    Builder() {}
  }

  // ---- the State Council's notices ----

  private static WorkCalendar china2023To2026() {
    Notice n = new Notice();

    // 2023: 国办发明电〔2022〕16号. 元旦 2022-12-31 to 2023-01-02 (2022-12-31 left out: not covered, a Saturday)
    n.year(2023);
    n.off(2023, 1, 1, 1, 2); // 元旦
    n.off(2023, 1, 21, 1, 27); // 春节
    n.work(2023, 1, 28).work(2023, 1, 29);
    n.off(2023, 4, 5, 4, 5); // 清明节
    n.off(2023, 4, 29, 5, 3); // 劳动节
    n.work(2023, 4, 23).work(2023, 5, 6);
    n.off(2023, 6, 22, 6, 24); // 端午节
    n.work(2023, 6, 25);
    n.off(2023, 9, 29, 10, 6); // 中秋节、国庆节
    n.work(2023, 10, 7).work(2023, 10, 8);

    // 2024: 国办发明电〔2023〕7号
    n.year(2024);
    n.off(2024, 1, 1, 1, 1); // 元旦, with the weekend before it
    n.off(2024, 2, 10, 2, 17); // 春节; 除夕 02-09 only encouraged as rest, a working day
    n.work(2024, 2, 4).work(2024, 2, 18);
    n.off(2024, 4, 4, 4, 6); // 清明节
    n.work(2024, 4, 7);
    n.off(2024, 5, 1, 5, 5); // 劳动节
    n.work(2024, 4, 28).work(2024, 5, 11);
    n.off(2024, 6, 10, 6, 10); // 端午节, with the weekend before it
    n.off(2024, 9, 15, 9, 17); // 中秋节
    n.work(2024, 9, 14);
    n.off(2024, 10, 1, 10, 7); // 国庆节
    n.work(2024, 9, 29).work(2024, 10, 12);

    // 2025: 国办发明电〔2024〕12号
    n.year(2025);
    n.off(2025, 1, 1, 1, 1); // 元旦, no adjusted day
    n.off(2025, 1, 28, 2, 4); // 春节, from 除夕
    n.work(2025, 1, 26).work(2025, 2, 8);
    n.off(2025, 4, 4, 4, 6); // 清明节
    n.off(2025, 5, 1, 5, 5); // 劳动节
    n.work(2025, 4, 27);
    n.off(2025, 5, 31, 6, 2); // 端午节
    n.off(2025, 10, 1, 10, 8); // 国庆节、中秋节
    n.work(2025, 9, 28).work(2025, 10, 11);

    // 2026: 国办发明电〔2025〕7号
    n.year(2026);
    n.off(2026, 1, 1, 1, 3); // 元旦
    n.work(2026, 1, 4);
    n.off(2026, 2, 15, 2, 23); // 春节
    n.work(2026, 2, 14).work(2026, 2, 28);
    n.off(2026, 4, 4, 4, 6); // 清明节
    n.off(2026, 5, 1, 5, 5); // 劳动节
    n.work(2026, 5, 9);
    n.off(2026, 6, 19, 6, 21); // 端午节
    n.off(2026, 9, 25, 9, 27); // 中秋节
    n.off(2026, 10, 1, 10, 7); // 国庆节
    n.work(2026, 9, 20).work(2026, 10, 10);

    return of(n.holidays, n.working, n.years);
  }

  /** Collects the days of the notices, one range or day at a time. */
  private static final class Notice {
    final List<LocalDate> holidays = new ArrayList<>();
    final List<LocalDate> working = new ArrayList<>();
    final List<Integer> years = new ArrayList<>();

    void year(int year) {
      years.add(year);
    }

    /** Adds every day from month/day to month/day of {@code year}, both included. */
    void off(int year, int fromMonth, int fromDay, int toMonth, int toDay) {
      LocalDate last = LocalDate.of(year, toMonth, toDay);
      for (LocalDate d = LocalDate.of(year, fromMonth, fromDay); !d.isAfter(last); d = d.plusDays(1)) {
        holidays.add(d);
      }
    }

    Notice work(int year, int month, int day) {
      working.add(LocalDate.of(year, month, day));
      return this;
    }
  }
}
