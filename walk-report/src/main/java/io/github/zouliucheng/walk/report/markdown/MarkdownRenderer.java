package io.github.zouliucheng.walk.report.markdown;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Renders a bulletin as GitHub-flavoured Markdown, for a repository, a wiki or any CommonMark
 * viewer with GFM tables.
 *
 * <p>The layout:
 *
 * <ul>
 *   <li>The title is a level-1 heading ({@code #}), the addressees a line of their own ({@code
 *       各县（市）区、市直各部门：}), then the preamble.
 *   <li>Sections and appendices are level-2 headings ({@code ##}), their subsections one level
 *       deeper each ({@code ###}…, at most {@code ######}). A section's blocks come before its
 *       subsections. Headings carry the bulletin's own numbering.
 *   <li>A paragraph is one line: its statements joined as {@link Paragraph#text()} joins them.
 *   <li>A table is its caption in bold, then a GFM pipe table: header, alignment row ({@code ---:}
 *       for numeric columns) and body rows. Columns are padded to one display width (a CJK or
 *       full-width character counts two columns), so that the source reads as a table too.
 *   <li>A calendar chart is its title in bold, its description, and a table of the days that have
 *       a count, in date order ({@code （无）} when none has). A bar chart is its title in bold, its
 *       description, and a table with one row per bar: each category's count with its share of
 *       the bar's total, {@code 3（42.9%）}, and the total.
 *   <li>The issuer and the date of issue close the document, on two lines, as an official document
 *       signs off.
 * </ul>
 *
 * <p>Every piece of the bulletin's text is escaped: a name like
 * {@code [点我](javascript:alert(1))} or {@code <script>} is shown as it is written and never
 * becomes a link, an element, emphasis or a table cell break. ASCII punctuation that Markdown
 * reads as syntax is preceded by a backslash ({@code \*}, {@code \[}, {@code \|}, …) where it could
 * act, {@code & < >} are written {@code &amp; &lt; &gt;}, and spaces at either end of a text as
 * {@code &#32;}. Labels the layout adds come from the
 * renderer's own resource bundle in the bulletin's language. Lines end with {@code \n}, and the
 * output ends with one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer implements BulletinRenderer {
  private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
  private static final int DEEPEST_HEADING = 6;

  private MarkdownRenderer() {}

  /** Returns the Markdown renderer. */
  public static MarkdownRenderer create() {
    return INSTANCE;
  }

  /** Returns {@code bulletin} as GitHub-flavoured Markdown. */
  @Override
  public String render(Bulletin bulletin) {
    Writer out = new Writer(Labels.of(bulletin.language()));
    out.heading(1, bulletin.title());
    bulletin.audience().ifPresent(a -> out.paragraph(out.labels.format("audience", "audience", a)));
    out.paragraph(bulletin.preamble().text());
    for (Section section : bulletin.sections()) {
      out.section(section, 2);
    }
    // the sign-off comes before the appendices, as in an official document (GB/T 9704)
    out.block(
        MarkdownEscaper.line(bulletin.issuer()) + "\\\n" + MarkdownEscaper.line(out.labels.date(bulletin.issuedOn())));
    for (Section appendix : bulletin.appendices()) {
      out.section(appendix, 2);
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

    /** Appends a block of Markdown source, which may span lines; a blank line separates blocks. */
    void block(String markdown) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(markdown).append('\n');
    }

    void heading(int level, String text) {
      block("#".repeat(Math.min(level, DEEPEST_HEADING)) + " " + MarkdownEscaper.inline(text));
    }

    void paragraph(String text) {
      block(MarkdownEscaper.line(text));
    }

    void caption(String text) {
      block("**" + MarkdownEscaper.inline(text) + "**");
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
      paragraph(paragraph.text());
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
      caption(table.caption());
      List<List<String>> rows = new ArrayList<>();
      for (Table.Row row : table.rows()) {
        rows.add(row.cells());
      }
      grid(table.header(), rows, table.numericColumns()::contains);
    }

    void calendar(CalendarChart chart) {
      caption(chart.title());
      paragraph(chart.description());
      List<List<String>> rows = new ArrayList<>();
      for (Map.Entry<LocalDate, Long> day : chart.counts().entrySet()) {
        if (day.getValue() > 0) {
          rows.add(List.of(labels.date(day.getKey()), labels.integer(day.getValue())));
        }
      }
      if (rows.isEmpty()) {
        paragraph(labels.get("calendar.none"));
      } else {
        grid(List.of(labels.get("calendar.day"), labels.get("calendar.count")), rows, column -> column == 1);
      }
    }

    void bars(BarChart chart) {
      caption(chart.title());
      paragraph(chart.description());
      List<String> header = new ArrayList<>();
      header.add(labels.get("bars.item"));
      header.addAll(chart.categories());
      header.add(labels.get("bars.total"));
      List<List<String>> rows = new ArrayList<>();
      for (BarChart.Bar bar : chart.bars()) {
        List<String> cells = new ArrayList<>();
        cells.add(bar.label());
        for (long value : bar.values()) {
          cells.add(labels.countAndShare(value, bar.total()));
        }
        cells.add(labels.integer(bar.total()));
        rows.add(cells);
      }
      grid(header, rows, column -> column > 0);
    }

    /** Appends a pipe table of plain-text cells; {@code numeric} columns are aligned right. */
    private void grid(List<String> header, List<List<String>> rows, IntPredicate numeric) {
      int columns = header.size();
      List<List<String>> escaped = new ArrayList<>();
      escaped.add(escapeAll(header));
      for (List<String> row : rows) {
        escaped.add(escapeAll(row));
      }
      int[] widths = new int[columns];
      for (List<String> row : escaped) {
        for (int c = 0; c < columns; c++) {
          widths[c] = Math.max(Math.max(widths[c], DisplayWidth.of(row.get(c))), 3);
        }
      }
      StringBuilder table = new StringBuilder();
      line(table, escaped.get(0), widths, numeric);
      table.append('|');
      for (int c = 0; c < columns; c++) {
        table.append(' ');
        table.append(numeric.test(c) ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]));
        table.append(" |");
      }
      table.append('\n');
      for (List<String> row : escaped.subList(1, escaped.size())) {
        line(table, row, widths, numeric);
      }
      table.setLength(table.length() - 1);
      block(table.toString());
    }

    private static void line(StringBuilder table, List<String> cells, int[] widths, IntPredicate numeric) {
      table.append('|');
      for (int c = 0; c < cells.size(); c++) {
        String cell = cells.get(c);
        table.append(' ');
        table.append(numeric.test(c) ? DisplayWidth.padLeft(cell, widths[c]) : DisplayWidth.padRight(cell, widths[c]));
        table.append(" |");
      }
      table.append('\n');
    }

    private static List<String> escapeAll(List<String> cells) {
      List<String> escaped = new ArrayList<>(cells.size());
      for (String cell : cells) {
        escaped.add(MarkdownEscaper.inline(cell));
      }
      return escaped;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
