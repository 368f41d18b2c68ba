package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.sheet.CsvImport;
import io.github.zouliucheng.walk.sheet.SheetImport;
import io.github.zouliucheng.walk.sheet.SheetProblem;
import io.github.zouliucheng.walk.sheet.xlsx.XlsxImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The README's import example: reads the filled-in walk record workbook shipped with {@code
 * walk-import-xlsx}, then a CSV export with mistakes in it, and prints what each gave: the walks
 * kept and every problem with its sheet, row, column and rule.
 */
public final class ImportSpreadsheet {
  private ImportSpreadsheet() {}

  /** Imports both files and prints what they gave. */
  public static void main(String[] args) {
    // POI logs through the Log4j 2 API; with no logging back end on the class path, Log4j prints a
    // one-line notice. An application chooses its back end; this example uses Log4j's simple one.
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(run());
  }

  /** Returns what the two imports gave, one line a walk count or problem. */
  public static String run() {
    StringBuilder s = new StringBuilder();
    try (InputStream workbook = XlsxImport.example().openStream();
        Reader records = resource("/samples/walk-records-with-errors.csv");
        Reader roster = resource("/samples/walk-roster.csv")) {
      // README:begin
      SheetImport.Result excel =
          XlsxImport.from(workbook, "walk-record-example.xlsx").period(Period.parse("2023-Q1")).read();

      SheetImport.Result csv =
          CsvImport.records(records, "records-with-errors.csv")
              .roster(roster, "roster.csv")
              .period(Period.parse("2023-Q1"))
              .read();            // strict: a column not in the layout is an error too
      Dataset dataset = csv.dataset();                // every valid record
      List<SheetProblem> problems = csv.problems();   // sheet!cell (column) rule: message
      // README:end
      s.append(line("walk-record-example.xlsx", excel));
      s.append(line("records-with-errors.csv", csv));
      problems.forEach(p -> s.append(p).append('\n'));
      if (!dataset.equals(csv.dataset())) {
        throw new AssertionError("the dataset of a result does not change");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  private static String line(String name, SheetImport.Result result) {
    return name + ": 走流程 " + result.dataset().walks().size() + " 次 / walks, 问题 "
        + result.dataset().allFindings().count() + " 个 / findings, 错误 " + result.errors().size() + " / errors\n";
  }

  private static Reader resource(String name) {
    InputStream in = ImportSpreadsheet.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the class path");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
