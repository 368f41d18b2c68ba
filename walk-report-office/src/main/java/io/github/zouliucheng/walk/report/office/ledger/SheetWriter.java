package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one table as a sheet, row by row and cell by cell, streamed: a header row, then data rows.
 * A table longer than a sheet continues on new sheets with the same header (名（续2）, …); a text
 * longer than a cell keeps its first part in the cell and the rest in the book's sheet of long
 * texts. Nothing is dropped.
 *
 * <p>Every text is a string cell, never a formula; a text that starts like a formula is also given a
 * quote prefix ({@link CellText#looksLikeFormula}). Numbers and dates are numeric cells with a
 * number format. Absent values are left blank.
 */
final class SheetWriter {
  /** The most characters a cell holds. */
  static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  /** Column widths stop growing at this many display columns. */
  private static final int MAX_WIDTH = 60;

  private final Book book;
  private final String name;
  private final String[] headers;
  private final boolean spillLongTexts;
  private final int[] widths;
  private final List<SXSSFSheet> parts = new ArrayList<>();
  /** The index of the last row of each full part; the last part's is {@code nextRow - 1}. */
  private final List<Integer> lastRows = new ArrayList<>();
  private SXSSFSheet sheet;
  private int nextRow;
  private long dataRows;
  private @Nullable SXSSFRow row;
  private int column;

  SheetWriter(Book book, String name, String[] headers, boolean spillLongTexts) {
    this.book = book;
    this.name = name;
    this.headers = headers.clone();
    this.spillLongTexts = spillLongTexts;
    this.widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = CellText.displayWidth(headers[i], MAX_WIDTH) + 2; // room for the filter's button
    }
    this.sheet = newPart();
  }

  private SXSSFSheet newPart() {
    String partName =
        parts.isEmpty() ? name : name + book.t("（续" + (parts.size() + 1) + "）", " (" + (parts.size() + 1) + ")");
    SXSSFSheet part = book.workbook.createSheet(partName);
    SXSSFRow header = part.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(headers[i]);
      cell.setCellStyle(book.styles.header);
    }
    parts.add(part);
    nextRow = 1;
    return part;
  }

  /** Starts a new data row; the cells that follow fill it from the first column. */
  void row() {
    if (nextRow >= book.maxRows) {
      lastRows.add(nextRow - 1);
      sheet = newPart();
    }
    row = sheet.createRow(nextRow++);
    column = 0;
    dataRows++;
  }

  /** Returns the number of data rows written, over all parts. */
  long dataRows() {
    return dataRows;
  }

  /** Returns the sheets written: the first, then its continuations. */
  List<SXSSFSheet> parts() {
    return parts;
  }

  private Cell cell(CellStyle style, int width) {
    if (row == null || column >= headers.length) {
      throw new IllegalStateException("no room for a cell: row started " + (row != null) + ", column " + column + " of " + headers.length);
    }
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    widths[column] = Math.max(widths[column], Math.min(width, MAX_WIDTH));
    column++;
    return cell;
  }

  /** Leaves the next cell blank. */
  SheetWriter blank() {
    if (column >= headers.length) {
      throw new IllegalStateException("no room for a cell: column " + column + " of " + headers.length);
    }
    column++;
    return this;
  }

  /** Writes a text; an empty text leaves the cell blank. */
  SheetWriter text(String text) {
    if (text.isEmpty()) {
      return blank();
    }
    String kept = text;
    int at = column;
    if (spillLongTexts && text.length() > MAX_CELL_TEXT) {
      String marker = book.continuedMarker();
      int end = cut(text, 0, MAX_CELL_TEXT - marker.length());
      kept = text.substring(0, end) + marker;
      String cellName = new CellReference(nextRow - 1, at, false, false).formatAsString();
      int part = 2;
      for (int start = end; start < text.length(); part++) {
        int stop = cut(text, start, MAX_CELL_TEXT);
        book.longText(sheet.getSheetName(), cellName, part, text.substring(start, stop));
        start = stop;
      }
    }
    boolean quoted = CellText.looksLikeFormula(kept);
    Cell cell = cell(quoted ? book.styles.quotedText : book.styles.text, CellText.displayWidth(kept, MAX_WIDTH));
    cell.setCellValue(kept);
    return this;
  }

  /** Returns the end of a part of at most {@code length} characters from {@code start}, never inside a surrogate pair. */
  private static int cut(String text, int start, int length) {
    int end = Math.min(text.length(), start + length);
    if (end < text.length() && end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Writes a text if present, else leaves the cell blank. */
  SheetWriter text(Optional<String> text) {
    return text.isPresent() ? text(text.get()) : blank();
  }

  /** Writes a whole number. */
  SheetWriter count(long value) {
    cell(book.styles.count, String.format(Locale.ROOT, "%,d", value).length()).setCellValue((double) value);
    return this;
  }

  /** Writes a whole number if present, else leaves the cell blank. */
  SheetWriter count(OptionalLong value) {
    return value.isPresent() ? count(value.getAsLong()) : blank();
  }

  /** Writes a decimal number. */
  SheetWriter decimal(BigDecimal value) {
    cell(book.styles.decimal, value.toPlainString().length() + 2).setCellValue(value.doubleValue());
    return this;
  }

  /** Writes a decimal number if present, else leaves the cell blank. */
  SheetWriter decimal(Optional<BigDecimal> value) {
    return value.isPresent() ? decimal(value.get()) : blank();
  }

  /** Writes a share as a fraction shown in percent; an undefined share (0 of 0) leaves the cell blank. */
  SheetWriter percent(Ratio ratio) {
    if (ratio.isUndefined()) {
      return blank();
    }
    cell(book.styles.percent, 7).setCellValue(ratio.value());
    return this;
  }

  /** Writes a date. */
  SheetWriter date(LocalDate date) {
    cell(book.styles.date, 10).setCellValue(date);
    return this;
  }

  /** Writes a date if present, else leaves the cell blank. */
  SheetWriter date(Optional<LocalDate> date) {
    return date.isPresent() ? date(date.get()) : blank();
  }

  /** Writes yes or no, in the ledger's language. */
  SheetWriter yesNo(boolean value) {
    return text(value ? book.t("是", "yes") : book.t("否", "no"));
  }

  /** Sets the column widths, freezes the header row and puts a filter on every part. */
  void finish() {
    lastRows.add(nextRow - 1);
    for (int p = 0; p < parts.size(); p++) {
      SXSSFSheet part = parts.get(p);
      for (int i = 0; i < widths.length; i++) {
        part.setColumnWidth(i, Math.min(255, widths[i] + 1) * 256);
      }
      part.createFreezePane(0, 1);
      part.setAutoFilter(new CellRangeAddress(0, lastRows.get(p), 0, headers.length - 1));
    }
  }
}
