package io.github.zouliucheng.walk.report.internal;

import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.report.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Numbers, shares, dates and periods spelled for one language, the same on every machine: no
 * formatter here reads the default locale or time zone.
 *
 * <p>Chinese writes integers without grouping ("1234") and dates as "2023年3月5日"; English groups
 * thousands ("1,234") and writes "5 March 2023". Shares are percentages with one decimal.
 *
 * <p>Internal: this class is public only so that the packages of this module can share it; its
 * package is not exported, and it may change in any release.
 */
public final class Formats {
  private static final String[] CHINESE_QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final Language language;

  public Formats(Language language) {
    this.language = language;
  }

  /** Returns {@code value} as digits, grouped by thousands in English. */
  public String integer(long value) {
    return language == Language.ZH_CN ? Long.toString(value) : String.format(Locale.ROOT, "%,d", value);
  }

  /** Returns the share in percent with one decimal, for example {@code 35.2%}; {@code 0.0%} if undefined. */
  public String percent(Ratio ratio) {
    return ratio.percent(1).toPlainString() + "%";
  }

  /** Returns the date, for example {@code 2023年3月5日} or {@code 5 March 2023}. */
  public String date(LocalDate date) {
    if (language == Language.ZH_CN) {
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return ENGLISH_DATE.format(date);
  }

  /** Returns the day within its year, for example {@code 3月5日} or {@code 5 March}. */
  public String monthDay(LocalDate date) {
    if (language == Language.ZH_CN) {
      return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** Returns the month, for example {@code 2023年3月} or {@code March 2023}. */
  public String yearMonth(java.time.YearMonth month) {
    if (language == Language.ZH_CN) {
      return month.getYear() + "年" + month.getMonthValue() + "月";
    }
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  /** Returns the period, for example {@code 2023年第一季度} or {@code Q1 2023}. */
  public String period(Period period) {
    LocalDate start = period.start();
    boolean zh = language == Language.ZH_CN;
    switch (period.kind()) {
      case YEAR:
        return zh ? start.getYear() + "年" : Integer.toString(start.getYear());
      case QUARTER:
        int quarter = (start.getMonthValue() - 1) / 3;
        return zh ? start.getYear() + "年" + CHINESE_QUARTERS[quarter] : "Q" + (quarter + 1) + " " + start.getYear();
      case MONTH:
        return zh
            ? start.getYear() + "年" + start.getMonthValue() + "月"
            : start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
      case RANGE:
        return zh ? date(start) + "至" + date(period.end()) : date(start) + " to " + date(period.end());
      default:
        throw new IllegalStateException("period.kind: no wording for " + period.kind());
    }
  }

  /** Returns the label of {@code value} in this language. */
  public String label(Coded value) {
    return language == Language.ZH_CN ? value.zh() : value.en();
  }

  /** Returns the items joined as a list: "甲、乙、丙" or "a, b and c". */
  public String list(List<String> items) {
    if (language == Language.ZH_CN) {
      return String.join("、", items);
    }
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
