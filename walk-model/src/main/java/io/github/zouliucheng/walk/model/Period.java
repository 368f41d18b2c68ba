package io.github.zouliucheng.walk.model;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The closed range of dates a bulletin covers: a quarter ({@code 2023-Q1}), a month ({@code
 * 2023-03}), a year ({@code 2023}) or any range of whole days ({@code 2023-01-01/2023-03-31}, both
 * ends included).
 *
 * <p>{@link #parse(CharSequence)} reads each of these spellings and {@link #toString()} prints the
 * canonical one back, so {@code Period.parse(p.toString()).equals(p)} for every period. Since the
 * spellings have four-digit years, a period lies within the years 0000 to 9999. A period is at most
 * {@value #MAX_YEARS} years long: its last day is before the same day {@value #MAX_YEARS} years
 * after its first ({@code 2023-01-01/2027-12-31} is the longest range from 2023-01-01). Two periods
 * are equal when they have the same kind and the same days: the quarter {@code 2023-Q1} is not equal
 * to the range {@code 2023-01-01/2023-03-31}, although {@link #sameDays(Period)} is true.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 */
public final class Period implements Comparable<Period> {

  /** How a period was specified, which decides how it prints. */
  public enum Kind implements Coded {
    /** A calendar year (年度). */
    YEAR("year", "年度", "year"),
    /** A calendar quarter (季度). */
    QUARTER("quarter", "季度", "quarter"),
    /** A calendar month (月度). */
    MONTH("month", "月度", "month"),
    /** Any closed range of days (时间段). */
    RANGE("range", "时间段", "date range");

    private final String code;
    private final String zh;
    private final String en;

    Kind(String code, String zh, String en) {
      this.code = code;
      this.zh = zh;
      this.en = en;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String zh() {
      return zh;
    }

    @Override
    public String en() {
      return en;
    }

    /**
     * Returns the constant whose {@link #code()} is {@code code}.
     *
     * @throws IllegalArgumentException if no constant has that code
     */
    public static Kind ofCode(String code) {
      return Codes.of(Kind.class, code);
    }
  }

  /**
   * The most years a period covers. Bulletins are quarterly, monthly or yearly; five years leaves
   * room for multi-year reviews and keeps every per-day structure of a period small.
   */
  public static final int MAX_YEARS = 5;

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

  private final Kind kind;
  private final LocalDate start;
  private final LocalDate end;

  private Period(Kind kind, LocalDate start, LocalDate end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains the quarter {@code quarter} (1 to 4) of {@code year}.
   *
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4, or {@code year} is not 0 to
   *     9999
   */
  public static Period ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
    LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /**
   * Obtains the calendar month {@code month}, not null.
   *
   * @throws IllegalArgumentException if the month's year is not 0 to 9999
   */
  public static Period ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    checkYear(month.getYear());
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains the calendar year {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not 0 to 9999
   */
  public static Period ofYear(int year) {
    checkYear(year);
    return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains the range from {@code start} to {@code endInclusive}, both days included.
   *
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}, either day's
   *     year is not 0 to 9999, or the range is longer than {@value #MAX_YEARS} years ({@code
   *     endInclusive} is not before {@code start} plus {@value #MAX_YEARS} years)
   */
  public static Period of(LocalDate start, LocalDate endInclusive) {
    requireNonNull(start, "start");
    requireNonNull(endInclusive, "endInclusive");
    checkYear(start.getYear());
    checkYear(endInclusive.getYear());
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "end (%s) must not be before start (%s)", endInclusive, start));
    }
    LocalDate limit = start.plusYears(MAX_YEARS);
    if (!endInclusive.isBefore(limit)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a period must not be longer than %d years: %s to %s; from %s it ends on %s at the latest",
              MAX_YEARS,
              start,
              endInclusive,
              start,
              limit.minusDays(1)));
    }
    return new Period(Kind.RANGE, start, endInclusive);
  }

  /**
   * Obtains a period from its text: {@code 2023}, {@code 2023-Q1}, {@code 2023-03} or {@code
   * 2023-01-01/2023-03-31}.
   *
   * @throws IllegalArgumentException if the text is none of these, or a range of days that {@link
   *     #of(LocalDate, LocalDate)} refuses (longer than {@value #MAX_YEARS} years, for one), naming
   *     the text
   */
  public static Period parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    try {
      Matcher m;
      if ((m = QUARTER.matcher(s)).matches()) {
        return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return ofMonth(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = YEAR.matcher(s)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = RANGE.matcher(s)).matches()) {
        return of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a valid period: \"" + s + "\" (" + e.getMessage() + ")", e);
    }
    throw new IllegalArgumentException(
        "not a valid period: \""
            + s
            + "\"; expected a year (2023), a quarter (2023-Q1), a month (2023-03)"
            + " or a range of days (2023-01-01/2023-03-31)");
  }

  /** Fails unless {@code year} prints with the four digits that {@link #parse} reads. */
  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(
          "year must be 0000 to 9999, the years a period's text can spell: " + year);
    }
  }

  /** Returns how this period was specified. */
  public Kind kind() {
    return kind;
  }

  /** Returns the first day of the period. */
  public LocalDate start() {
    return start;
  }

  /** Returns the last day of the period (included). */
  public LocalDate end() {
    return end;
  }

  /** Returns the number of days in the period, at least 1. */
  public int lengthInDays() {
    return Math.toIntExact(ChronoUnit.DAYS.between(start, end) + 1);
  }

  /** Checks if {@code date} is one of the period's days. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Checks if this period covers exactly the same days as {@code other}, whatever their kinds. */
  public boolean sameDays(Period other) {
    return start.equals(other.start) && end.equals(other.end);
  }

  /** Returns the days of the period in order. */
  public Stream<LocalDate> days() {
    return start.datesUntil(end.plusDays(1));
  }

  /**
   * Returns the canonical text of the period, which {@link #parse(CharSequence)} reads back; ASCII
   * digits whatever the default locale.
   */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", start.getYear());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
      case MONTH:
        return YearMonth.from(start).toString();
      default:
        return start + "/" + end;
    }
  }

  /** Orders periods by start day, then end day, then kind. */
  @Override
  public int compareTo(Period o) {
    int c = start.compareTo(o.start);
    if (c == 0) {
      c = end.compareTo(o.end);
    }
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period
        && kind == ((Period) o).kind
        && start.equals(((Period) o).start)
        && end.equals(((Period) o).end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, start, end);
  }
}
