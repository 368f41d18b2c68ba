package io.github.zouliucheng.walk.sheet.xlsx;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.sheet.SheetCell;
import io.github.zouliucheng.walk.sheet.SheetData;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetImportException;
import io.github.zouliucheng.walk.sheet.SheetLayout;
import io.github.zouliucheng.walk.sheet.SheetProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Imports walk records from an Excel .xlsx workbook: a records sheet (走流程纪实) and, optionally, a
 * roster sheet (班子成员), laid out as {@code io.github.zouliucheng.walk.sheet} describes, read as the
 * {@linkplain io.github.zouliucheng.walk.sheet.xlsx package documentation} says.
 *
 * <pre>{@code
 * SheetImport.Result result =
 *     XlsxImport.from(Path.of("2023年第一季度走流程纪实表.xlsx")).period(Period.parse("2023-Q1")).read();
 * result.problems().forEach(System.out::println);
 * Dataset dataset = result.dataset();
 * }</pre>
 *
 * <p>Strict by default: columns the layout does not know are errors unless {@link
 * #ignoringUnknownColumns()}. Instances are immutable and thread-safe; each method returns a copy.
 */
public final class XlsxImport {

  /** The class-path location of the blank template, with both sheets, hints and value lists. */
  public static final String TEMPLATE_RESOURCE =
      "/io/github/zouliucheng/walk/sheet/xlsx/walk-record-template.xlsx";

  /** The class-path location of the filled example: a quarter of a city's walk records. */
  public static final String EXAMPLE_RESOURCE =
      "/io/github/zouliucheng/walk/sheet/xlsx/walk-record-example.xlsx";

  private static final Set<String> RECORD_SHEETS = Set.of(key(SheetLayout.RECORDS_SHEET), key("走流程纪实表"));
  private static final Set<String> ROSTER_SHEETS = Set.of(key(SheetLayout.ROSTER_SHEET), key("班子成员名单"));
  private static final Set<String> INSTRUCTION_SHEETS = Set.of(key("填写说明"), key("说明"));

  private final @Nullable Path path;
  private final @Nullable InputStream in;
  private final String name;
  private final @Nullable Period period;
  private final boolean ignoreUnknown;

  private XlsxImport(
      @Nullable Path path, @Nullable InputStream in, String name, @Nullable Period period, boolean ignoreUnknown) {
    this.path = path;
    this.in = in;
    this.name = name;
    this.period = period;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** Returns an import of the workbook at {@code file}. */
  public static XlsxImport from(Path file) {
    requireNonNull(file, "file");
    Path fileName = file.getFileName();
    return new XlsxImport(file, null, fileName == null ? file.toString() : fileName.toString(), null, false);
  }

  /**
   * Returns an import of the workbook read from {@code in}, which {@link #read()} reads to the end
   * but does not close; problems with the workbook as a whole name it {@code name}.
   */
  public static XlsxImport from(InputStream in, String name) {
    return new XlsxImport(null, requireNonNull(in, "in"), requireNonNull(name, "name"), null, false);
  }

  /** Returns a copy that imports into a dataset of {@code period}; required before {@link #read()}. */
  public XlsxImport period(Period period) {
    return new XlsxImport(path, in, name, requireNonNull(period, "period"), ignoreUnknown);
  }

  /** Returns a copy that ignores columns the layout does not know, instead of reporting them. */
  public XlsxImport ignoringUnknownColumns() {
    return new XlsxImport(path, in, name, period, true);
  }

  /**
   * Reads the workbook and imports it, as {@link SheetImport#read()} does.
   *
   * @throws IOException if the file or stream cannot be read
   * @throws IllegalStateException if no period was set
   * @throws SheetImportException if the bytes are not an .xlsx workbook (an old .xls workbook
   *     included), or a sheet cannot be imported at all (see {@link SheetImport#read()})
   */
  public SheetImport.Result read() throws IOException {
    if (period == null) {
      throw new IllegalStateException("period is required: set it with period(Period.parse(\"2023-Q1\"))");
    }
    SheetData records;
    Optional<SheetData> roster;
    try (InputStream stream = path != null ? Files.newInputStream(path) : new Unclosed(Objects.requireNonNull(in));
        XSSFWorkbook workbook = open(stream)) {
      Sheet rosterSheet = null;
      Sheet recordSheet = null;
      for (Sheet s : workbook) {
        String k = key(s.getSheetName());
        if (recordSheet == null && RECORD_SHEETS.contains(k)) {
          recordSheet = s;
        } else if (rosterSheet == null && ROSTER_SHEETS.contains(k)) {
          rosterSheet = s;
        }
      }
      if (recordSheet == null) {
        for (Sheet s : workbook) {
          String k = key(s.getSheetName());
          if (s != rosterSheet && !INSTRUCTION_SHEETS.contains(k)) {
            recordSheet = s;
            break;
          }
        }
      }
      if (recordSheet == null) {
        throw fatal("the workbook has no records sheet: name a sheet " + SheetLayout.RECORDS_SHEET);
      }
      boolean date1904 = workbook.isDate1904();
      records = sheet(recordSheet, date1904);
      roster = rosterSheet == null ? Optional.empty() : Optional.of(sheet(rosterSheet, date1904));
    }
    SheetImport s = SheetImport.of(records).period(period);
    if (roster.isPresent()) {
      s = s.roster(roster.get());
    }
    return (ignoreUnknown ? s.ignoringUnknownColumns() : s).read();
  }

  private XSSFWorkbook open(InputStream stream) throws IOException {
    try {
      return new XSSFWorkbook(stream);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw fatal("it is an Excel 97-2003 .xls workbook, which is not read; save it as .xlsx");
    } catch (EmptyFileException e) {
      throw fatal("the file is empty");
    } catch (POIXMLException | IllegalArgumentException e) {
      throw fatal("it is not an Excel .xlsx workbook (" + e.getMessage() + ")");
    }
  }

  private SheetImportException fatal(String why) {
    return new SheetImportException(
        List.of(
            SheetProblem.builder()
                .sheet(name)
                .rule(Rule.INVALID_VALUE)
                .message(why + "; nothing is imported")
                .build()));
  }

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

  /** Returns the location of the blank template in this library's jar. */
  public static URL template() {
    return Objects.requireNonNull(XlsxImport.class.getResource(TEMPLATE_RESOURCE), "the template is missing from the jar");
  }

  /** Returns the location of the filled example in this library's jar. */
  public static URL example() {
    return Objects.requireNonNull(XlsxImport.class.getResource(EXAMPLE_RESOURCE), "the example is missing from the jar");
  }

  private static String key(String sheetName) {
    return Normalizer.normalize(sheetName, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** A stream that leaves the caller's stream open. */
  private static final class Unclosed extends java.io.FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
