package io.github.zouliucheng.walk.report.text;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinRenderer;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import io.github.zouliucheng.walk.report.internal.DisplayWidth;
import io.github.zouliucheng.walk.report.internal.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a bulletin as plain text, for office-automation (OA) systems, e-mail and text-message
 * digests: no markup, only lines.
 *
 * <p>The layout:
 *
 * <ul>
 *   <li>The title is underlined with {@code =}, sections and appendices with {@code -}, both as
 *       wide as the heading is in display columns; deeper headings stand on a line of their own,
 *       identified by the numbering they carry ({@code （一）}, {@code 1.}). A section's blocks come
 *       before its subsections. Blank lines separate blocks.
 *   <li>A paragraph is one line, its statements joined as {@link Paragraph#text()} joins them. It is
 *       not wrapped: Chinese has no spaces to break at, and the systems that show the text wrap it to
 *       their own width, while line breaks put in here would break lines in the middle there.
 *   <li>A table is its caption, then aligned columns two spaces apart: the header, a rule of
 *       {@code -} under each column, and the body rows. Numeric columns are aligned right. Widths
 *       are display widths, so that columns line up in a monospaced font: CJK ideographs, kana,
 *       Hangul, CJK and full-width punctuation and forms ({@code 、。（）：}) and emoji take two
 *       columns, combining marks and zero-width characters none, all else one — including the
 *       characters Unicode calls ambiguous ({@code “ ” … — ·}), which a terminal set to draw them
 *       wide shows one column wider each.
 *   <li>A calendar chart is its title, its description and its five busiest days, busiest first
 *       (ties in date order), with a line for the other days. A bar chart is its title, its
 *       description and, for each bar, its label and total followed by an indented line per
 *       category with a count (categories with none are left out): the count, its share of the
 *       bar's total and a bar of {@code █} characters, twenty for a full bar: the share of the
 *       bar's total when the chart is {@linkplain BarChart#stacked() stacked}, the count against
 *       the largest count of the chart otherwise (at least one for any count).
 *   <li>The issuer and the date of issue close the document, on two lines.
 * </ul>
 *
 * <p>The bulletin's text holds no line break or control character, so it cannot break the layout;
 * it is printed as it is. Labels the layout adds come from the renderer's own resource bundle in
 * the bulletin's language. Lines end with {@code \n}, carry no trailing spaces, and the output ends
 * with one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextRenderer implements BulletinRenderer {
  /** The most days a calendar chart lists. */
  static final int BUSIEST_DAYS = 5;

  /** The columns of a full bar of a bar chart. */
  static final int BAR_WIDTH = 20;

  private static final TextRenderer INSTANCE = new TextRenderer();

  private TextRenderer() {}

  /** Returns the plain-text renderer. */
  public static TextRenderer create() {
    return INSTANCE;
  }

  /** Returns {@code bulletin} as plain text. */
  @Override
  public String render(Bulletin bulletin) {
    Writer out = new Writer(Labels.of(bulletin.language()));
    out.heading(0, bulletin.title());
    bulletin.audience().ifPresent(a -> out.block(out.labels.format("audience", "audience", a)));
    out.block(bulletin.preamble().text());
    for (Section section : bulletin.sections()) {
      out.section(section, 1);
    }
    // the sign-off comes before the appendices, as in an official document (GB/T 9704)
    out.block(bulletin.issuer() + "\n" + out.labels.date(bulletin.issuedOn()));
    for (Section appendix : bulletin.appendices()) {
      out.section(appendix, 1);
    }
    return out.toString();
  }

  /** Appends blocks separated by blank lines; as a block visitor, appends the block visited. */
  private static final class Writer implements Block.Visitor<@Nullable Void> {
    private final StringBuilder out = new StringBuilder(16_384);
    private final Labels labels;

    Writer(Labels labels) {
      this.labels = labels;
    }

    /** Appends a block of lines; a blank line separates blocks. Trailing spaces are dropped. */
    void block(String text) {
      if (out.length() > 0) {
        out.append('\n');
      }
      for (String line : text.split("\n", -1)) {
        out.append(line.stripTrailing()).append('\n');
      }
    }

    void heading(int level, String text) {
      if (level == 0) {
        block(text + "\n" + "=".repeat(DisplayWidth.of(text)));
      } else if (level == 1) {
        block(text + "\n" + "-".repeat(DisplayWidth.of(text)));
      } else {
        block(text);
      }
    }

    void section(Section section, int level) {
      heading(level, section.heading());
      for (Block b : section.blocks()) {
        b.accept(this);
      }
      for (Section subsection : section.subsections()) {
        section(subsection, level + 1);
      }
    }

    @Override
    public @Nullable Void visitParagraph(Paragraph paragraph) {
      block(paragraph.text());
      return null;
    }

    @Override
    public @Nullable Void visitTable(Table table) {
      table(table);
      return null;
    }

    @Override
    public @Nullable Void visitCalendarChart(CalendarChart chart) {
      calendar(chart);
      return null;
    }

    @Override
    public @Nullable Void visitBarChart(BarChart chart) {
      bars(chart);
      return null;
    }

    void table(Table table) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(table.header());
      for (Table.Row row : table.rows()) {
        rows.add(row.cells());
      }
      int columns = table.header().size();
      int[] widths = new int[columns];
      for (List<String> row : rows) {
        for (int c = 0; c < columns; c++) {
          widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
        }
      }
      StringBuilder lines = new StringBuilder(table.caption()).append('\n');
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < columns; c++) {
          if (c > 0) {
            lines.append("  ");
          }
          String cell = row.get(c);
          lines.append(
              table.numericColumns().contains(c)
                  ? DisplayWidth.padLeft(cell, widths[c])
                  : DisplayWidth.padRight(cell, widths[c]));
        }
        lines.append('\n');
        if (r == 0) {
          for (int c = 0; c < columns; c++) {
            lines.append(c > 0 ? "  " : "").append("-".repeat(widths[c]));
          }
          lines.append('\n');
        }
      }
      lines.setLength(lines.length() - 1);
      block(lines.toString());
    }

    void calendar(CalendarChart chart) {
      StringBuilder lines = new StringBuilder();
      lines.append(chart.title()).append('\n').append(chart.description()).append('\n');
      List<Map.Entry<LocalDate, Long>> busiest = Labels.busiestDays(chart, BUSIEST_DAYS);
      if (busiest.isEmpty()) {
        lines.append(labels.get("calendar.none"));
        block(lines.toString());
        return;
      }
      lines.append(labels.get("calendar.busiest"));
      int dateWidth = 0;
      int countWidth = 0;
      for (Map.Entry<LocalDate, Long> day : busiest) {
        dateWidth = Math.max(dateWidth, DisplayWidth.of(labels.date(day.getKey())));
        countWidth = Math.max(countWidth, labels.integer(day.getValue()).length());
      }
      long listed = 0;
      for (Map.Entry<LocalDate, Long> day : busiest) {
        lines.append("\n  ")
            .append(DisplayWidth.padRight(labels.date(day.getKey()), dateWidth))
            .append("  ")
            .append(DisplayWidth.padLeft(labels.integer(day.getValue()), countWidth));
        listed += day.getValue();
      }
      long days = 0;
      long total = 0;
      for (long count : chart.counts().values()) {
        if (count > 0) {
          days++;
          total += count;
        }
      }
      if (days > busiest.size()) {
        lines.append("\n  ")
            .append(
                labels.format(
                    "calendar.more",
                    "days", labels.integer(days - busiest.size()),
                    "count", labels.integer(total - listed)));
      }
      block(lines.toString());
    }

    void bars(BarChart chart) {
      StringBuilder lines = new StringBuilder();
      lines.append(chart.title()).append('\n').append(chart.description());
      long largest = 0;
      int categoryWidth = 0;
      int countWidth = 0;
      for (BarChart.Bar bar : chart.bars()) {
        for (int i = 0; i < chart.categories().size(); i++) {
          long value = bar.values().get(i);
          if (value > 0) {
            largest = Math.max(largest, value);
            categoryWidth = Math.max(categoryWidth, DisplayWidth.of(chart.categories().get(i)));
            countWidth = Math.max(countWidth, labels.integer(value).length());
          }
        }
      }
      for (BarChart.Bar bar : chart.bars()) {
        lines.append('\n').append(labels.format("bars.bar", "label", bar.label(), "total", labels.integer(bar.total())));
        for (int i = 0; i < chart.categories().size(); i++) {
          long value = bar.values().get(i);
          if (value == 0) {
            continue;
          }
          int length = chart.stacked() ? columns(value, bar.total()) : columns(value, largest);
          lines.append("\n  ")
              .append(DisplayWidth.padRight(chart.categories().get(i), categoryWidth))
              .append("  ")
              .append(DisplayWidth.padLeft(labels.integer(value), countWidth))
              .append("  ")
              .append(DisplayWidth.padLeft(labels.share(value, bar.total()), "100.0%".length()))
              .append("  ")
              .append("█".repeat(length));
        }
      }
      block(lines.toString());
    }

    /** Returns the columns of a bar for {@code value} out of {@code whole}: rounded half up, at least 1. */
    private static int columns(long value, long whole) {
      int columns =
          BigDecimal.valueOf(value)
              .multiply(BigDecimal.valueOf(BAR_WIDTH))
              .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
              .intValueExact();
      return Math.max(1, columns);
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
