package io.github.zouliucheng.walk.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbooks this module ships: the template's headers, hints and lists, and that they are up to date. */
final class WorkbookFilesTest {
  private static final Path TEST_RESOURCES = Path.of("src/test/resources");

  private static XSSFWorkbook open(InputStream in) throws IOException {
    try (in) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> row(Sheet sheet, int r) {
    List<String> cells = new ArrayList<>();
    for (Cell c : sheet.getRow(r)) {
      cells.add(c.getStringCellValue());
    }
    return cells;
  }

  @Test
  void template_headersAreTheImportersHeaders_andItHasNoData() throws IOException {
    try (XSSFWorkbook template = open(XlsxImport.template().openStream())) {
      assertThat(template.getSheetAt(0).getSheetName()).isEqualTo(SheetLayout.RECORDS_SHEET);
      assertThat(template.getSheetAt(1).getSheetName()).isEqualTo(SheetLayout.ROSTER_SHEET);
      assertThat(row(template.getSheet(SheetLayout.RECORDS_SHEET), 0)).isEqualTo(SheetLayout.recordHeaders());
      assertThat(row(template.getSheet(SheetLayout.ROSTER_SHEET), 0)).isEqualTo(SheetLayout.rosterHeaders());
      assertThat(template.getSheet(SheetLayout.RECORDS_SHEET).getLastRowNum()).isZero();
      assertThat(template.getSheet(SheetLayout.ROSTER_SHEET).getLastRowNum()).isZero();
    }
  }

  @Test
  void template_offersEachChoiceColumnsValuesAsADropDownList() throws IOException {
    try (XSSFWorkbook template = open(XlsxImport.template().openStream())) {
      XSSFSheet records = template.getSheet(SheetLayout.RECORDS_SHEET);
      List<String> listed = new ArrayList<>();
      for (DataValidation v : records.getDataValidations()) {
        CellRangeAddressList cells = v.getRegions();
        String header = records.getRow(0).getCell(cells.getCellRangeAddress(0).getFirstColumn()).getStringCellValue();
        listed.add(header + "=" + String.join("|", v.getValidationConstraint().getExplicitListValues()));
        assertThat(cells.getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
      }
      assertThat(listed)
          .contains("体验身份=普通办事群众身份|普通工作人员身份|领导干部身份", "明查/暗访=明查|暗访", "四不两直=是|否", "全程/部分=全程办|部分办")
          .hasSize(
              (int)
                  SheetLayout.records().stream()
                      .filter(c -> c.valueKind() == SheetLayout.ValueKind.ONE_OF || c.valueKind() == SheetLayout.ValueKind.YES_NO)
                      .count());
    }
  }

  @Test
  void template_headerCommentsSayWhetherRequiredAndWhatToWrite() throws IOException {
    try (XSSFWorkbook template = open(XlsxImport.template().openStream())) {
      Row header = template.getSheet(SheetLayout.RECORDS_SHEET).getRow(0);
      int forms = SheetLayout.recordHeaders().indexOf("体验方式");
      assertThat(header.getCell(forms).getCellComment().getString().getString())
          .startsWith("必填\n实地履职、内部科室、部门之间走")
          .endsWith("可选值：实地履职、内部科室、部门之间走、网上体验走、下沉延伸走、交叉联动走");
      int title = SheetLayout.recordHeaders().indexOf("职务");
      assertThat(header.getCell(title).getCellComment().getString().getString()).startsWith("无“班子成员”表时必填");
    }
  }

  @Test
  void template_importsAsAnEmptyDataset() throws IOException {
    SheetImport.Result result = XlsxImport.from(XlsxImport.template().openStream(), "template").period(Period.parse("2023-Q1")).read();

    assertThat(result.isClean()).isTrue();
    assertThat(result.dataset().walks()).isEmpty();
    assertThat(result.dataset().roster().units()).isEmpty();
  }

  @Test
  void checkedInWorkbooks_holdWhatWorkbookFilesWrites() throws IOException {
    assertSameContent(WorkbookFiles.template(), XlsxImport.template().openStream());
    assertSameContent(WorkbookFiles.example(), XlsxImport.example().openStream());
    assertSameContent(WorkbookFiles.withErrors(), Files.newInputStream(TEST_RESOURCES.resolve(WorkbookFiles.WITH_ERRORS)));
  }

  private static void assertSameContent(XSSFWorkbook generated, InputStream checkedIn) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (generated) {
      generated.write(bytes);
    }
    try (XSSFWorkbook expected = open(new ByteArrayInputStream(bytes.toByteArray()));
        XSSFWorkbook actual = open(checkedIn)) {
      assertThat(names(actual)).isEqualTo(names(expected));
      for (int i = 0; i < expected.getNumberOfSheets(); i++) {
        XSSFSheet e = expected.getSheetAt(i);
        XSSFSheet a = actual.getSheetAt(i);
        assertThat(UserModelSheets.sheet(a, false).rows()).as(a.getSheetName()).isEqualTo(UserModelSheets.sheet(e, false).rows());
        assertThat(regions(a)).as(a.getSheetName()).isEqualTo(regions(e));
        assertThat(a.getDataValidations().size()).as(a.getSheetName()).isEqualTo(e.getDataValidations().size());
      }
    }
  }

  private static List<String> names(XSSFWorkbook w) {
    List<String> names = new ArrayList<>();
    w.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> regions(XSSFSheet s) {
    return s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().collect(Collectors.toList());
  }
}
