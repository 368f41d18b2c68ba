package io.github.zouliucheng.walk.sheet.xlsx;

import io.github.zouliucheng.walk.sheet.SheetLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbooks this module ships and tests with: the blank template, the filled example,
 * and the example with deliberate errors. Run it to regenerate them after the layout changes:
 *
 * <pre>
 * mvn -B -ntp -q -pl walk-import-xlsx -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp walk-import-xlsx/target/test-classes:walk-import-xlsx/target/classes:$(cat /tmp/cp.txt) \
 *     io.github.zouliucheng.walk.sheet.xlsx.WorkbookFiles \
 *     walk-import-xlsx/src/main/resources/io/github/zouliucheng/walk/sheet/xlsx walk-import-xlsx/src/test/resources
 * </pre>
 *
 * {@code WorkbookFilesTest} checks that the checked-in files hold what this class writes.
 */
final class WorkbookFiles {
  static final String TEMPLATE = "walk-record-template.xlsx";
  static final String EXAMPLE = "walk-record-example.xlsx";
  static final String WITH_ERRORS = "walk-record-example-with-errors.xlsx";
  private static final int VALIDATED_ROWS = 1000;
  private static final Date CREATED = Date.from(LocalDateTime.of(2023, 4, 1, 0, 0).toInstant(ZoneOffset.UTC));

  private WorkbookFiles() {}

  /** Writes the template and the example into {@code args[0]}, the example with errors into {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    Path main = Path.of(args[0]);
    Path test = Path.of(args[1]);
    write(template(), main.resolve(TEMPLATE));
    write(example(), main.resolve(EXAMPLE));
    write(withErrors(), test.resolve(WITH_ERRORS));
  }

  static void write(XSSFWorkbook workbook, Path file) throws IOException {
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  static XSSFWorkbook template() {
    Book book = new Book();
    book.records(List.of());
    book.roster(List.of());
    book.instructions();
    return book.workbook;
  }

  static XSSFWorkbook example() {
    Book book = new Book();
    book.records(ExampleData.RECORDS);
    book.roster(ExampleData.ROSTER);
    book.instructions();
    return book.workbook;
  }

  static XSSFWorkbook withErrors() {
    Book book = new Book();
    book.title = Optional.of("2023年第一季度领导干部“走流程”纪实表（含错误示例）");
    book.records(ExampleData.RECORDS_WITH_ERRORS);
    book.roster(ExampleData.ROSTER_WITH_ERRORS);
    return book.workbook;
  }

  /** One row of a sheet: cell values by header, and headers whose cells merge with the rows below. */
  static final class Line {
    final Map<String, Object> cells = new LinkedHashMap<>();
    int mergeDown;

    static Line of(Object... headersAndValues) {
      Line line = new Line();
      for (int i = 0; i < headersAndValues.length; i += 2) {
        line.cells.put((String) headersAndValues[i], headersAndValues[i + 1]);
      }
      return line;
    }

    /** Merges this row's walk cells with the next {@code rows} rows, whose walk cells are left blank. */
    Line mergedDown(int rows) {
      mergeDown = rows;
      return this;
    }
  }

  /** A workbook being written, with its styles. */
  private static final class Book {
    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle required;
    final CellStyle optional;
    final CellStyle text;
    final CellStyle date;
    final CellStyle time;
    final CellStyle titleStyle;
    Optional<String> title = Optional.empty();

    Book() {
      workbook.getProperties().getCoreProperties().setCreator("walk-sdk");
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
      Font bold = workbook.createFont();
      bold.setBold(true);
      required = header(bold, IndexedColors.LIGHT_ORANGE);
      optional = header(bold, IndexedColors.GREY_25_PERCENT);
      text = workbook.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      date = workbook.createCellStyle();
      date.cloneStyleFrom(text);
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      time = workbook.createCellStyle();
      time.cloneStyleFrom(text);
      time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      titleStyle = workbook.createCellStyle();
      titleStyle.setFont(big);
      titleStyle.setAlignment(HorizontalAlignment.CENTER);
    }

    private CellStyle header(Font font, IndexedColors color) {
      CellStyle s = workbook.createCellStyle();
      s.setFont(font);
      s.setFillForegroundColor(color.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderBottom(BorderStyle.THIN);
      s.setWrapText(true);
      s.setAlignment(HorizontalAlignment.CENTER);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      return s;
    }

    void records(List<Line> lines) {
      sheet(SheetLayout.RECORDS_SHEET, SheetLayout.records(), lines, 3);
    }

    void roster(List<Line> lines) {
      sheet(SheetLayout.ROSTER_SHEET, SheetLayout.roster(), lines, 1);
    }

    private void sheet(String name, List<SheetLayout.Column> columns, List<Line> lines, int frozenColumns) {
      Sheet sheet = workbook.createSheet(name);
      int headerRow = 0;
      if (title.isPresent()) {
        Row t = sheet.createRow(0);
        Cell c = t.createCell(0);
        c.setCellValue(title.get());
        c.setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        headerRow = 1;
      }
      Row header = sheet.createRow(headerRow);
      header.setHeightInPoints(36);
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      DataValidationHelper validations = sheet.getDataValidationHelper();
      for (int i = 0; i < columns.size(); i++) {
        SheetLayout.Column column = columns.get(i);
        Cell cell = header.createCell(i);
        cell.setCellValue(column.header());
        cell.setCellStyle(column.requiredWithoutRoster() ? required : optional);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(i);
        anchor.setCol2(i + 3);
        anchor.setRow1(headerRow);
        anchor.setRow2(headerRow + 5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(note(column)));
        comment.setAuthor("walk-sdk");
        cell.setCellComment(comment);
        sheet.setColumnWidth(i, 256 * Math.max(10, Math.min(40, column.header().length() * 2 + 4)));
        switch (column.valueKind()) {
          case DATE:
            sheet.setDefaultColumnStyle(i, date);
            break;
          case TIME:
            sheet.setDefaultColumnStyle(i, time);
            break;
          default:
            sheet.setDefaultColumnStyle(i, text);
        }
        if (column.valueKind() == SheetLayout.ValueKind.ONE_OF || column.valueKind() == SheetLayout.ValueKind.YES_NO) {
          DataValidationConstraint constraint =
              validations.createExplicitListConstraint(column.allowedValues().toArray(new String[0]));
          DataValidation v =
              validations.createValidation(
                  constraint, new CellRangeAddressList(headerRow + 1, headerRow + VALIDATED_ROWS, i, i));
          v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
          v.setShowErrorBox(true);
          v.createErrorBox("取值提示", "请从下拉列表中选择：" + String.join("、", column.allowedValues()));
          v.setShowPromptBox(false);
          sheet.addValidationData(v);
        }
      }
      sheet.createFreezePane(frozenColumns, headerRow + 1);
      int r = headerRow + 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < columns.size(); i++) {
          Object value = line.cells.get(columns.get(i).header());
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (value instanceof LocalDate) {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(date);
          } else if (value instanceof LocalTime) {
            cell.setCellValue(LocalDate.of(1899, 12, 31).atTime((LocalTime) value));
            cell.setCellStyle(time);
          } else if (value instanceof Number) {
            cell.setCellValue(((Number) value).doubleValue());
          } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(text);
          }
        }
        if (line.mergeDown > 0) {
          for (int i = 0; i < columns.size(); i++) {
            if (isWalkColumn(columns.get(i)) && line.cells.containsKey(columns.get(i).header())) {
              sheet.addMergedRegion(new CellRangeAddress(r, r + line.mergeDown, i, i));
            }
          }
        }
        r++;
      }
    }

    void instructions() {
      Sheet sheet = workbook.createSheet("填写说明");
      String[] head = {"表", "列", "是否必填", "填写说明", "可选值"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < head.length; i++) {
        Cell c = h.createCell(i);
        c.setCellValue(head[i]);
        c.setCellStyle(required);
      }
      int r = 1;
      for (String name : List.of(SheetLayout.RECORDS_SHEET, SheetLayout.ROSTER_SHEET)) {
        List<SheetLayout.Column> columns =
            name.equals(SheetLayout.RECORDS_SHEET) ? SheetLayout.records() : SheetLayout.roster();
        for (SheetLayout.Column column : columns) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(name);
          row.createCell(1).setCellValue(column.header());
          row.createCell(2)
              .setCellValue(column.required() ? "必填" : column.requiredWithoutRoster() ? "无“班子成员”表时必填" : "可选");
          row.createCell(3).setCellValue(column.hint());
          row.createCell(4).setCellValue(String.join("、", column.allowedValues()));
          for (int i = 0; i < head.length; i++) {
            row.getCell(i).setCellStyle(text);
          }
        }
      }
      sheet.setColumnWidth(0, 256 * 12);
      sheet.setColumnWidth(1, 256 * 22);
      sheet.setColumnWidth(2, 256 * 20);
      sheet.setColumnWidth(3, 256 * 70);
      sheet.setColumnWidth(4, 256 * 50);
      sheet.createFreezePane(0, 1);
    }
  }

  private static String note(SheetLayout.Column column) {
    List<String> lines = new ArrayList<>();
    lines.add(column.required() ? "必填" : column.requiredWithoutRoster() ? "无“班子成员”表时必填" : "可选");
    lines.add(column.hint());
    if (!column.allowedValues().isEmpty()) {
      lines.add("可选值：" + String.join("、", column.allowedValues()));
    }
    return String.join("\n", lines);
  }

  private static boolean isWalkColumn(SheetLayout.Column column) {
    int index = SheetLayout.records().indexOf(column);
    int firstFinding = SheetLayout.recordHeaders().indexOf("问题编号");
    return index >= 0 && index < firstFinding;
  }
}
