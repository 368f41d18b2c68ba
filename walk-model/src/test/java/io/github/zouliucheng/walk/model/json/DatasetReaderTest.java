package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.RecordKind;
import io.github.zouliucheng.walk.model.Rejection;
import io.github.zouliucheng.walk.model.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatasetReaderTest {

  private static String resource(String name) {
    try (InputStream in = DatasetReaderTest.class.getResourceAsStream("/json/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DatasetResult read(String json) throws IOException {
    return WalkJson.reader().read(new StringReader(json));
  }

  private static DatasetResult readLeniently(String json) throws IOException {
    return WalkJson.reader().ignoringUnknownFields().read(new StringReader(json));
  }

  private static String minimal(String walks) {
    return "{\"period\": \"2023-Q1\", \"roster\": {\"units\": [{\"id\": \"U1\", \"name\": \"桦南县\","
        + " \"kind\": \"county\"}], \"members\": [{\"id\": \"M1\", \"name\": \"王明\", \"title\": \"县长\","
        + " \"unitId\": \"U1\"}]}, \"walks\": ["
        + walks
        + "]}";
  }

  private static String walk(String id, String extra) {
    return "{\"id\": \""
        + id
        + "\", \"leaderId\": \"M1\", \"unitId\": \"U1\", \"date\": \"2023-02-01\","
        + " \"servicePoint\": {\"id\": \"SP1\", \"name\": \"医保窗口\", \"kind\": \"service_hall\"},"
        + " \"matters\": [{\"name\": \"医保报销\", \"complexity\": \"simple\"}], \"role\": \"citizen\","
        + " \"approach\": \"handled\", \"forms\": [\"on_site\"], \"visibility\": \"announced\","
        + " \"coverage\": \"part\""
        + extra
        + "}";
  }

  //-----------------------------------------------------------------------------------------------

  @Test
  void read_brokenDataset_listsEveryProblemInInputOrder() throws IOException {
    DatasetResult result = read(resource("broken-dataset.json"));

    String listed = result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n", "", "\n"));
    assertThat(listed).isEqualTo(resource("broken-dataset.problems.txt"));
  }

  @Test
  void read_brokenDataset_keepsEveryValidRecordAndNothingElse() throws IOException {
    DatasetResult result = read(resource("broken-dataset.json"));

    Dataset kept = result.dataset();
    assertThat(kept.roster().units()).extracting(u -> u.id()).containsExactly("U-HN", "U-SF");
    assertThat(kept.roster().units().get(1).name()).isEqualTo("市司法局");
    assertThat(kept.roster().members()).extracting(m -> m.id()).containsExactly("M-1");
    assertThat(kept.walks()).extracting(w -> w.id()).containsExactly("W-3");
    assertThat(kept.walks().get(0).findings()).extracting(f -> f.id()).containsExactly("F-2");
    assertThat(kept.findings()).isEmpty();
    assertThat(result.rejections())
        .extracting(Rejection::kind, r -> r.id().orElse("?"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RecordKind.UNIT, "U-SF"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.UNIT, "U-XX"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.MEMBER, "M-2"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.MEMBER, "M-3"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.WALK, "W-1"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.WALK, "W-2"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.FINDING, "F-1"),
            org.assertj.core.groups.Tuple.tuple(RecordKind.FINDING, "F-2"));
    assertThat(result.warnings()).extracting(Problem::rule).containsExactly(Rule.RECTIFIED_WITHOUT_MEASURES);
  }

  @Test
  void read_brokenDataset_orElseThrowListsAllErrors() throws IOException {
    DatasetResult result = read(resource("broken-dataset.json"));

    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageStartingWith("invalid dataset: 9 problems\n  error /roster/units/2/id (unit U-SF) duplicate_id")
        .satisfies(e -> assertThat(((InvalidDatasetException) e).problems()).hasSize(9));
  }

  /** Field problems are found while reading, rules across records after it: units/3 comes first. */
  @Test
  void read_failingFast_throwsTheFirstProblemOnly() {
    assertThatThrownBy(() -> WalkJson.reader().failingFast().read(new StringReader(resource("broken-dataset.json"))))
        .isInstanceOf(InvalidDatasetException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDatasetException) e).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.location()).isEqualTo("/roster/units/3/kind")));
  }

  @Test
  void read_failingFast_cleanInput_returnsTheDataset() throws IOException {
    DatasetResult result = WalkJson.reader().failingFast().read(new StringReader(minimal(walk("W1", ""))));

    assertThat(result.isClean()).isTrue();
    assertThat(result.dataset().walks()).hasSize(1);
  }

  @Test
  void read_unknownField_isRejectedByDefaultAndIgnoredLeniently() throws IOException {
    String json = minimal(walk("W1", ", \"weather\": \"晴\""));

    assertThat(read(json).errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_FIELD);
              assertThat(p.location()).isEqualTo("/walks/0/weather");
              assertThat(p.message()).contains("\"weather\" is not a field", "leaderId");
            });
    assertThat(readLeniently(json).isClean()).isTrue();
    assertThat(readLeniently(json).dataset().walks()).hasSize(1);
  }

  @Test
  void read_unknownTopLevelField_isRejectedByDefaultAndIgnoredLeniently() throws IOException {
    String json = minimal(walk("W1", "")).replace("{\"period\"", "{\"exportedBy\": {\"system\": [1, 2]}, \"period\"");

    assertThat(read(json).errors()).extracting(Problem::location).containsExactly("/exportedBy");
    assertThat(readLeniently(json).isClean()).isTrue();
  }

  @Test
  void read_malformedJson_endsWithLineAndColumnAndEarlierProblems() {
    String json = minimal(walk("W1", ", \"role2\": 1") + ",\n{\"id\": \"W2\",, }");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidDatasetException.class)
        .satisfies(
            e -> {
              List<Problem> problems = ((InvalidDatasetException) e).problems();
              assertThat(problems).extracting(Problem::rule).containsExactly(Rule.UNKNOWN_FIELD, Rule.MALFORMED_JSON);
              assertThat(problems.get(1).location()).isEqualTo("/walks/1/id line 2, column 13");
            });
  }

  @Test
  void read_fieldGivenTwice_isMalformed() {
    String json = minimal(walk("W1", ", \"id\": \"W9\""));

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("malformed_json")
        .hasMessageContaining("/walks/0/id line 1, column 487 malformed_json: not well-formed JSON: the field \"id\" is given twice in one object");
  }

  @Test
  void read_emptyInput_fails() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("the input is empty");
  }

  @Test
  void read_notAnObject_fails() {
    assertThatThrownBy(() -> read("[1, 2]"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("wrong_type: a dataset is a JSON object");
  }

  @Test
  void read_missingPeriod_failsListingTheOtherProblemsToo() {
    String json = minimal(walk("W1", ", \"weather\": 1")).replace("\"period\": \"2023-Q1\", ", "");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidDatasetException.class)
        .satisfies(
            e ->
                assertThat(((InvalidDatasetException) e).problems())
                    .extracting(Problem::location, Problem::rule)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/period", Rule.MISSING_FIELD),
                        org.assertj.core.groups.Tuple.tuple("/walks/0/weather", Rule.UNKNOWN_FIELD)));
  }

  @Test
  void read_invalidPeriod_namesTheValue() {
    String json = minimal("").replace("2023-Q1", "2023-Q5");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("/period invalid_value: not a valid period: \"2023-Q5\"");
  }

  @Test
  void read_nullValue_isNamedAsNull() throws IOException {
    String json = minimal(walk("W1", ", \"notes\": null"));

    assertThat(read(json).errors())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("notes must be left out when absent, not null"));
  }

  @Test
  void read_emptyMattersAndForms_areNamed() throws IOException {
    String json = minimal(walk("W1", "").replace("[{\"name\": \"医保报销\", \"complexity\": \"simple\"}]", "[]").replace("[\"on_site\"]", "[]"));

    assertThat(read(json).errors())
        .extracting(Problem::location, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/walks/0/matters", "matters must hold at least one item"),
            org.assertj.core.groups.Tuple.tuple("/walks/0/forms", "forms must hold at least one item"));
  }

  @Test
  void read_walkRuleBrokenAtBuildTime_isLocatedAtItsField() throws IOException {
    String json = minimal(walk("W1", ", \"fourNoTwoStraight\": true"));

    assertThat(read(json).errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("/walks/0/fourNoTwoStraight");
              assertThat(p.rule()).isEqualTo(Rule.INVALID_VALUE);
              assertThat(p.message()).contains("requires visibility \"unannounced\", not \"announced\"");
            });
  }

  @Test
  void read_findingOfAWalkWithAnotherSource_isRejectedAndTheWalkKept() throws IOException {
    String finding =
        "{\"id\": \"F1\", \"source\": \"petition\", \"description\": \"排队时间长\", \"category\":"
            + " \"waiting_capacity\", \"responsibleUnitId\": \"U1\", \"foundOn\": \"2023-02-01\"}";
    DatasetResult result = read(minimal(walk("W1", ", \"findings\": [" + finding + "]")));

    assertThat(result.dataset().walks()).singleElement().satisfies(w -> assertThat(w.findings()).isEmpty());
    assertThat(result.errors())
        .extracting(Problem::location, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/walks/0/findings/0/source", Rule.WRONG_SOURCE));
  }

  @Test
  void read_findingBeforeItsWalk_isRejected() throws IOException {
    String finding =
        "{\"id\": \"F1\", \"source\": \"walk\", \"description\": \"排队时间长\", \"category\":"
            + " \"waiting_capacity\", \"responsibleUnitId\": \"U1\", \"foundOn\": \"2023-01-31\"}";
    DatasetResult result = read(minimal(walk("W1", ", \"findings\": [" + finding + "]")));

    assertThat(result.errors()).extracting(Problem::location).containsExactly("/walks/0/findings/0/foundOn");
  }

  @Test
  void read_path_missingFile_throwsIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> WalkJson.read(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_inputStream_isNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(minimal("").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThat(WalkJson.reader().read(in).isClean()).isTrue();
    assertThat(closed[0]).isFalse();
  }

  @Test
  void read_utf16File_detectsTheEncoding(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16.json");
    Files.write(file, minimal(walk("W1", "")).getBytes(StandardCharsets.UTF_16BE));

    assertThat(WalkJson.read(file).roster().units().get(0).name()).isEqualTo("桦南县");
  }
}
