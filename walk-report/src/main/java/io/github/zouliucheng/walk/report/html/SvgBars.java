package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.internal.Formats;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link BarChart} as an inline SVG of horizontal bars: a legend of the categories on top,
 * one row per bar with its label on the left, an axis below.
 *
 * <p>A {@linkplain BarChart#stacked() stacked} chart draws every bar at the full width with its
 * segments as shares of the bar's total (the axis runs from 0% to 100%, the total is written after
 * the bar); otherwise bars are drawn to one scale whose axis ends at a round number at or above the
 * largest total. Segment edges are rounded to hundredths of a unit from the running sum, so the
 * segments of a stacked bar add up to the bar exactly.
 *
 * <p>Categories take colours of a fixed categorical palette in order (Okabe and Ito's, whose
 * colours colour-blind readers tell apart; ordered so that neighbours also differ in lightness when
 * printed in grey, and separated by a thin white line); a ninth category starts the palette again.
 * A label wider than its column is shortened with an ellipsis; the row's {@code <title>} carries it
 * whole.
 */
final class SvgBars {
  /** The categorical palette, in the order categories take it. */
  static final List<String> PALETTE =
      List.of("#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#000000");

  /** The colour of text on each colour of the palette: white on the dark ones, ink on the rest. */
  private static final List<String> ON_PALETTE =
      List.of("#ffffff", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#ffffff");

  /** The width of the view box. */
  static final int WIDTH = 420;
  /** The width of the label column. */
  static final int LABEL = 112;
  /** The x of the bars' left edge. */
  static final int BAR_X = LABEL;
  /** The width of a full bar. */
  static final int BAR = 256;

  private static final int ROW = 22;
  private static final int BAR_HEIGHT = 14;
  private static final int LEGEND_ROW = 16;
  private static final int SWATCH = 10;
  private static final int PAD = 6;

  private final HtmlContext context;
  private final Markup markup;

  SvgBars(HtmlContext context, Markup markup) {
    this.context = context;
    this.markup = markup;
  }

  void write(BarChart chart, HtmlStyle style) {
    List<long[]> legend = legendLayout(chart);
    long legendHeight = legend.isEmpty() ? 0 : legend.get(legend.size() - 1)[1] + LEGEND_ROW;
    long rowsTop = PAD + legendHeight + (legend.isEmpty() ? 0 : 6);
    long rowsHeight = (long) Math.max(chart.bars().size(), 1) * ROW;
    long axisY = rowsTop + rowsHeight;
    long height = axisY + 18 + PAD;
    long maxTotal = 0;
    for (BarChart.Bar bar : chart.bars()) {
      maxTotal = Math.max(maxTotal, bar.total());
    }
    long axisMax = chart.stacked() ? 100 : axisMax(maxTotal);
    long tickStep = chart.stacked() ? 25 : niceStep(maxTotal);

    markup.open("figure", "class", context.cls("figure", "bars"), "style", style.figure);
    markup.open("div", "class", context.cls("chart-wrap"), "style", style.chartWrap);
    markup.open("svg", Svg.root(context.cls("chart"), WIDTH, height, "0.85", "1.6", style.svg));
    markup.leaf("title", chart.title());
    markup.leaf("desc", chart.description());

    if (!legend.isEmpty()) {
      markup.open("g", "class", context.cls("legend"), "fill", "#333333");
      for (int i = 0; i < chart.categories().size(); i++) {
        long[] at = legend.get(i);
        long y = PAD + at[1];
        markup.selfClosed(
            "rect",
            "x", Svg.units(at[0]),
            "y", Svg.units(y + 1),
            "width", Svg.units(SWATCH),
            "height", Svg.units(SWATCH),
            "fill", colour(i));
        markup.leaf("text", chart.categories().get(i), "x", Svg.units(at[0] + SWATCH + 4), "y", Svg.units(y + SWATCH));
      }
      markup.close("g");
    }

    markup.open("g", "class", context.cls("axis"), "fill", "#333333", "text-anchor", "middle");
    for (long tick = 0; tick <= axisMax; tick += tickStep) {
      long x = BAR_X * 100L + scale(BAR * 100L, tick, axisMax);
      markup.selfClosed(
          "line",
          "x1", Svg.num(x),
          "y1", Svg.units(rowsTop - 2),
          "x2", Svg.num(x),
          "y2", Svg.units(axisY + 2),
          "stroke", tick == 0 ? "#666666" : "#d9d9d9",
          "stroke-width", Svg.num(tick == 0 ? 100 : 60));
      String label = chart.stacked() ? tick + "%" : context.formats().integer(tick);
      markup.leaf("text", label, "x", Svg.num(x), "y", Svg.units(axisY + 14));
    }
    markup.close("g");

    if (chart.bars().isEmpty()) {
      markup.leaf(
          "text",
          context.labels().get("chart.empty"),
          "x", Svg.units(BAR_X + 6),
          "y", Svg.units(rowsTop + ROW - 8),
          "fill", "#333333");
    }
    for (int row = 0; row < chart.bars().size(); row++) {
      bar(chart, chart.bars().get(row), rowsTop + (long) row * ROW, axisMax);
    }

    markup.close("svg");
    markup.close("div");
    markup.leaf("figcaption", chart.title(), "class", context.cls("figcaption"), "style", style.figcaption);
    markup.close("figure");
  }

  private void bar(BarChart chart, BarChart.Bar bar, long top, long axisMax) {
    Formats formats = context.formats();
    long total = bar.total();
    markup.open("g", "class", context.cls("bar"));
    markup.leaf("title", context.labels().format("bar.row", Map.of("label", bar.label(), "total", formats.integer(total))));
    long baseline = top + ROW - 8;
    markup.leaf(
        "text",
        Svg.fit(bar.label(), (LABEL - 8) / (double) Svg.FONT),
        "x", Svg.units(LABEL - 6),
        "y", Svg.units(baseline),
        "fill", "#1a1a1a",
        "text-anchor", "end");
    // the whole bar, in hundredths of a unit: the full width when stacked, its share of the axis otherwise
    long length = chart.stacked() ? (total == 0 ? 0 : BAR * 100L) : scale(BAR * 100L, total, axisMax);
    long y = top + (ROW - BAR_HEIGHT) / 2;
    long running = 0;
    long left = 0;
    for (int i = 0; i < bar.values().size(); i++) {
      long value = bar.values().get(i);
      running += value;
      long right = total == 0 ? 0 : scale(length, running, total);
      long width = right - left;
      if (value > 0) {
        String share = formats.percent(Ratio.of(value, total));
        String title =
            chart.stacked()
                ? context.labels().format(
                    "bar.segment.share",
                    Map.of("label", bar.label(), "category", chart.categories().get(i), "value", formats.integer(value), "share", share))
                : context.labels().format(
                    "bar.segment",
                    Map.of("label", bar.label(), "category", chart.categories().get(i), "value", formats.integer(value)));
        markup.open(
            "rect",
            "class", context.cls("segment"),
            "x", Svg.num(BAR_X * 100L + left),
            "y", Svg.units(y),
            "width", Svg.num(width),
            "height", Svg.units(BAR_HEIGHT),
            "fill", colour(i),
            "stroke", "#ffffff",
            "stroke-width", Svg.num(50),
            "data-value", Long.toString(value));
        markup.leaf("title", title);
        markup.close("rect");
        if (chart.stacked() && width >= 2800) {
          markup.leaf(
              "text",
              Ratio.of(value, total).percent(0).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%",
              "x", Svg.num(BAR_X * 100L + left + width / 2),
              "y", Svg.units(y + BAR_HEIGHT - 3),
              "fill", ON_PALETTE.get(i % ON_PALETTE.size()),
              "font-size", "9",
              "text-anchor", "middle");
        }
      }
      left = right;
    }
    long valueX = chart.stacked() ? (BAR_X + BAR) * 100L + 600 : BAR_X * 100L + length + 400;
    markup.leaf("text", formats.integer(total), "x", Svg.num(valueX), "y", Svg.units(baseline), "fill", "#1a1a1a");
    markup.close("g");
  }

  private static String colour(int category) {
    return PALETTE.get(category % PALETTE.size());
  }

  /**
   * Returns the x and y of each legend item, from the left, wrapping to a new row when an item
   * would pass the right edge; empty when there is only one category and no shares to tell apart.
   */
  private List<long[]> legendLayout(BarChart chart) {
    if (chart.categories().size() < 2 && !chart.stacked()) {
      return List.of();
    }
    java.util.ArrayList<long[]> items = new java.util.ArrayList<>();
    long x = PAD;
    long y = 0;
    for (String category : chart.categories()) {
      long itemWidth = SWATCH + 4 + Math.round(Svg.width(category) * Svg.FONT) + 14;
      if (x > PAD && x + itemWidth > WIDTH - PAD) {
        x = PAD;
        y += LEGEND_ROW;
      }
      items.add(new long[] {x, y});
      x += itemWidth;
    }
    return items;
  }

  /** Returns {@code a * b / c} rounded half up, without overflow. */
  static long scale(long a, long b, long c) {
    return new java.math.BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
        .divide(new java.math.BigDecimal(c), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** Returns the round step of an axis that reaches {@code max} in at most four steps: 1, 2 or 5 times a power of ten. */
  static long niceStep(long max) {
    long raw = Math.max(1, (max + 3) / 4);
    long power = 1;
    while (true) {
      for (long multiple : new long[] {1, 2, 5}) {
        if (multiple * power >= raw) {
          return multiple * power;
        }
      }
      power *= 10;
    }
  }

  /** Returns the end of the axis: the first multiple of the {@linkplain #niceStep step} at or above {@code max}, at least one step. */
  static long axisMax(long max) {
    long step = niceStep(max);
    return Math.max(step, (max + step - 1) / step * step);
  }
}
