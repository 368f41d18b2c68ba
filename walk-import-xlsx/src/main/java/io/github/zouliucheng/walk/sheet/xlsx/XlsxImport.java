package io.github.zouliucheng.walk.sheet.xlsx;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.sheet.SheetData;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetImportException;
import io.github.zouliucheng.walk.sheet.SheetLayout;
import io.github.zouliucheng.walk.sheet.SheetProblem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

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
 * Methods throw {@link NullPointerException} for a null argument.
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
   * <p>The sheets are streamed (POI's event API), so a workbook of any size whose cells fit the heap
   * is read: POI's record-size limit (100 MB a part) does not apply, and no global POI setting is
   * changed. A stream is first copied to a temporary file, deleted afterwards. POI's zip-bomb checks
   * ({@code ZipSecureFile}, with POI's defaults or what the application set) stay in force: a part
   * that inflates to more than 100 times its compressed size (past its first 100 KB) or to more than
   * 4 GB, or a zip of more than 1,000 entries, is refused.
   *
   * @throws IOException if the file or stream cannot be read (or the temporary copy of a stream
   *     cannot be written)
   * @throws IllegalStateException if no period was set
   * @throws SheetImportException if the bytes are not an .xlsx workbook (an empty file, an old .xls
   *     workbook, an .xlsb workbook or another Office document included), the workbook is truncated
   *     or corrupt, it looks like a zip bomb, or a sheet cannot be imported at all (see {@link
   *     SheetImport#read()}); a problem with the workbook as a whole names the file and what is
   *     wrong, and the exception's cause is POI's exception, if there is one
   */
  public SheetImport.Result read() throws IOException {
    if (period == null) {
      throw new IllegalStateException("period is required: set it with period(Period.parse(\"2023-Q1\"))");
    }
    Sheets sheets;
    Path copy = null;
    try {
      Path file;
      if (path != null && path.getFileSystem() == FileSystems.getDefault()) {
        file = path;
      } else {
        copy = Files.createTempFile("walk-import-", ".xlsx");
        try (InputStream source = path != null ? Files.newInputStream(path) : new Unclosed(Objects.requireNonNull(in))) {
          Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        file = copy;
      }
      checkMagic(file);
      sheets = sheets(file, copy);
    } finally {
      if (copy != null) {
        deleteQuietly(copy);
      }
    }
    SheetImport s = SheetImport.of(sheets.records).period(period);
    if (sheets.roster != null) {
      s = s.roster(sheets.roster);
    }
    return (ignoreUnknown ? s.ignoringUnknownColumns() : s).read();
  }

  /** The sheets read from a workbook. */
  private static final class Sheets {
    final SheetData records;
    final @Nullable SheetData roster;

    Sheets(SheetData records, @Nullable SheetData roster) {
      this.records = records;
      this.roster = roster;
    }
  }

  /** Rejects what is plainly not a zip file; an {@link IOException} here is the file's own. */
  private void checkMagic(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream stream = Files.newInputStream(file)) {
      n = stream.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      throw fatal("the file is empty", null);
    }
    FileMagic magic = FileMagic.valueOf(head);
    if (magic == FileMagic.OLE2) {
      throw fatal("it is an Excel 97-2003 .xls workbook, which is not read; save it as .xlsx", null);
    }
    if (magic != FileMagic.OOXML) {
      String what = magic == FileMagic.UNKNOWN ? "it does not start as a zip file does" : "it looks like a " + magic + " file";
      throw fatal("it is not an Excel .xlsx workbook (" + what + ")", null);
    }
  }

  /**
   * Returns the records sheet and the roster sheet, if any, of the package in {@code file},
   * wrapping whatever POI throws into a {@link SheetImportException}.
   */
  private Sheets sheets(Path file, @Nullable Path copy) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      WorkbookReader workbook = WorkbookReader.open(pkg);
      List<String> names = workbook.sheetNames();
      int rosterSheet = -1;
      int recordSheet = -1;
      for (int i = 0; i < names.size(); i++) {
        String k = key(names.get(i));
        if (recordSheet < 0 && RECORD_SHEETS.contains(k)) {
          recordSheet = i;
        } else if (rosterSheet < 0 && ROSTER_SHEETS.contains(k)) {
          rosterSheet = i;
        }
      }
      if (recordSheet < 0) {
        for (int i = 0; i < names.size(); i++) {
          if (i != rosterSheet && !INSTRUCTION_SHEETS.contains(key(names.get(i)))) {
            recordSheet = i;
            break;
          }
        }
      }
      if (recordSheet < 0) {
        throw fatal("the workbook has no records sheet: name a sheet " + SheetLayout.RECORDS_SHEET, null);
      }
      return new Sheets(workbook.sheet(recordSheet), rosterSheet < 0 ? null : workbook.sheet(rosterSheet));
    } catch (SheetImportException e) {
      throw e;
    } catch (WorkbookReader.NotAWorkbook e) {
      throw fatal("it is not an Excel .xlsx workbook (" + e.getMessage() + ")", null);
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      // POI's own (POIXMLException, OpenXML4JRuntimeException, RecordFormatException,
      // PartAlreadyExistsException, NotOfficeXmlFileException), the zip layer's (ZipException and
      // other IOExceptions, those of the zip-bomb checks), the XML parser's and XMLBeans'
      throw unreadable(e, copy);
    } finally {
      if (pkg != null) {
        pkg.revert(); // READ access: closes the file without writing to it
      }
    }
  }

  /** Returns the exception for a package POI cannot read, saying why as well as its exception tells. */
  private SheetImportException unreadable(Exception e, @Nullable Path copy) {
    Throwable innermost = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.startsWith("Zip bomb detected!") || m.startsWith(MAX_FILE_COUNT))) {
        return fatal("the workbook looks like a zip bomb: " + zipBomb(m), e);
      } else if (t instanceof ODFNotOfficeXmlFileException) {
        return fatal("it is an OpenDocument .ods spreadsheet, which is not read; save it as .xlsx", e);
      } else if (t instanceof OLE2NotOfficeXmlFileException) {
        return fatal("it is an Excel 97-2003 .xls workbook, which is not read; save it as .xlsx", e);
      } else if (t instanceof EmptyFileException) {
        return fatal("the file is empty", e);
      } else if (t instanceof NotOfficeXmlFileException
          || t instanceof InvalidFormatException && m != null && m.contains("[M1.13]")) {
        return fatal("it is not an Excel .xlsx workbook (" + firstLine(String.valueOf(m)) + ")", e);
      }
      if (m != null) {
        innermost = t;
      }
    }
    String m = innermost.getMessage();
    String detail = m == null ? innermost.getClass().getSimpleName() : firstLine(m);
    if (copy != null) {
      detail = detail.replace(copy.toString(), name);
    }
    return fatal("the workbook is truncated or corrupt: " + detail, e);
  }

  /** Returns POI's zip-bomb message on one line: the limit exceeded, the part and its sizes. */
  private static final String MAX_FILE_COUNT = ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, 40);

  private static String zipBomb(String message) {
    String[] lines = message.split("\n");
    StringBuilder s = new StringBuilder(lines[0].replace("Zip bomb detected! ", "").trim());
    if (s.length() > 0 && s.charAt(s.length() - 1) == '.') {
      s.setLength(s.length() - 1);
    }
    for (String line : lines) {
      if (line.startsWith("Uncompressed size:") || line.startsWith("Limits:")) {
        s.append("; ").append(line.trim());
      }
    }
    return s.toString();
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = (end < 0 ? message : message.substring(0, end)).trim();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private SheetImportException fatal(String why, @Nullable Throwable cause) {
    SheetImportException e =
        new SheetImportException(
            List.of(
                SheetProblem.builder()
                    .sheet(name)
                    .rule(Rule.INVALID_VALUE)
                    .message(why + "; nothing is imported")
                    .build()));
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
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
