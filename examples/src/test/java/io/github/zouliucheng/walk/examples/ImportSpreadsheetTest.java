package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportSpreadsheetTest {

  @Test
  void theWorkbookImportsCleanlyAndTheCsvKeepsItsGoodRowsAndListsTheBadOnes() throws IOException {
    String printed = ImportSpreadsheet.run();

    // the problem list is the one walk-import's own test expects for the same file
    String expected =
        Files.readString(Path.of("../walk-import/src/test/resources/csv/records-with-errors.problems.txt"));
    assertThat(printed)
        .isEqualTo(
            "walk-record-example.xlsx: 走流程 17 次 / walks, 问题 16 个 / findings, 错误 0 / errors\n"
                + "records-with-errors.csv: 走流程 3 次 / walks, 问题 2 个 / findings, 错误 9 / errors\n"
                + expected);
  }

  @Test
  void theBundledCsvIsWalkImportsTestFile() throws IOException {
    assertThat(Files.readString(Path.of("src/main/resources/samples/walk-records-with-errors.csv")))
        .isEqualTo(Files.readString(Path.of("../walk-import/src/test/resources/csv/records-with-errors.csv")));
    assertThat(Files.readString(Path.of("src/main/resources/samples/walk-roster.csv")))
        .isEqualTo(Files.readString(Path.of("../walk-import/src/test/resources/csv/roster.csv")));
  }
}
