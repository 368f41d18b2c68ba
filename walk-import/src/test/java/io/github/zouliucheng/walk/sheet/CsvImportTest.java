package io.github.zouliucheng.walk.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Walk;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the CSV files in src/test/resources/csv: encodings, the examples, and broken files. */
final class CsvImportTest {
  private static final Path DIR = Path.of("src/test/resources/csv");
  private static final Period Q1 = Period.parse("2023-Q1");
  private static final Charset GBK = Charset.forName("GBK");

  private static SheetImport.Result example() throws IOException {
    return CsvImport.records(DIR.resolve("records.csv")).roster(DIR.resolve("roster.csv")).period(Q1).read();
  }

  @Test
  void read_example_keepsEveryWalkAndFinding() throws IOException {
    SheetImport.Result result = example();

    Dataset d = result.dataset();
    assertThat(d.roster().units()).hasSize(5);
    assertThat(d.roster().members()).hasSize(8);
    assertThat(d.walks()).extracting(Walk::id)
        .containsExactly("2023-001", "2023-002", "2023-003", "2023-004", "2023-005", "2023-006", "2023-007");
    assertThat(d.walks()).extracting(w -> w.findings().size()).containsExactly(2, 0, 1, 2, 1, 1, 1);
    assertThat(d.allFindings().map(Finding::id).collect(Collectors.toList()))
        .containsExactly(
            "2023-001#1", "2023-001#2", "2023-003#1", "2023-004#1", "2023-004#2", "2023-005#1", "2023-006#1", "2023-007#1");
    // the one warning: 2023-007's finding is marked 已整改 with no 整改措施
    assertThat(result.problems()).extracting(SheetProblem::toString)
        .containsExactly(
            "warning records.csv!Q11 (整改措施) rectified_without_measures: 整改措施 is blank, but the problem is marked"
                + " rectified; the finding is kept and counts as perfunctory rectification (整改敷衍)");
    assertThat(result.orElseThrow()).isSameAs(d);
  }

  @Test
  void read_example_readsTheFirstWalkAsWritten() throws IOException {
    Walk w = example().dataset().walks().get(0);

    assertThat(w.date()).hasToString("2023-02-14");
    assertThat(w.leaderId()).isEqualTo("桦南县/王建国");
    assertThat(w.forms()).extracting(f -> f.code()).containsExactly("on_site", "cross_linked");
    assertThat(w.fourNoTwoStraight()).isTrue();
    Finding first = w.findings().get(0);
    assertThat(first.rectification().orElseThrow().effects()).hasSize(2);
    assertThat(first.rectification().orElseThrow().effectNote()).contains("极大提升了办事效率");
    assertThat(w.findings().get(1).rectification().orElseThrow().measures())
        .containsExactly("在终端旁张贴图文操作指引", "安排志愿者引导");
  }

  @Test
  void read_utf8WithBom_andGbk_giveTheSameDataset() throws IOException {
    Dataset plain = example().dataset();

    Dataset bom = CsvImport.records(DIR.resolve("records-bom.csv")).roster(DIR.resolve("roster.csv")).period(Q1).read().dataset();
    Dataset gbk =
        CsvImport.records(DIR.resolve("records-gbk.csv"))
            .roster(DIR.resolve("roster-gbk.csv"))
            .charset(GBK)
            .period(Q1)
            .read()
            .dataset();

    assertThat(bom).isEqualTo(plain);
    assertThat(gbk).isEqualTo(plain);
  }

  @Test
  void read_aBomMeansUtf8_whateverTheCharset() throws IOException {
    Dataset bomAsGbk =
        CsvImport.records(DIR.resolve("records-bom.csv")).roster(DIR.resolve("roster-gbk.csv")).charset(GBK).period(Q1).read().dataset();

    assertThat(bomAsGbk).isEqualTo(example().dataset());
  }

  @Test
  void read_gbkAsUtf8_failsWithWhereAndTheCharsetToUse() {
    SheetImportException e =
        catchThrowableOfType(
            SheetImportException.class,
            () -> CsvImport.records(DIR.resolve("records-gbk.csv")).period(Q1).read());

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "error records-gbk.csv invalid_value: the file is not valid UTF-8 at byte 0 (line 1), so it cannot be read;"
                + " CSV files saved by Excel on Chinese Windows are usually GBK: read them with"
                + " charset(Charset.forName(\"GBK\"))");
  }

  @Test
  void read_aQuoteLeftOpen_failsAtItsRow(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("坏文件.csv");
    Files.writeString(
        file, SheetImportTest.HEAD + "\n" + SheetImportTest.WALK + ",,\n" + SheetImportTest.WALK + ",\"没有结束的引号,\n", StandardCharsets.UTF_8);

    SheetImportException e = catchThrowableOfType(SheetImportException.class, () -> CsvImport.records(file).period(Q1).read());

    assertThat(e.problems()).extracting(SheetProblem::location).containsExactly("坏文件.csv!3:3");
    assertThat(e.problems().get(0).message()).startsWith("row 3 is not well-formed CSV (Missing closing quote for value)");
  }

  @Test
  void read_readers_areReadAsText() throws IOException {
    String records = Files.readString(DIR.resolve("records-bom.csv"), StandardCharsets.UTF_8);
    String roster = Files.readString(DIR.resolve("roster.csv"), StandardCharsets.UTF_8);

    Dataset d =
        CsvImport.records(new StringReader(records), "records.csv").roster(new StringReader(roster), "roster.csv").period(Q1).read().dataset();

    assertThat(d).isEqualTo(example().dataset());
  }

  @Test
  void read_exampleWithErrors_keepsTheGoodRecords_andListsEveryProblem() throws IOException {
    SheetImport.Result result =
        CsvImport.records(DIR.resolve("records-with-errors.csv")).roster(DIR.resolve("roster.csv")).period(Q1).read();

    assertThat(result.dataset().walks()).extracting(Walk::id).containsExactly("2023-101", "2023-104", "2023-110");
    assertThat(result.dataset().walks().get(1).findings()).extracting(Finding::id).containsExactly("2023-104#2");
    String listed = result.problems().stream().map(p -> p + "\n").collect(Collectors.joining());
    assertThat(listed).isEqualTo(Files.readString(DIR.resolve("records-with-errors.problems.txt"), StandardCharsets.UTF_8));
  }
}
