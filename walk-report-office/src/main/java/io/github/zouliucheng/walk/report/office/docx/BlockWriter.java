package io.github.zouliucheng.walk.report.office.docx;

import static io.github.zouliucheng.walk.report.office.docx.Ooxml.BLACK;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.apply;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.cellWidth;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.gridColumns;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.run;
import static io.github.zouliucheng.walk.report.office.docx.Ooxml.width;

import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Table;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes the body's sections and their blocks: headings, paragraphs, tables, and charts as
 * tables (a bar chart as counts and shares, a calendar as shaded months × days).
 */
final class BlockWriter implements Block.Visitor<@Nullable Void> {
  /** Shades of the calendar's cells, lightest to darkest, and the shade of days outside the period. */
  private static final String[] SHADES = {"DEEBF7", "9ECAE1", "4292C6", "08519C"};
  private static final String OUTSIDE = "D9D9D9";
  /** Half an em of 小四 (12 pt), in twips, and a cell's left and right margins together (Word's 0.19 cm). */
  private static final int HALF_EM_SMALL_FOUR = 120;
  private static final int CELL_MARGINS = 230;

  private final XWPFDocument document;
  private final DocxLabels labels;

  BlockWriter(XWPFDocument document, DocxLabels labels) {
    this.document = document;
    this.labels = labels;
  }

  /** A section's heading of its {@code level} (1 to 3), its blocks and its subsections. */
  void section(Section section, int level) {
    paragraph(level == 1 ? Kind.HEADING1 : level == 2 ? Kind.HEADING2 : Kind.HEADING3, section.heading());
    for (Block block : section.blocks()) {
      block.accept(this);
    }
    for (Section subsection : section.subsections()) {
      section(subsection, level + 1);
    }
  }

  @Override
  public @Nullable Void visitParagraph(Paragraph paragraph) {
    paragraph(Kind.BODY, paragraph.text());
    return null;
  }

  @Override
  public @Nullable Void visitTable(Table table) {
    paragraph(Kind.CAPTION, table.caption());
    List<List<String>> rows = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      rows.add(row.cells());
    }
    grid(table.header(), rows, table.numericColumns()::contains);
    return null;
  }

  @Override
  public @Nullable Void visitBarChart(BarChart chart) {
    paragraph(Kind.CAPTION, chart.title());
    paragraph(Kind.DESCRIPTION, chart.description());
    if (chart.bars().isEmpty()) {
      paragraph(Kind.NOTE, labels.noData()).setAlignment(ParagraphAlignment.CENTER);
      return null;
    }
    List<String> header = new ArrayList<>();
    header.add(labels.item());
    header.addAll(chart.categories());
    header.add(labels.total());
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
    return null;
  }

  /**
   * A calendar as a table of months × days 1 to 31, each day's cell holding its count and shaded by
   * it, in four steps of the largest count; days outside the period, or past a month's end, grey.
   */
  @Override
  public @Nullable Void visitCalendarChart(CalendarChart chart) {
    paragraph(Kind.CAPTION, chart.title());
    paragraph(Kind.DESCRIPTION, chart.description());
    YearMonth first = YearMonth.from(chart.start());
    YearMonth last = YearMonth.from(chart.end());
    boolean withYear = first.getYear() != last.getYear();
    int months = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
    XWPFTable table = document.createTable(months + 1, 32);
    int labelWidth = withYear ? 1_300 : 700;
    int dayWidth = (Page.TEXT_WIDTH - labelWidth) / 31;
    int[] widths = new int[32];
    widths[0] = Page.TEXT_WIDTH - 31 * dayWidth;
    for (int d = 1; d <= 31; d++) {
      widths[d] = dayWidth;
    }
    frame(table, widths);
    table.setCellMargins(0, 20, 0, 20);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    cell(header.getCell(0), widths[0], Kind.CALENDAR_CELL, labels.monthHeader(), ParagraphAlignment.CENTER);
    for (int d = 1; d <= 31; d++) {
      cell(header.getCell(d), widths[d], Kind.CALENDAR_CELL, Integer.toString(d), ParagraphAlignment.CENTER);
    }
    long max = chart.max();
    for (int m = 0; m < months; m++) {
      YearMonth month = first.plusMonths(m);
      XWPFTableRow row = table.getRow(m + 1);
      row.setCantSplitRow(true);
      cell(row.getCell(0), widths[0], Kind.CALENDAR_CELL, labels.month(month, withYear), ParagraphAlignment.CENTER);
      for (int d = 1; d <= 31; d++) {
        XWPFTableCell cell = row.getCell(d);
        if (d > month.lengthOfMonth() || month.atDay(d).isBefore(chart.start()) || month.atDay(d).isAfter(chart.end())) {
          cell(cell, widths[d], Kind.CALENDAR_CELL, "", ParagraphAlignment.CENTER);
          shade(cell, OUTSIDE);
          continue;
        }
        long count = chart.count(month.atDay(d));
        XWPFParagraph p =
            cell(cell, widths[d], Kind.CALENDAR_CELL, count == 0 ? "" : labels.integer(count), ParagraphAlignment.CENTER);
        if (count > 0) {
          int step = (int) Math.min(SHADES.length - 1, (count * SHADES.length - 1) / max);
          shade(cell, SHADES[step]);
          if (step >= 2) {
            for (XWPFRun run : p.getRuns()) {
              run.setColor("FFFFFF");
            }
          }
        }
      }
    }
    paragraph(Kind.NOTE, labels.calendarNote());
    return null;
  }

  private XWPFParagraph paragraph(Kind kind, String text) {
    return Ooxml.paragraph(document, kind, text);
  }

  /** A full-width table with a repeated header row; {@code numeric} columns right-aligned. */
  private void grid(List<String> header, List<List<String>> rows, IntPredicate numeric) {
    int columns = header.size();
    XWPFTable table = document.createTable(rows.size() + 1, columns);
    int[] widths = columnWidths(header, rows);
    frame(table, widths);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int c = 0; c < columns; c++) {
      cell(head.getCell(c), widths[c], Kind.TABLE_HEADER, header.get(c), ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      for (int c = 0; c < columns; c++) {
        cell(row.getCell(c), widths[c], Kind.TABLE_CELL, rows.get(r).get(c),
            numeric.test(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      }
    }
  }

  /**
   * Column widths in twips summing to the text block's width: each column what its widest cell
   * needs in 小四 (a header may take two lines, a cell's text up to 24 half-ems on one line) plus the
   * cell's margins; room left over is shared in proportion, a shortfall taken in proportion.
   */
  private static int[] columnWidths(List<String> header, List<List<String>> rows) {
    int columns = header.size();
    long[] need = new long[columns];
    long total = 0;
    for (int c = 0; c < columns; c++) {
      int halfEms = Math.max(4, (Widths.of(header.get(c)) + 1) / 2);
      for (List<String> row : rows) {
        halfEms = Math.max(halfEms, Math.min(24, Widths.of(row.get(c))));
      }
      need[c] = (halfEms + 1) * HALF_EM_SMALL_FOUR + CELL_MARGINS;
      total += need[c];
    }
    int[] widths = new int[columns];
    int used = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = (int) (Page.TEXT_WIDTH * need[c] / total);
      used += widths[c];
    }
    widths[0] += Page.TEXT_WIDTH - used;
    return widths;
  }

  /** Gives a table the text block's width, fixed column widths and single black borders. */
  private static void frame(XWPFTable table, int[] widths) {
    CTTbl ct = table.getCTTbl();
    CTTblPr tblPr = ct.getTblPr();
    width(tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW(), Page.TEXT_WIDTH);
    tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    tblPr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
    for (XWPFTable.XWPFBorderType type : new XWPFTable.XWPFBorderType[] {XWPFTable.XWPFBorderType.SINGLE}) {
      table.setTopBorder(type, 4, 0, BLACK);
      table.setBottomBorder(type, 4, 0, BLACK);
      table.setLeftBorder(type, 4, 0, BLACK);
      table.setRightBorder(type, 4, 0, BLACK);
      table.setInsideHBorder(type, 4, 0, BLACK);
      table.setInsideVBorder(type, 4, 0, BLACK);
    }
    gridColumns(ct, widths);
  }

  private static XWPFParagraph cell(XWPFTableCell cell, int width, Kind kind, String text, ParagraphAlignment alignment) {
    cellWidth(cell, width);
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    apply(paragraph, kind);
    paragraph.setAlignment(alignment);
    if (!text.isEmpty()) {
      run(paragraph, kind, text);
    }
    return paragraph;
  }

  private static void shade(XWPFTableCell cell, String fill) {
    CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTShd shd = tcPr.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(fill);
  }
}
