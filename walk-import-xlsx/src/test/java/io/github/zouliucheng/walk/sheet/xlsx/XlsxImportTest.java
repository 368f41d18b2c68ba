package io.github.zouliucheng.walk.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetImportException;
import io.github.zouliucheng.walk.sheet.SheetLayout;
import io.github.zouliucheng.walk.sheet.SheetProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

final class XlsxImportTest {
  private static final Period Q1 = Period.parse("2023-Q1");
  private static final Path TEST_RESOURCES = Path.of("src/test/resources");

  private static SheetImport.Result example() throws IOException {
    try (InputStream in = XlsxImport.example().openStream()) {
      return XlsxImport.from(in, WorkbookFiles.EXAMPLE).period(Q1).read();
    }
  }

  private static Walk walk(Dataset d, String id) {
    return d.walks().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void example_importsWithoutAProblem() throws IOException {
    SheetImport.Result result = example();

    assertThat(result.problems()).isEmpty();
    Dataset d = result.dataset();
    assertThat(d.roster().units()).hasSize(9);
    assertThat(d.roster().members()).hasSize(16);
    assertThat(d.walks()).hasSize(17);
    // per walk as ExampleData writes them: 2023-001, -008 and -012 have two findings; -002, -007, -013 and -017 none
    assertThat(d.walks()).extracting(w -> w.findings().size())
        .containsExactly(2, 0, 1, 1, 1, 1, 0, 2, 1, 1, 1, 2, 0, 1, 1, 1, 0);
  }

  @Test
  void example_mergedWalkCells_countOnEveryFindingRow() throws IOException {
    Walk w = walk(example().dataset(), "2023-012");

    assertThat(w.findings()).extracting(Finding::id).containsExactly("2023-012#1", "2023-012#2");
    Finding second = w.findings().get(1);
    assertThat(second.foundOn()).isEqualTo(LocalDate.of(2023, 3, 15));
    assertThat(second.status()).isEqualTo(RectificationStatus.OPEN);
    assertThat(second.rectification().orElseThrow().deadline()).contains(LocalDate.of(2023, 4, 15));
  }

  @Test
  void example_excelDatesAndTimes_andDatesWrittenAsText() throws IOException {
    Dataset d = example().dataset();

    Walk first = walk(d, "2023-001");
    assertThat(first.date()).isEqualTo(LocalDate.of(2023, 2, 14));
    assertThat(first.startTime()).contains(LocalTime.of(8, 40));
    assertThat(first.endTime()).contains(LocalTime.of(11, 15));
    assertThat(first.findings().get(0).rectification().orElseThrow().closedOn()).contains(LocalDate.of(2023, 2, 28));
    assertThat(walk(d, "2023-016").date()).isEqualTo(LocalDate.of(2023, 3, 28));
    assertThat(walk(d, "2023-017").date()).isEqualTo(LocalDate.of(2023, 3, 29));
  }

  @Test
  void exampleWithErrors_keepsTheGoodRecords_andListsEveryProblem() throws IOException {
    SheetImport.Result result =
        XlsxImport.from(TEST_RESOURCES.resolve(WorkbookFiles.WITH_ERRORS)).period(Q1).read();

    assertThat(result.dataset().walks()).extracting(Walk::id).containsExactly("E-01", "E-06");
    String listed = result.problems().stream().map(p -> p + "\n").collect(Collectors.joining());
    assertThat(listed)
        .isEqualTo(Files.readString(TEST_RESOURCES.resolve("walk-record-example-with-errors.problems.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void read_typedCells_numbersBooleansFormulasAndThe1904DateSystem() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      (w.getCTWorkbook().isSetWorkbookPr() ? w.getCTWorkbook().getWorkbookPr() : w.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
      assertThat(w.isDate1904()).isTrue();
      Sheet s = w.createSheet("Sheet1");
      Row header = s.createRow(0);
      List<String> headers = List.of("记录编号", "单位", "姓名", "职务", "日期", "体验地点", "体验事项", "事项类型", "体验方式", "体验身份", "体验方法", "明查/暗访", "四不两直", "全程/部分", "发现问题", "问题类别");
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      CellStyle date = w.createCellStyle();
      date.setDataFormat(w.createDataFormat().getFormat("yyyy/m/d"));
      for (int r = 1; r <= 2; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(r); // numeric 记录编号
        row.createCell(1).setCellValue("桦南县");
        row.createCell(2).setCellValue("王明");
        row.createCell(3).setCellValue("县长");
        if (r == 1) {
          row.createCell(4).setCellValue(LocalDate.of(2023, 2, 14));
          row.getCell(4).setCellStyle(date);
        } else {
          row.createCell(4).setCellValue(20230215); // an 8-digit number
        }
        row.createCell(5).setCellValue("医保窗口");
        row.createCell(6).setCellFormula("\"医保\"&\"报销\"");
        row.createCell(7).setCellValue("简单");
        row.createCell(8).setCellValue("实地履职");
        row.createCell(9).setCellValue("群众");
        row.createCell(10).setCellValue("亲自经办");
        row.createCell(11).setCellValue("暗访");
        row.createCell(12).setCellValue(r == 1);
      }
      w.getCreationHelper().createFormulaEvaluator().evaluateAll();
      row(s, 1).createCell(13).setCellValue("全程办");
      row(s, 2).createCell(13).setCellValue("部分办");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out);
      bytes = out.toByteArray();
    }

    Dataset d = XlsxImport.from(new ByteArrayInputStream(bytes), "typed.xlsx").period(Q1).read().orElseThrow();

    assertThat(d.walks()).extracting(Walk::id).containsExactly("1", "2");
    assertThat(d.walks()).extracting(Walk::date).containsExactly(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 15));
    assertThat(d.walks()).extracting(w -> w.matters().get(0).name()).containsExactly("医保报销", "医保报销");
    assertThat(d.walks()).extracting(Walk::fourNoTwoStraight).containsExactly(true, false);
  }

  private static Row row(Sheet s, int r) {
    return s.getRow(r);
  }

  @Test
  void read_findsTheRecordsSheetByName_orTheFirstSheetThatIsNotRosterOrInstructions() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      w.createSheet("填写说明").createRow(0).createCell(0).setCellValue("说明文字");
      Sheet roster = w.createSheet("班子成员名单");
      List<String> rosterHeaders = List.of("单位", "单位类别", "姓名", "职务");
      List<String> member = List.of("桦南县", "县（市）区", "王明", "县长");
      Sheet records = w.createSheet("Sheet1");
      List<String> headers = List.of("单位", "姓名", "日期", "体验地点", "体验事项", "事项类型", "体验方式", "体验身份", "体验方法", "明查/暗访", "全程/部分", "发现问题", "问题类别");
      List<String> walk = List.of("桦南县", "王明", "2023-02-14", "医保窗口", "医保报销", "简单", "实地履职", "群众", "亲自经办", "暗访", "全程办");
      for (int i = 0; i < rosterHeaders.size(); i++) {
        row(roster, 0, true).createCell(i).setCellValue(rosterHeaders.get(i));
        row(roster, 1, true).createCell(i).setCellValue(member.get(i));
      }
      for (int i = 0; i < headers.size(); i++) {
        row(records, 0, true).createCell(i).setCellValue(headers.get(i));
      }
      for (int i = 0; i < walk.size(); i++) {
        row(records, 1, true).createCell(i).setCellValue(walk.get(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(out);
      bytes = out.toByteArray();
    }
    boolean[] closed = {false};
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    SheetImport.Result result = XlsxImport.from(in, "book.xlsx").period(Q1).read();

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().walks()).hasSize(1);
    assertThat(result.dataset().roster().members()).extracting(m -> m.title()).containsExactly("县长");
    assertThat(closed[0]).as("the caller's stream stays open").isFalse();
  }

  private static Row row(Sheet s, int r, boolean create) {
    Row row = s.getRow(r);
    return row != null || !create ? row : s.createRow(r);
  }

  @Test
  void read_notAnXlsxWorkbook_isNamed() throws IOException {
    SheetImportException text =
        catchThrowableOfType(
            SheetImportException.class,
            () -> XlsxImport.from(new ByteArrayInputStream("单位,姓名\n".getBytes(StandardCharsets.UTF_8)), "walks.csv").period(Q1).read());
    assertThat(text.problems()).extracting(SheetProblem::location).containsExactly("walks.csv");
    assertThat(text.problems().get(0).message()).startsWith("it is not an Excel .xlsx workbook (").endsWith("; nothing is imported");

    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook old = new HSSFWorkbook()) {
      old.createSheet(SheetLayout.RECORDS_SHEET);
      old.write(xls);
    }
    SheetImportException old =
        catchThrowableOfType(
            SheetImportException.class,
            () -> XlsxImport.from(new ByteArrayInputStream(xls.toByteArray()), "walks.xls").period(Q1).read());
    assertThat(old.problems().get(0).toString())
        .isEqualTo(
            "error walks.xls invalid_value: it is an Excel 97-2003 .xls workbook, which is not read; save it as .xlsx;"
                + " nothing is imported");

    SheetImportException empty =
        catchThrowableOfType(
            SheetImportException.class, () -> XlsxImport.from(new ByteArrayInputStream(new byte[0]), "empty.xlsx").period(Q1).read());
    assertThat(empty.problems().get(0).message()).isEqualTo("the file is empty; nothing is imported");
  }
}
