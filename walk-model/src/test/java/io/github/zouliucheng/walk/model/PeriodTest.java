package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void ofQuarter_firstQuarter_coversJanuaryToMarch() {
    Period q = Period.ofQuarter(2023, 1);
    assertThat(q.kind()).isEqualTo(Period.Kind.QUARTER);
    assertThat(q.start()).isEqualTo(day("2023-01-01"));
    assertThat(q.end()).isEqualTo(day("2023-03-31"));
  }

  @Test
  void ofQuarter_fourthQuarter_endsOnNewYearsEve() {
    Period q = Period.ofQuarter(2023, 4);
    assertThat(q.start()).isEqualTo(day("2023-10-01"));
    assertThat(q.end()).isEqualTo(day("2023-12-31"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
  void ofQuarter_quarterOutsideOneToFour_throwsIaeNamingIt(int quarter) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.ofQuarter(2023, quarter))
        .withMessageContaining("quarter must be 1 to 4")
        .withMessageContaining(String.valueOf(quarter));
  }

  @Test
  void ofMonth_februaryOfLeapYear_endsOn29th() {
    Period m = Period.ofMonth(YearMonth.of(2024, 2));
    assertThat(m.kind()).isEqualTo(Period.Kind.MONTH);
    assertThat(m.start()).isEqualTo(day("2024-02-01"));
    assertThat(m.end()).isEqualTo(day("2024-02-29"));
    assertThat(m.lengthInDays()).isEqualTo(29);
  }

  @Test
  void ofMonth_null_throwsNpe() {
    assertThatNullPointerException().isThrownBy(() -> Period.ofMonth(null)).withMessage("month");
  }

  @Test
  void ofYear_leapYear_coversWholeYear() {
    Period y = Period.ofYear(2024);
    assertThat(y.kind()).isEqualTo(Period.Kind.YEAR);
    assertThat(y.start()).isEqualTo(day("2024-01-01"));
    assertThat(y.end()).isEqualTo(day("2024-12-31"));
    assertThat(y.lengthInDays()).isEqualTo(366);
  }

  @Test
  void of_sameDay_isOneDayLong() {
    Period p = Period.of(day("2024-02-29"), day("2024-02-29"));
    assertThat(p.kind()).isEqualTo(Period.Kind.RANGE);
    assertThat(p.lengthInDays()).isEqualTo(1);
    assertThat(p.days()).containsExactly(day("2024-02-29"));
  }

  @Test
  void of_endBeforeStart_throwsIaeNamingBothDays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(day("2023-03-31"), day("2023-01-01")))
        .withMessageContaining("2023-01-01")
        .withMessageContaining("2023-03-31")
        .withMessageContaining("must not be before");
  }

  @Test
  void of_nullStart_throwsNpe() {
    assertThatNullPointerException().isThrownBy(() -> Period.of(null, day("2023-01-01")));
  }

  @ParameterizedTest
  @CsvSource({
    "2023, YEAR, 2023-01-01, 2023-12-31",
    "0999, YEAR, 0999-01-01, 0999-12-31",
    "2023-Q1, QUARTER, 2023-01-01, 2023-03-31",
    "2024-Q1, QUARTER, 2024-01-01, 2024-03-31",
    "2023-Q3, QUARTER, 2023-07-01, 2023-09-30",
    "2023-03, MONTH, 2023-03-01, 2023-03-31",
    "2023-12, MONTH, 2023-12-01, 2023-12-31",
    "2023-01-01/2023-03-31, RANGE, 2023-01-01, 2023-03-31",
    "2024-02-29/2024-02-29, RANGE, 2024-02-29, 2024-02-29",
  })
  void parse_eachSpelling_givesThatKindAndDaysAndPrintsBack(
      String text, Period.Kind kind, LocalDate start, LocalDate end) {
    Period p = Period.parse(text);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p).hasToString(text);
  }

  @Test
  void parse_eachSpelling_equalsTheFactoryResult() {
    assertThat(Period.parse("2023")).isEqualTo(Period.ofYear(2023));
    assertThat(Period.parse("2023-Q2")).isEqualTo(Period.ofQuarter(2023, 2));
    assertThat(Period.parse("2023-02")).isEqualTo(Period.ofMonth(YearMonth.of(2023, 2)));
    assertThat(Period.parse("2023-01-15/2023-02-14"))
        .isEqualTo(Period.of(day("2023-01-15"), day("2023-02-14")));
  }

  @Test
  void toString_localeWithOtherDigits_printsAsciiDigitsThatParseBack() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(Period.ofQuarter(2023, 1)).hasToString("2023-Q1");
      assertThat(Period.ofYear(987)).hasToString("0987");
      assertThat(Period.parse(Period.ofQuarter(2023, 1).toString())).isEqualTo(Period.ofQuarter(2023, 1));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void parse_charSequenceOtherThanString_isRead() {
    assertThat(Period.parse(new StringBuilder("2023-Q1"))).isEqualTo(Period.ofQuarter(2023, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-Q5",
        "2023-Q0",
        "2023-13",
        "2023-00",
        "2023-03-31/2023-01-01",
        "2023-02-29/2023-03-01",
        "2023-01-32/2023-02-01",
        "garbage",
        "",
        " ",
        "23",
        "20231",
        "2023-q1",
        "2023-Q1 ",
        " 2023",
        "2023-3",
        "2023/2024",
        "2023-01-01/",
        "2023-01-01",
        "２０２３",
        "2023-Ｑ1"
      })
  void parse_invalidSpelling_throwsIaeQuotingTheText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse(text))
        .withMessageContaining("not a valid period: \"" + text + "\"");
  }

  @Test
  void parse_unknownShape_listsTheAcceptedSpellings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("2023-Q5"))
        .withMessageContaining("2023-Q1")
        .withMessageContaining("2023-03")
        .withMessageContaining("2023-01-01/2023-03-31");
  }

  @Test
  void parse_monthThirteen_explainsTheMonth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("2023-13"))
        .withMessageContaining("13")
        .withCauseInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void parse_rangeEndingBeforeItStarts_explainsWhy() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse("2023-03-31/2023-01-01"))
        .withMessageContaining("must not be before");
  }

  @Test
  void parse_null_throwsNpe() {
    assertThatNullPointerException().isThrownBy(() -> Period.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-Q1, 91",
    "2023-Q1, 90",
    "2023-Q2, 91",
    "2023-Q3, 92",
    "2023, 365",
    "2024, 366",
    "2000, 366",
    "2023-02, 28",
    "2024-02, 29",
    "2023-01-01/2023-01-01, 1",
    "2023-12-31/2024-01-01, 2"
  })
  void lengthInDays_period_countsBothEnds(String text, int days) {
    Period p = Period.parse(text);
    assertThat(p.lengthInDays()).isEqualTo(days);
    assertThat(p.days().count()).isEqualTo(days);
  }

  @Test
  void contains_bothEnds_true() {
    Period q = Period.ofQuarter(2023, 1);
    assertThat(q.contains(day("2023-01-01"))).isTrue();
    assertThat(q.contains(day("2023-03-31"))).isTrue();
    assertThat(q.contains(day("2023-02-15"))).isTrue();
  }

  @Test
  void contains_dayBeforeStartOrAfterEnd_false() {
    Period q = Period.ofQuarter(2023, 1);
    assertThat(q.contains(day("2022-12-31"))).isFalse();
    assertThat(q.contains(day("2023-04-01"))).isFalse();
  }

  @Test
  void contains_29FebruaryInLeapQuarter_true() {
    assertThat(Period.parse("2024-Q1").contains(day("2024-02-29"))).isTrue();
  }

  @Test
  void days_quarter_runsFromStartToEndInOrder() {
    List<LocalDate> days = Period.parse("2024-02").days().collect(java.util.stream.Collectors.toList());
    assertThat(days).hasSize(29).startsWith(day("2024-02-01")).endsWith(day("2024-02-29"));
    assertThat(days).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void equals_quarterAndRangeOfSameDays_notEqualButSameDays() {
    Period quarter = Period.ofQuarter(2023, 1);
    Period range = Period.of(day("2023-01-01"), day("2023-03-31"));
    assertThat(quarter).isNotEqualTo(range);
    assertThat(quarter.sameDays(range)).isTrue();
    assertThat(range.sameDays(quarter)).isTrue();
    assertThat(range).hasToString("2023-01-01/2023-03-31");
  }

  @Test
  void equals_sameKindAndDays_equalWithSameHashCode() {
    assertThat(Period.parse("2023-Q1"))
        .isEqualTo(Period.ofQuarter(2023, 1))
        .hasSameHashCodeAs(Period.ofQuarter(2023, 1));
    assertThat(Period.ofQuarter(2023, 1)).isNotEqualTo(Period.ofQuarter(2023, 2)).isNotEqualTo(null);
  }

  @Test
  void sameDays_differentDays_false() {
    assertThat(Period.ofQuarter(2023, 1).sameDays(Period.ofMonth(YearMonth.of(2023, 1)))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void ofYearOrQuarterOrMonth_yearWithoutFourDigits_throwsIaeNamingTheYear(int year) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.ofYear(year))
        .withMessageContaining("year must be 0000 to 9999")
        .withMessageContaining(String.valueOf(year));
    assertThatIllegalArgumentException().isThrownBy(() -> Period.ofQuarter(year, 1));
    if (Math.abs((long) year) < 999_999_999) {
      assertThatIllegalArgumentException().isThrownBy(() -> Period.ofMonth(YearMonth.of(year, 1)));
    }
  }

  @Test
  void of_rangeReachingYear10000_throwsIae() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(day("9999-12-01"), LocalDate.of(10000, 1, 31)))
        .withMessageContaining("10000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.of(LocalDate.MIN, LocalDate.MAX));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000", "9999", "0000-Q1", "9999-Q4", "0000-01", "9999-12", "0000-01-01/0004-12-31", "9995-01-01/9999-12-31"})
  void parse_firstAndLastYearsThatHaveFourDigits_printBack(String text) {
    Period p = Period.parse(text);
    assertThat(p).hasToString(text);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
    assertThat(p.lengthInDays()).isPositive();
  }

  @Test
  void compareTo_periods_orderByStartThenEndThenKind() {
    Period year = Period.ofYear(2023);
    Period quarter = Period.ofQuarter(2023, 1);
    Period range = Period.of(day("2023-01-01"), day("2023-03-31"));
    Period month = Period.ofMonth(YearMonth.of(2023, 1));
    Period feb = Period.ofMonth(YearMonth.of(2023, 2));
    List<Period> periods = new ArrayList<>(List.of(feb, year, range, quarter, month));
    Collections.sort(periods);
    assertThat(periods).containsExactly(month, quarter, range, year, feb);
    assertThat(quarter.compareTo(Period.parse("2023-Q1"))).isZero();
  }
}
