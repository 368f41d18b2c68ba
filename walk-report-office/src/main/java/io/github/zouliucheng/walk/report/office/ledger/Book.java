package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.model.Coded;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The workbook being written: its styles, its language, its sheets in order, and the sheet of long
 * texts that holds the rest of any text longer than a cell can take.
 */
final class Book {
  final SXSSFWorkbook workbook;
  final Styles styles;
  final boolean english;
  /** Rows per sheet, the header included; a sheet that fills up continues on a new one. */
  final int maxRows;

  private final List<SheetWriter> sheets = new ArrayList<>();
  private @Nullable SheetWriter longTexts;

  Book(SXSSFWorkbook workbook, boolean english, int maxRows) {
    this.workbook = workbook;
    this.styles = new Styles(workbook);
    this.english = english;
    this.maxRows = maxRows;
  }

  /** Returns the text in the ledger's language. */
  String t(String zh, String en) {
    return english ? en : zh;
  }

  /** Returns the label of a coded value in the ledger's language. */
  String label(Coded coded) {
    return english ? coded.en() : coded.zh();
  }

  /** Joins items of a list (names, identifiers) with the language's enumeration comma. */
  String join(Iterable<String> items) {
    return join(items, t("、", ", "));
  }

  /** Joins sentences or phrases (measures, effects) with the language's semicolon. */
  String joinPhrases(Iterable<String> items) {
    return join(items, t("；", "; "));
  }

  private static String join(Iterable<String> items, String separator) {
    Iterator<String> it = items.iterator();
    if (!it.hasNext()) {
      return "";
    }
    StringBuilder b = new StringBuilder(it.next());
    while (it.hasNext()) {
      b.append(separator).append(it.next());
    }
    return b.toString();
  }

  /** Starts a sheet with a header row of {@code columns}, each {@code {zh, en}}. */
  SheetWriter sheet(String zh, String en, String[][] columns) {
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      headers[i] = t(columns[i][0], columns[i][1]);
    }
    SheetWriter sheet = new SheetWriter(this, t(zh, en), headers, true);
    sheets.add(sheet);
    return sheet;
  }

  /** Returns the marker that ends the part of a long text kept in its cell. */
  String continuedMarker() {
    return t("……（未完，续见“超长文本”表）", "... (continued in sheet \"Long texts\")");
  }

  /** Records one further part of a text too long for its cell, in the sheet of long texts. */
  void longText(String sheetName, String cell, int part, String text) {
    if (longTexts == null) {
      longTexts =
          new SheetWriter(
              this,
              t("超长文本", "Long texts"),
              new String[] {t("工作表", "Sheet"), t("单元格", "Cell"), t("段", "Part"), t("内容", "Text")},
              false);
    }
    longTexts.row();
    longTexts.text(sheetName).text(cell).count(part).text(text);
  }

  /**
   * Finishes every sheet (widths, frozen header, filters) and puts the sheets in their order: each
   * sheet followed by its continuations, the sheet of long texts last.
   */
  void finish() {
    List<SheetWriter> all = new ArrayList<>(sheets);
    if (longTexts != null) {
      all.add(longTexts);
    }
    int position = 0;
    for (SheetWriter sheet : all) {
      sheet.finish();
      for (SXSSFSheet part : sheet.parts()) {
        workbook.setSheetOrder(part.getSheetName(), position++);
      }
    }
    workbook.setActiveSheet(0);
    workbook.setSelectedTab(0);
  }
}
