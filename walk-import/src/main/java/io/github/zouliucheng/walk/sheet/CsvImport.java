package io.github.zouliucheng.walk.sheet;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rule;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Imports walk records from CSV files: one file for the records sheet (走流程纪实) and, optionally,
 * one for the roster sheet (班子成员), laid out as the {@linkplain io.github.zouliucheng.walk.sheet
 * package documentation} describes. Each CSV record is a row as a spreadsheet shows it (a quoted
 * value may span lines); problems name the file by its name.
 *
 * <pre>{@code
 * SheetImport.Result result =
 *     CsvImport.records(Path.of("走流程纪实.csv"))
 *         .roster(Path.of("班子成员.csv"))
 *         .charset(Charset.forName("GBK"))
 *         .period(Period.parse("2023-Q1"))
 *         .read();
 * Dataset dataset = result.orElseThrow();
 * }</pre>
 *
 * <p>Files are UTF-8 unless {@link #charset(Charset)} says otherwise (Excel on Chinese Windows saves
 * CSV as GBK). A file that starts with a UTF-8 byte order mark is read as UTF-8 whatever the
 * charset. A file that is not valid in its charset is not read at all: the exception says where and
 * suggests the other charset.
 *
 * <p>Strict by default: columns the layout does not know are errors unless {@link
 * #ignoringUnknownColumns()}. Instances are immutable and thread-safe; each method returns a copy.
 */
public final class CsvImport {
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private static final Charset GBK_HINT_TARGET = StandardCharsets.UTF_8;

  private final Source records;
  private final @Nullable Source roster;
  private final Charset charset;
  private final @Nullable Period period;
  private final boolean ignoreUnknown;

  /** A CSV file, or a reader with the name to report it by. */
  private static final class Source {
    final @Nullable Path path;
    final @Nullable Reader reader;
    final String name;

    Source(@Nullable Path path, @Nullable Reader reader, String name) {
      this.path = path;
      this.reader = reader;
      this.name = name;
    }
  }

  private CsvImport(
      Source records,
      @Nullable Source roster,
      Charset charset,
      @Nullable Period period,
      boolean ignoreUnknown) {
    this.records = records;
    this.roster = roster;
    this.charset = charset;
    this.period = period;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** Returns an import of the records file at {@code file}; problems name it by its file name. */
  public static CsvImport records(Path file) {
    return new CsvImport(of(file), null, StandardCharsets.UTF_8, null, false);
  }

  /**
   * Returns an import of the records read from {@code reader}, which {@link #read()} reads to the
   * end but does not close; problems name it {@code name}.
   */
  public static CsvImport records(Reader reader, String name) {
    return new CsvImport(of(reader, name), null, StandardCharsets.UTF_8, null, false);
  }

  /** Returns a copy that reads the roster from the file at {@code file}. */
  public CsvImport roster(Path file) {
    return new CsvImport(records, of(file), charset, period, ignoreUnknown);
  }

  /** Returns a copy that reads the roster from {@code reader}, naming it {@code name}. */
  public CsvImport roster(Reader reader, String name) {
    return new CsvImport(records, of(reader, name), charset, period, ignoreUnknown);
  }

  /** Returns a copy that decodes files with {@code charset} instead of UTF-8; readers are unaffected. */
  public CsvImport charset(Charset charset) {
    return new CsvImport(records, roster, requireNonNull(charset, "charset"), period, ignoreUnknown);
  }

  /** Returns a copy that imports into a dataset of {@code period}; required before {@link #read()}. */
  public CsvImport period(Period period) {
    return new CsvImport(records, roster, charset, requireNonNull(period, "period"), ignoreUnknown);
  }

  /** Returns a copy that ignores columns the layout does not know, instead of reporting them. */
  public CsvImport ignoringUnknownColumns() {
    return new CsvImport(records, roster, charset, period, true);
  }

  /**
   * Reads the files and imports them, as {@link SheetImport#read()} does.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if no period was set
   * @throws SheetImportException if a file is not valid in its charset, is not well-formed CSV (a
   *     quote left open), or cannot be imported at all (see {@link SheetImport#read()})
   */
  public SheetImport.Result read() throws IOException {
    if (period == null) {
      throw new IllegalStateException("period is required: set it with period(Period.parse(\"2023-Q1\"))");
    }
    SheetImport s = SheetImport.of(sheet(records)).period(period);
    if (roster != null) {
      s = s.roster(sheet(roster));
    }
    return (ignoreUnknown ? s.ignoringUnknownColumns() : s).read();
  }

  private static Source of(Path file) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    return new Source(file, null, name == null ? file.toString() : name.toString());
  }

  private static Source of(Reader reader, String name) {
    return new Source(null, requireNonNull(reader, "reader"), requireNonNull(name, "name"));
  }

  private SheetData sheet(Source source) throws IOException {
    String text = source.path != null ? decode(Files.readAllBytes(source.path), source.name) : drain(source.reader);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(new StringReader(text))) {
      while (it.hasNextValue()) {
        rows.add(Arrays.asList(it.nextValue()));
      }
    } catch (JacksonException e) {
      throw new SheetImportException(
          List.of(
              SheetProblem.builder()
                  .sheet(source.name)
                  .row(rows.size() + 1)
                  .rule(Rule.INVALID_VALUE)
                  .message(
                      String.format(
                          "row %d is not well-formed CSV (%s); it and the rows after it cannot be read",
                          rows.size() + 1, e.getOriginalMessage()))
                  .build()));
    }
    return SheetData.ofText(source.name, rows);
  }

  private static String drain(@Nullable Reader reader) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = requireNonNull(reader).read(buffer)) >= 0; ) {
      s.append(buffer, 0, n);
    }
    return s.toString();
  }

  /** Decodes {@code bytes}, reporting where they are not valid in the charset. */
  private String decode(byte[] bytes, String name) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    Charset cs = bom ? StandardCharsets.UTF_8 : charset;
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String hint =
          cs.equals(GBK_HINT_TARGET)
              ? "; CSV files saved by Excel on Chinese Windows are usually GBK: read them with"
                  + " charset(Charset.forName(\"GBK\"))"
              : "; if the file is UTF-8, do not set a charset";
      throw new SheetImportException(
          List.of(
              SheetProblem.builder()
                  .sheet(name)
                  .rule(Rule.INVALID_VALUE)
                  .message(
                      String.format(
                          "the file is not valid %s at byte %d (line %d), so it cannot be read%s",
                          cs.name(), offset, line, hint))
                  .build()));
    }
    out.flip();
    return out.toString();
  }
}
