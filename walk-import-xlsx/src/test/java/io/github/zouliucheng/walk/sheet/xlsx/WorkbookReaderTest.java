package io.github.zouliucheng.walk.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.sheet.SheetCell;
import io.github.zouliucheng.walk.sheet.SheetData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed sheets hold the cells that POI's user model ({@code XSSFWorkbook}) reads. */
final class WorkbookReaderTest {
  @TempDir Path dir;

  private List<SheetData> streamed(byte[] xlsx) throws Exception {
    Path file = Files.write(dir.resolve("book.xlsx"), xlsx);
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      WorkbookReader reader = WorkbookReader.open(pkg);
      List<SheetData> sheets = new ArrayList<>();
      for (int i = 0; i < reader.sheetNames().size(); i++) {
        sheets.add(reader.sheet(i));
      }
      return sheets;
    } finally {
      pkg.revert();
    }
  }

  private static List<SheetData> userModel(byte[] xlsx) throws IOException {
    try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<SheetData> sheets = new ArrayList<>();
      for (Sheet s : w) {
        sheets.add(UserModelSheets.sheet(s, w.isDate1904()));
      }
      return sheets;
    }
  }

  private void assertSameAsUserModel(byte[] xlsx) throws Exception {
    List<SheetData> streamed = streamed(xlsx);
    List<SheetData> expected = userModel(xlsx);
    assertThat(streamed).extracting(SheetData::name).isEqualTo(expected.stream().map(SheetData::name).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(streamed.get(i).rows()).as(expected.get(i).name()).isEqualTo(expected.get(i).rows());
    }
  }

  private static byte[] bytes(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(Workbook w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (w) {
      w.write(out);
    }
    return out.toByteArray();
  }

  @Test
  void theShippedWorkbooks_readAsTheUserModelReadsThem() throws Exception {
    assertSameAsUserModel(bytes(XlsxImport.template().openStream()));
    assertSameAsUserModel(bytes(XlsxImport.example().openStream()));
    assertSameAsUserModel(Files.readAllBytes(Path.of("src/test/resources").resolve(WorkbookFiles.WITH_ERRORS)));
  }

  /** Writes every kind of cell into {@code w}'s first sheet. */
  private static void cells(Workbook w) {
    Sheet s = w.createSheet("cells");
    CellStyle date = w.createCellStyle();
    date.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
    CellStyle time = w.createCellStyle();
    time.setDataFormat(w.createDataFormat().getFormat("h:mm"));
    CellStyle plain = w.createCellStyle();
    Row r = s.createRow(0);
    r.createCell(0).setCellValue("文本 with _x000D_ escape");
    r.createCell(1).setCellValue(2023001);
    r.createCell(2).setCellValue(12.50);
    r.createCell(3).setCellValue(true);
    r.createCell(4).setCellValue(LocalDate.of(2023, 2, 14));
    r.getCell(4).setCellStyle(date);
    r.createCell(5).setCellValue(LocalDateTime.of(1899, 12, 31, 9, 30));
    r.getCell(5).setCellStyle(time);
    r.createCell(7).setCellStyle(plain); // blank but styled
    r.createCell(8).setCellValue("");
    Row f = s.createRow(2); // row 2 left out
    f.createCell(0).setCellFormula("\"医保\"&\"报销\"");
    f.createCell(1).setCellFormula("1+1");
    f.createCell(2).setCellFormula("1=1");
    f.createCell(3).setCellFormula("1/0");
    f.createCell(4).setCellFormula("DATE(2023,3,1)");
    f.getCell(4).setCellStyle(date);
    w.getCreationHelper().createFormulaEvaluator().evaluateAll();
    f.createCell(5).setCellFormula("2+2"); // not evaluated: no cached value
    Row m = s.createRow(3);
    m.createCell(1).setCellValue("merged");
    s.createRow(4).createCell(0).setCellValue("below");
    s.addMergedRegion(new CellRangeAddress(3, 5, 1, 1)); // past the last row: repeated down to it
  }

  @Test
  void everyKindOfCell_readsAsTheUserModelReadsIt_sharedAndInlineStrings() throws Exception {
    XSSFWorkbook shared = new XSSFWorkbook();
    cells(shared);
    byte[] sharedStrings = bytes(shared);
    assertSameAsUserModel(sharedStrings);

    SXSSFWorkbook inline = new SXSSFWorkbook(); // writes inline strings
    cells(inline);
    assertSameAsUserModel(bytes(inline));

    List<? extends List<SheetCell>> rows = streamed(sharedStrings).get(0).rows();
    assertThat(rows.get(0).subList(0, 4))
        .containsExactly(
            SheetCell.text("文本 with \r escape"),
            SheetCell.number(new BigDecimal("2023001")),
            SheetCell.number(new BigDecimal("12.5")),
            SheetCell.bool(true));
    assertThat(rows.get(0).get(4)).isEqualTo(SheetCell.dateTime(LocalDate.of(2023, 2, 14).atStartOfDay()));
    assertThat(rows.get(1)).isEmpty();
    assertThat(rows.get(2))
        .containsExactly(
            SheetCell.text("医保报销"),
            SheetCell.number(new BigDecimal("2")),
            SheetCell.bool(true),
            SheetCell.text("#DIV/0!"),
            SheetCell.dateTime(LocalDate.of(2023, 3, 1).atStartOfDay()),
            SheetCell.number(BigDecimal.ZERO));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(4)).containsExactly(SheetCell.text("below"), SheetCell.text("merged"));
  }

  @Test
  void the1904DateSystem_isTheWorkbooks() throws Exception {
    XSSFWorkbook w = new XSSFWorkbook();
    (w.getCTWorkbook().isSetWorkbookPr() ? w.getCTWorkbook().getWorkbookPr() : w.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
    assertThat(w.isDate1904()).isTrue();
    cells(w);
    byte[] xlsx = bytes(w);
    assertSameAsUserModel(xlsx);
    assertThat(streamed(xlsx).get(0).rows().get(0).get(4)).isEqualTo(SheetCell.dateTime(LocalDate.of(2023, 2, 14).atStartOfDay()));
  }
}
