package io.github.zouliucheng.walk.report.internal;

import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and figures that the Markdown and plain-text renderers add around a bulletin in its
 * language: the labels of {@code textual_<language>.properties}, dates, counts and shares of
 * charts. Everything else they print is the bulletin's own text.
 *
 * <p>Internal: this class is public only so that the packages of this module can share it; its
 * package is not exported, and it may change in any release.
 */
public final class Labels {
  private final Messages messages;
  private final Formats formats;

  private Labels(Language language) {
    this.messages = Messages.of(Messages.TEXTUAL, language);
    this.formats = new Formats(language);
  }

  /** Returns the labels of {@code language}. */
  public static Labels of(Language language) {
    return new Labels(language);
  }

  /** Returns the label of {@code key}. */
  public String get(String key) {
    return messages.get(key);
  }

  /** Returns the pattern of {@code key} with its placeholders filled, given as name, value, name, value… */
  public String format(String key, String... namesAndValues) {
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return messages.format(key, arguments);
  }

  /** Returns the date as the bulletin writes dates: {@code 2023年3月5日} or {@code 5 March 2023}. */
  public String date(LocalDate date) {
    return formats.date(date);
  }

  /** Returns the count as the bulletin writes numbers. */
  public String integer(long value) {
    return formats.integer(value);
  }

  /** Returns {@code value} as a share of {@code total} in percent with one decimal, {@code 42.9%}. */
  public String share(long value, long total) {
    return formats.percent(Ratio.of(value, total));
  }

  /**
   * Returns a bar chart's cell: the count with its share of the bar's total, {@code 3（42.9%）}; the
   * count alone when it is zero or the bar's total is.
   */
  public String countAndShare(long value, long total) {
    if (value == 0 || total == 0) {
      return integer(value);
    }
    return format("bars.cell", "count", integer(value), "share", share(value, total));
  }

  /** Returns the days of {@code chart} with a count, busiest first (ties by date), at most {@code limit}. */
  public static List<Map.Entry<LocalDate, Long>> busiestDays(CalendarChart chart, int limit) {
    List<Map.Entry<LocalDate, Long>> days = new ArrayList<>();
    for (Map.Entry<LocalDate, Long> day : chart.counts().entrySet()) {
      if (day.getValue() > 0) {
        days.add(day);
      }
    }
    days.sort(
        Comparator.comparing((Map.Entry<LocalDate, Long> day) -> day.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return days.subList(0, Math.min(limit, days.size()));
  }
}
