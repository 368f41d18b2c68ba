package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledgers (台账) of one analysed dataset, as an Excel workbook (XLSX): complete, with nothing
 * capped, for the supervising office to filter, sort and follow up.
 *
 * <pre>{@code
 * Analysis analysis = WalkAnalytics.analyze(dataset);
 * Ledger.of(dataset, analysis).write(Path.of("台账-2023-Q1.xlsx"));
 * }</pre>
 *
 * <h2>Sheets</h2>
 *
 * <ol>
 *   <li><b>各单位情况</b>: every unit of the roster, by rank: members who walked and the roster, the
 *       share who walked, walks, problems found on its walks and solved, problems charged to it,
 *       solved, closed out and overdue, walks in conflict and pairs, clustered or not, same point
 *       same day, score and rank;
 *   <li><b>未走流程人员</b>: every roster member who did not walk, by unit;
 *   <li><b>整改台账</b>: every problem, on walks and from other channels, by the day found: source,
 *       description, category, responsible unit, priority, owner, mode, deadline, the status on the
 *       reference date (已销号, 已整改, 逾期未整改, 整改中, 未整改, judged from the dates as the
 *       analysis judges them), the dates, measures, effects, callback, and the labels of the flags
 *       that name it;
 *   <li><b>扎堆情况</b>: every run of walks close in time of a unit flagged for clustering, and every
 *       group of one unit's leaders at one service point on one day;
 *   <li><b>问题线索</b>: every flag of the analysis, with its owners, the identifiers of the records
 *       behind it and its typed facts.
 * </ol>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Complete: a table longer than a sheet's 1,048,576 rows continues on further sheets with the
 *       same header (问题线索（续2）, …); a text longer than a cell's 32,767 characters keeps its first
 *       part in the cell, marked as continued, and the rest in a last sheet, 超长文本.
 *   <li>Typed: counts, scores and dates are numeric cells with a number or date format; shares are
 *       fractions shown in percent; a share of nothing (0 of 0) and an absent value are blank.
 *   <li>Safe to open: every text is a string cell, never a formula; a text that starts like a formula
 *       ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) is also quote-prefixed, so
 *       that Excel keeps it text when the cell is edited.
 *   <li>Readable: the header row is frozen and has a filter; columns are as wide as their contents,
 *       counting Chinese characters twice, up to 60 characters.
 *   <li>Deterministic: the same dataset and analysis give the same cells in the same order; the
 *       document's created and modified dates are the reference date.
 *   <li>Bounded memory: rows are streamed to compressed temporary files (Apache POI SXSSF) and only a
 *       window of rows is held; the temporary files are deleted when writing ends, whether or not it
 *       succeeded.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; writing does not change them.
 */
public final class Ledger {
  /** The rows of a sheet, the header included. */
  private static final int MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
  /** Rows of each sheet held in memory while writing. */
  private static final int ROW_WINDOW = 200;

  private final Dataset dataset;
  private final Analysis analysis;
  private final Language language;
  private final int maxRows;

  private Ledger(Dataset dataset, Analysis analysis, Language language, int maxRows) {
    this.dataset = dataset;
    this.analysis = analysis;
    this.language = language;
    this.maxRows = maxRows;
  }

  /**
   * Obtains the ledger of {@code dataset} as {@code analysis} judged it, in Chinese.
   *
   * @param dataset the dataset analysed, not null
   * @param analysis the analysis of that dataset, not null
   * @throws IllegalArgumentException if the analysis is not of the dataset: another period or
   *     another number of walks
   */
  public static Ledger of(Dataset dataset, Analysis analysis) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(analysis, "analysis");
    if (!analysis.period().equals(dataset.period()) || analysis.participation().walks() != dataset.walks().size()) {
      throw new IllegalArgumentException(
          "analysis is not of this dataset: analysis of "
              + analysis.period() + " with " + analysis.participation().walks() + " walks, dataset of "
              + dataset.period() + " with " + dataset.walks().size() + " walks");
    }
    return new Ledger(dataset, analysis, Language.ZH_CN, MAX_ROWS);
  }

  /**
   * Returns a copy of this ledger whose sheet names, headers and labels are in {@code language}; the
   * data (identifiers, names, descriptions) is written as recorded.
   */
  public Ledger withLanguage(Language language) {
    return new Ledger(dataset, analysis, Objects.requireNonNull(language, "language"), maxRows);
  }

  /** Returns a copy that starts a continuation sheet after {@code rows} rows, header included: for tests. */
  Ledger withMaxRows(int rows) {
    if (rows < 2 || rows > MAX_ROWS) {
      throw new IllegalArgumentException("rows must be between 2 and " + MAX_ROWS + ": " + rows);
    }
    return new Ledger(dataset, analysis, language, rows);
  }

  /**
   * Writes the workbook to {@code out}, which is left open.
   *
   * @throws IOException if writing to {@code out} or to the temporary files fails
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
    try {
      properties(workbook.getXSSFWorkbook().getProperties());
      Book book = new Book(workbook, language == Language.EN, maxRows);
      UnitsSheet.write(book, dataset, analysis);
      AbsenteesSheet.write(book, dataset, analysis);
      RectificationSheet.write(book, dataset, analysis);
      ClustersSheet.write(book, dataset, analysis);
      FlagsSheet.write(book, dataset, analysis);
      book.finish();
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close(); // deletes the temporary files too (POI 5.5 deprecates dispose() for it)
    }
  }

  /**
   * Writes the workbook to {@code file} atomically: to a temporary file in the same directory, then
   * moved over {@code file}, so that a reader never sees a half-written workbook and a failure leaves
   * any earlier file as it was.
   *
   * @throws IOException if the file cannot be written or moved
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        write(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void properties(POIXMLProperties properties) {
    Date asOf = Date.from(analysis.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreated(Optional.of(asOf));
    core.setModified(Optional.of(asOf));
    core.setTitle(language == Language.EN ? "Ledgers of " + analysis.period() : "“走流程”台账 " + analysis.period());
    core.setCreator("walk-report-office");
  }
}
