package io.github.zouliucheng.walk.sheet.xlsx;

import io.github.zouliucheng.walk.sheet.SheetCell;
import io.github.zouliucheng.walk.sheet.SheetData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet through POI's user model ({@code XSSFWorkbook}), as {@link XlsxImport} did before it
 * streamed the sheets: the reference that {@link WorkbookReader}'s cells are compared with.
 */
final class UserModelSheets {
  private UserModelSheets() {}

  /** Returns the cells of {@code sheet}, with cells merged down repeated on each row. */
  static SheetData sheet(Sheet sheet, boolean date1904) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<SheetCell> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(cell(row.getCell(c), date1904));
        }
      }
      rows.add(cells);
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      int first = merged.getFirstRow();
      int column = merged.getFirstColumn();
      if (first >= rows.size() || column >= rows.get(first).size()) {
        continue;
      }
      SheetCell top = rows.get(first).get(column);
      for (int r = first + 1; r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
        List<SheetCell> cells = rows.get(r);
        while (cells.size() <= column) {
          cells.add(SheetCell.blank());
        }
        if (cells.get(column).isBlank()) {
          cells.set(column, top);
        }
      }
    }
    return SheetData.of(sheet.getSheetName(), rows);
  }

  private static SheetCell cell(@Nullable Cell cell, boolean date1904) {
    if (cell == null) {
      return SheetCell.blank();
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return SheetCell.text(cell.getStringCellValue());
      case NUMERIC:
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
          return SheetCell.dateTime(DateUtil.getLocalDateTime(value, date1904, true));
        }
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        return SheetCell.number(number.scale() < 0 ? number.setScale(0) : number);
      case BOOLEAN:
        return SheetCell.bool(cell.getBooleanCellValue());
      case ERROR:
        return SheetCell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
      default:
        return SheetCell.blank();
    }
  }
}
