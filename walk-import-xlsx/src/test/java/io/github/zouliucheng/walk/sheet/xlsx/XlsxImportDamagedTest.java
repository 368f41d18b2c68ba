package io.github.zouliucheng.walk.sheet.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetImportException;
import io.github.zouliucheng.walk.sheet.SheetLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that are large, damaged or hostile: a workbook is read whatever the size of its sheets'
 * XML, and anything POI cannot read ends in a {@link SheetImportException} that says why.
 */
final class XlsxImportDamagedTest {
  private static final Period Q1 = Period.parse("2023-Q1");
  private static final String SHEET1 = "xl/worksheets/sheet1.xml";

  private static byte[] bytes(XSSFWorkbook workbook) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (workbook) {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static final byte[] WITH_ERRORS = bytes(WorkbookFiles.withErrors());

  private static SheetImport.Result read(byte[] bytes) throws IOException {
    return XlsxImport.from(new ByteArrayInputStream(bytes), "walks.xlsx").period(Q1).read();
  }

  private static String problem(byte[] bytes) {
    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> read(bytes));
    assertThat(e).as("a SheetImportException").isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location()).isEqualTo("walks.xlsx");
    return e.problems().get(0).message();
  }

  /** Returns the zip {@code xlsx} rewritten, with entry {@code name}'s bytes passed through {@code change}. */
  private static byte[] rezip(byte[] xlsx, String name, UnaryOperator<byte[]> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(name) ? change.apply(data) : data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static long entrySize(byte[] xlsx, String name, Path dir) throws IOException {
    Path file = Files.write(dir.resolve("sizes.zip"), xlsx);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry(name).getSize();
    }
  }

  /** Returns the offset of entry {@code name}'s compressed data in the zip {@code xlsx}. */
  private static int dataOffset(byte[] xlsx, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 30 + n.length <= xlsx.length; i++) {
      if (xlsx[i] == 'P' && xlsx[i + 1] == 'K' && xlsx[i + 2] == 3 && xlsx[i + 3] == 4) {
        int nameLength = (xlsx[i + 26] & 0xFF) | (xlsx[i + 27] & 0xFF) << 8;
        int extraLength = (xlsx[i + 28] & 0xFF) | (xlsx[i + 29] & 0xFF) << 8;
        if (nameLength == n.length && Arrays.equals(Arrays.copyOfRange(xlsx, i + 30, i + 30 + nameLength), n)) {
          return i + 30 + nameLength + extraLength;
        }
      }
    }
    throw new AssertionError(name + " is not in the zip");
  }

  @Test
  void read_aSheetLargerThanPoisRecordLimit_isStreamed(@TempDir Path dir) throws IOException {
    // POI refuses to read a zip entry larger than its record limit (100 MB) into an array: a real
    // 150,000-row workbook has a 185 MB sheet. The limit is lowered to 1 MB here so that a small
    // workbook shows the sheets are streamed rather than read whole.
    int walks = 2500;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook w = new SXSSFWorkbook(100)) {
      Sheet s = w.createSheet(SheetLayout.RECORDS_SHEET);
      List<String> headers = List.of("记录编号", "单位", "姓名", "职务", "日期", "体验地点", "体验事项", "事项类型", "体验方式", "体验身份", "体验方法", "明查/暗访", "全程/部分", "发现问题", "问题类别");
      List<String> walk = List.of("", "桦南县", "王明", "县长", "2023-02-14", "医保窗口", "医保报销", "简单", "实地履职", "群众", "亲自经办", "暗访", "全程办");
      Row header = s.createRow(0);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      for (int r = 1; r <= walks; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("W" + r);
        for (int i = 1; i < walk.size(); i++) {
          row.createCell(i).setCellValue(walk.get(i));
        }
      }
      w.write(out);
    }
    byte[] xlsx = out.toByteArray();
    assertThat(entrySize(xlsx, SHEET1, dir)).isGreaterThan(1_500_000);
    IOUtils.setByteArrayMaxOverride(1_000_000);
    try {
      SheetImport.Result result = read(xlsx);

      assertThat(result.problems()).isEmpty();
      assertThat(result.dataset().walks()).hasSize(walks);
    } finally {
      IOUtils.setByteArrayMaxOverride(-1);
    }
  }

  @Test
  void read_aTruncatedWorkbook_isTruncatedOrCorrupt() {
    // cut in the middle of a part, without the zip's central directory: POI once threw
    // PartAlreadyExistsException (7938 bytes of the checked-in workbook), or IOException "Truncated
    // ZIP file" (100 bytes)
    for (int length : new int[] {100, WITH_ERRORS.length / 3, WITH_ERRORS.length / 2}) {
      assertThat(problem(Arrays.copyOf(WITH_ERRORS, length)))
          .as("%d bytes", length)
          .startsWith("the workbook is truncated or corrupt: ")
          .endsWith("; nothing is imported");
    }
  }

  @Test
  void read_theCheckedInWorkbookCutAt7938Bytes_isTruncatedOrCorrupt() throws IOException {
    byte[] checkedIn = Files.readAllBytes(Path.of("src/test/resources").resolve(WorkbookFiles.WITH_ERRORS));
    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> read(Arrays.copyOf(checkedIn, 7938)));
    assertThat(e.problems().get(0).message()).startsWith("the workbook is truncated or corrupt: ");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void read_aCorruptZip_isTruncatedOrCorrupt_withPoisExceptionAsTheCause() {
    // the sheet's deflate data starts with an invalid block type: ZipException "invalid block type"
    byte[] corrupt = WITH_ERRORS.clone();
    corrupt[dataOffset(corrupt, SHEET1)] = (byte) 0xFF;

    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> read(corrupt));

    assertThat(e.problems().get(0).message())
        .isEqualTo("the workbook is truncated or corrupt: invalid block type; nothing is imported");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void read_aZipBomb_isRefused_byPoisInflateRatioCheck() throws IOException {
    // 5 MB of blanks inflated from a few KB: beyond POI's minimum inflate ratio (1 %)
    byte[] bomb =
        rezip(
            WITH_ERRORS,
            SHEET1,
            xml ->
                new String(xml, StandardCharsets.UTF_8)
                    .replace("<sheetData>", "<sheetData>" + " ".repeat(5_000_000))
                    .getBytes(StandardCharsets.UTF_8));

    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> read(bomb));

    assertThat(e.problems().get(0).message())
        .startsWith("the workbook looks like a zip bomb: The file would exceed the max. ratio of compressed file size")
        .contains("Entry: " + SHEET1)
        .endsWith("; nothing is imported")
        .doesNotContain("\n");
    assertThat(e.getCause()).hasMessageStartingWith("Zip bomb detected!");
  }

  @Test
  void read_zipsThatAreNotWorkbooks_areNamed() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(plain)) {
      zip.putNextEntry(new ZipEntry("walks.txt"));
      zip.write("单位,姓名".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(problem(plain.toByteArray()))
        .isEqualTo("it is not an Excel .xlsx workbook (Package should contain a content type part [M1.13]); nothing is imported");

    ByteArrayOutputStream ods = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(ods)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("settings.xml"));
      zip.write("<office:document-settings/>".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(problem(ods.toByteArray()))
        .isEqualTo("it is an OpenDocument .ods spreadsheet, which is not read; save it as .xlsx; nothing is imported");

    assertThat(problem("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("it is not an Excel .xlsx workbook (it looks like a PDF file); nothing is imported");
  }

  @Test
  void read_aFileThatCannotBeRead_isAnIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> XlsxImport.from(dir.resolve("missing.xlsx")).period(Q1).read())
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_aFile_andAStream_leaveNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("walks.xlsx");
    Files.write(file, WITH_ERRORS);
    List<Path> before = temporaryCopies();

    XlsxImport.from(file).period(Q1).read();
    read(WITH_ERRORS);
    catchThrowableOfType(SheetImportException.class, () -> read(Arrays.copyOf(WITH_ERRORS, 100)));

    assertThat(temporaryCopies()).isEqualTo(before);
  }

  private static List<Path> temporaryCopies() throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "walk-import-*.xlsx")) {
      s.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  @Test
  void read_damagedBytes_giveAResultOrASheetImportException() {
    // two hundred workbooks with bytes flipped or cut off: an import either gives a result or
    // throws the SheetImportException the Javadoc promises; never POI's or the zip layer's
    // exceptions (an IOException is for the stream's own failures, and a byte array has none)
    int length = WITH_ERRORS.length;
    qt().withFixedSeed(20230401L)
        .withExamples(200)
        .forAll(
            integers().between(0, 2), // 0: cut off, 1: one byte flipped, 2: three bytes flipped
            integers().between(0, length - 1),
            integers().between(1, 255))
        .checkAssert(
            (kind, at, mask) -> {
              byte[] damaged;
              if (kind == 0) {
                damaged = Arrays.copyOf(WITH_ERRORS, at);
              } else {
                damaged = WITH_ERRORS.clone();
                for (int i = 0; i < (kind == 1 ? 1 : 3); i++) {
                  damaged[(at + i * 977) % length] ^= (byte) mask.intValue();
                }
              }
              try {
                assertThat(read(damaged).dataset()).isNotNull();
              } catch (SheetImportException e) {
                assertThat(e.problems()).isNotEmpty();
              } catch (IOException e) {
                throw new AssertionError("an IOException for bytes in memory", e);
              }
            });
  }
}
