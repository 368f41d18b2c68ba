package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.internal.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link CalendarChart} as an inline SVG heatmap: one column per week (Monday first), one
 * row per weekday, month names above the weeks where a month begins, weekday names on the left and
 * a legend from "few" to "many" below.
 *
 * <p>Each day of the chart's range is a square with a {@code <title>} child such as
 * "2023年3月1日：3次". Colour is on a fixed sequential palette of five steps: a light grey for
 * zero, then four blues from light to dark; a day with count {@code c} takes step {@code ceil(4c /
 * max)}, so the busiest day is always the darkest and any day with a walk is visibly apart from a
 * day without.
 */
final class SvgCalendar {
  /** Step 0 (no count) and steps 1 to 4, light to dark: ColorBrewer "Blues", print- and colour-blind-safe. */
  static final List<String> PALETTE = List.of("#ebedf0", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

  private static final int CELL = 14;
  private static final int STEP = 17;
  private static final int LEFT = 28;
  private static final int TOP = 20;
  private static final int PAD = 6;
  private static final int LEGEND_GAP = 16;

  private final HtmlContext context;
  private final Markup markup;

  SvgCalendar(HtmlContext context, Markup markup) {
    this.context = context;
    this.markup = markup;
  }

  /** Returns the palette step of {@code count} when the largest count is {@code max}: 0 for none, else 1 to 4. */
  static int step(long count, long max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.min(4, (4 * count + max - 1) / max);
  }

  void write(CalendarChart chart, HtmlStyle style) {
    LocalDate firstMonday = chart.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long weeks = ChronoUnit.WEEKS.between(firstMonday, chart.end()) + 1;
    long gridRight = LEFT + weeks * STEP - (STEP - CELL);
    long gridBottom = TOP + 7L * STEP - (STEP - CELL);
    long legendWidth = legendWidth();
    long width = Math.max(gridRight, LEFT + legendWidth) + PAD;
    long legendY = gridBottom + LEGEND_GAP;
    long height = legendY + CELL + PAD;
    long max = chart.max();

    markup.open("figure", "class", context.cls("figure", "calendar"), "style", style.figure);
    markup.open("div", "class", context.cls("chart-wrap"), "style", style.chartWrap);
    markup.open("svg", Svg.root(context.cls("chart"), width, height, "0.75", "1.7", style.svg));
    markup.leaf("title", chart.title());
    markup.leaf("desc", chart.description());

    markup.open("g", "class", context.cls("months"), "fill", "#333333");
    for (Map.Entry<Long, Integer> label : monthLabels(chart, firstMonday)) {
      markup.leaf(
          "text",
          context.labels().get("month." + label.getValue()),
          "x", Svg.units(LEFT + label.getKey() * STEP),
          "y", Svg.units(TOP - 6));
    }
    markup.close("g");

    markup.open("g", "class", context.cls("weekdays"), "fill", "#333333", "text-anchor", "end");
    for (int row = 0; row < 7; row++) {
      markup.leaf(
          "text",
          context.labels().get("weekday." + (row + 1)),
          "x", Svg.units(LEFT - 5),
          "y", Svg.units(TOP + row * STEP + CELL - 3));
    }
    markup.close("g");

    markup.open("g", "class", context.cls("days"));
    for (LocalDate day = chart.start(); !day.isAfter(chart.end()); day = day.plusDays(1)) {
      long column = ChronoUnit.WEEKS.between(firstMonday, day);
      int row = day.getDayOfWeek().getValue() - 1;
      long count = chart.count(day);
      int step = step(count, max);
      markup.open(
          "rect",
          "class", context.cls("day", "step-" + step),
          "x", Svg.units(LEFT + column * STEP),
          "y", Svg.units(TOP + (long) row * STEP),
          "width", Svg.units(CELL),
          "height", Svg.units(CELL),
          "rx", Svg.units(2),
          "fill", PALETTE.get(step),
          "data-date", day.toString(),
          "data-count", Long.toString(count));
      markup.leaf(
          "title",
          context.labels().format(
              "calendar.day", Map.of("date", context.formats().date(day), "count", context.formats().integer(count))));
      markup.close("rect");
    }
    markup.close("g");

    legend(legendY, max);
    markup.close("svg");
    markup.close("div");
    markup.leaf("figcaption", chart.title(), "class", context.cls("figcaption"), "style", style.figcaption);
    markup.close("figure");
  }

  private long legendWidth() {
    long less = Math.round(Svg.width(context.labels().get("legend.less")) * Svg.FONT);
    long more = Math.round(Svg.width(context.labels().get("legend.more")) * Svg.FONT);
    return less + 6 + 5L * STEP + 3 + more;
  }

  private void legend(long y, long max) {
    markup.open("g", "class", context.cls("legend"), "fill", "#333333");
    String less = context.labels().get("legend.less");
    long lessWidth = Math.round(Svg.width(less) * Svg.FONT);
    markup.leaf("text", less, "x", Svg.units(LEFT), "y", Svg.units(y + CELL - 3));
    long x = LEFT + lessWidth + 6;
    for (int step = 0; step < PALETTE.size(); step++) {
      String range = range(step, max);
      String[] attributes = {
        "class", context.cls("swatch", "step-" + step),
        "x", Svg.units(x + (long) step * STEP),
        "y", Svg.units(y),
        "width", Svg.units(CELL),
        "height", Svg.units(CELL),
        "rx", Svg.units(2),
        "fill", PALETTE.get(step)
      };
      if (range.isEmpty()) {
        markup.selfClosed("rect", attributes);
      } else {
        markup.open("rect", attributes);
        markup.leaf("title", range);
        markup.close("rect");
      }
    }
    markup.leaf(
        "text",
        context.labels().get("legend.more"),
        "x", Svg.units(x + 5L * STEP + 3),
        "y", Svg.units(y + CELL - 3));
    markup.close("g");
  }

  /** Returns the counts that {@code step} stands for when the largest count is {@code max}, empty if none. */
  private String range(int step, long max) {
    Formats formats = context.formats();
    if (step == 0) {
      return context.labels().format("legend.count", Map.of("count", formats.integer(0)));
    }
    long low = (step - 1) * max / 4 + 1;
    long high = step * max / 4;
    if (max <= 0 || low > high) {
      return "";
    }
    if (low == high) {
      return context.labels().format("legend.count", Map.of("count", formats.integer(low)));
    }
    return context.labels().format("legend.range", Map.of("low", formats.integer(low), "high", formats.integer(high)));
  }

  /**
   * Returns the week column and month number of each month label: the column of the first day of
   * each month in the range (the start for the first month). A label closer than two columns to
   * the next one gives way to it, so labels never overlap.
   */
  private static List<Map.Entry<Long, Integer>> monthLabels(CalendarChart chart, LocalDate firstMonday) {
    List<Map.Entry<Long, Integer>> labels = new ArrayList<>();
    LocalDate day = chart.start();
    while (!day.isAfter(chart.end())) {
      labels.add(Map.entry(ChronoUnit.WEEKS.between(firstMonday, day), day.getMonthValue()));
      day = day.withDayOfMonth(1).plusMonths(1);
    }
    List<Map.Entry<Long, Integer>> kept = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (i + 1 < labels.size() && labels.get(i + 1).getKey() - labels.get(i).getKey() < 2) {
        continue;
      }
      kept.add(labels.get(i));
    }
    return kept;
  }
}
