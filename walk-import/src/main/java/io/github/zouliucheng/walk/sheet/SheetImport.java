package io.github.zouliucheng.walk.sheet;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Imports walk records from sheets already read into cells: a records sheet (走流程纪实) and,
 * optionally, a roster sheet (班子成员), laid out as the {@linkplain io.github.zouliucheng.walk.sheet
 * package documentation} describes. {@link CsvImport} and the Excel importer read files into
 * {@link SheetData} and use this class; use it directly for another tabular format.
 *
 * <pre>{@code
 * SheetImport.Result result =
 *     SheetImport.of(records).roster(roster).period(Period.parse("2023-Q1")).read();
 * }</pre>
 *
 * <p>Strict by default: every column the layout does not know is an error, unless {@link
 * #ignoringUnknownColumns()}. Instances are immutable and thread-safe; each method returns a copy.
 */
public final class SheetImport {
  private final SheetData records;
  private final @Nullable SheetData roster;
  private final @Nullable Period period;
  private final boolean ignoreUnknown;

  private SheetImport(
      SheetData records, @Nullable SheetData roster, @Nullable Period period, boolean ignoreUnknown) {
    this.records = records;
    this.roster = roster;
    this.period = period;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** Returns an import of the records sheet {@code records}, deriving the roster from it. */
  public static SheetImport of(SheetData records) {
    return new SheetImport(requireNonNull(records, "records"), null, null, false);
  }

  /** Returns a copy that reads the units and members from the roster sheet {@code roster}. */
  public SheetImport roster(SheetData roster) {
    return new SheetImport(records, requireNonNull(roster, "roster"), period, ignoreUnknown);
  }

  /** Returns a copy that imports into a dataset of {@code period}; required before {@link #read()}. */
  public SheetImport period(Period period) {
    return new SheetImport(records, roster, requireNonNull(period, "period"), ignoreUnknown);
  }

  /** Returns a copy that ignores columns the layout does not know, instead of reporting them. */
  public SheetImport ignoringUnknownColumns() {
    return new SheetImport(records, roster, period, true);
  }

  /**
   * Imports the sheets: every valid record goes into the result's dataset, every problem into its
   * problems.
   *
   * @throws IllegalStateException if no period was set
   * @throws SheetImportException if a sheet cannot be read at all: it has no header row, names a
   *     column twice, or lacks a required column
   */
  public Result read() {
    if (period == null) {
      throw new IllegalStateException("period is required: set it with period(Period.parse(\"2023-Q1\"))");
    }
    return new Importer(records, roster, period, ignoreUnknown).run();
  }

  /**
   * What an import gives: the dataset of every valid record, and every problem in the order of the
   * sheets (the roster sheet first), by row and column.
   *
   * <p>Nothing is lost silently: a record is either in {@link #dataset()} or named by an error that
   * says it was left out. A walk is left out when one of its own cells (on any of its rows) is
   * wrong; a finding is left out alone when one of its cells is wrong, and its walk is kept.
   * Warnings keep their records.
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Result {
    private final Dataset dataset;
    private final ImmutableList<SheetProblem> problems;

    Result(Dataset dataset, ImmutableList<SheetProblem> problems) {
      this.dataset = dataset;
      this.problems = problems;
    }

    /** Returns the dataset of the records that passed every rule, built by {@code DatasetAssembler}. */
    public Dataset dataset() {
      return dataset;
    }

    /** Returns every problem, errors and warnings, in sheet, row and column order. */
    public ImmutableList<SheetProblem> problems() {
      return problems;
    }

    /** Returns the problems that left something out. */
    public ImmutableList<SheetProblem> errors() {
      return problems.stream()
          .filter(p -> p.severity() == Severity.ERROR)
          .collect(ImmutableList.toImmutableList());
    }

    /** Returns the problems about records that were kept. */
    public ImmutableList<SheetProblem> warnings() {
      return problems.stream()
          .filter(p -> p.severity() == Severity.WARNING)
          .collect(ImmutableList.toImmutableList());
    }

    /** Checks if there is no problem at all. */
    public boolean isClean() {
      return problems.isEmpty();
    }

    /**
     * Returns the dataset if there is no error; warnings do not count.
     *
     * @throws SheetImportException listing every error
     */
    public Dataset orElseThrow() {
      ImmutableList<SheetProblem> errors = errors();
      if (!errors.isEmpty()) {
        throw new SheetImportException(errors);
      }
      return dataset;
    }

    /** Returns the counts of walks, errors and warnings, for logs. */
    @Override
    public String toString() {
      return String.format(
          "SheetImport.Result[walks=%d, errors=%d, warnings=%d]",
          dataset.walks().size(), errors().size(), warnings().size());
    }
  }
}
