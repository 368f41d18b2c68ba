package io.github.zouliucheng.walk.report.office.ledger;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of a ledger, created once per workbook. */
final class Styles {
  final CellStyle header;
  final CellStyle text;
  /** Text that could be taken for a formula: the quote prefix keeps it text when edited. */
  final CellStyle quotedText;
  final CellStyle count;
  final CellStyle decimal;
  final CellStyle percent;
  final CellStyle date;

  Styles(Workbook workbook) {
    DataFormat format = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = workbook.createCellStyle();
    text.setDataFormat(format.getFormat("@"));
    quotedText = workbook.createCellStyle();
    quotedText.setDataFormat(format.getFormat("@"));
    quotedText.setQuotePrefixed(true);
    count = workbook.createCellStyle();
    count.setDataFormat(format.getFormat("#,##0"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(format.getFormat("#,##0.00"));
    percent = workbook.createCellStyle();
    percent.setDataFormat(format.getFormat("0.0%"));
    date = workbook.createCellStyle();
    date.setDataFormat(format.getFormat("yyyy-mm-dd"));
  }
}
