package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The reader's bounds on hostile input: numbers too large or too precise for an effect, periods
 * longer than five years, deep nesting, over-long numbers, exponents beyond any decimal, and
 * strings that are not valid Unicode. Each is a problem of the reader, never another exception.
 */
final class DatasetReaderBoundsTest {

  private static final String ROSTER =
      "\"roster\": {\"units\": [{\"id\": \"U1\", \"name\": \"桦南县\", \"kind\": \"county\"}],"
          + " \"members\": [{\"id\": \"M1\", \"name\": \"王明\", \"title\": \"县长\", \"unitId\": \"U1\"}]}";

  private static String dataset(String period, String walkExtra) {
    return "{\"period\": \""
        + period
        + "\", "
        + ROSTER
        + ", \"walks\": [{\"id\": \"W1\", \"leaderId\": \"M1\", \"unitId\": \"U1\", \"date\": \"2023-02-01\","
        + " \"servicePoint\": {\"id\": \"SP1\", \"name\": \"医保窗口\", \"kind\": \"service_hall\"},"
        + " \"matters\": [{\"name\": \"医保报销\", \"complexity\": \"simple\"}], \"role\": \"citizen\","
        + " \"approach\": \"handled\", \"forms\": [\"on_site\"], \"visibility\": \"announced\","
        + " \"coverage\": \"part\""
        + walkExtra
        + "}]}";
  }

  /** A walk holding one finding whose rectification has one effect {@code before} → 4. */
  private static String withEffect(String before) {
    return dataset(
        "2023-Q1",
        ", \"findings\": [{\"id\": \"F1\", \"source\": \"walk\", \"description\": \"窗口少\","
            + " \"category\": \"waiting_capacity\", \"responsibleUnitId\": \"U1\", \"foundOn\": \"2023-02-01\","
            + " \"rectification\": {\"mode\": \"immediate\", \"measures\": [\"增加窗口\"], \"effects\": [{"
            + "\"indicator\": \"窗口\", \"before\": "
            + before
            + ", \"after\": 4, \"unit\": \"个\"}]}}]");
  }

  private static DatasetResult read(String json) throws IOException {
    return WalkJson.reader().read(new StringReader(json));
  }

  private static InvalidDatasetException failure(String json) {
    Throwable t = catchThrowable(() -> read(json));
    assertThat(t).as("reading must fail with the reader's own exception").isInstanceOf(InvalidDatasetException.class);
    return (InvalidDatasetException) t;
  }

  // defect 1 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483647", "1e999999999", "1e13", "-1000000000000.5", "1.0000001", "1e-999999999"})
  void read_effectBeyondTheBounds_rejectsTheFindingNamingTheFieldAndTheValue(String before) throws IOException {
    DatasetResult result = read(withEffect(before));

    assertThat(result.errors())
        .extracting(Problem::location, Problem::rule)
        .containsExactly(tuple("/walks/0/findings/0/rectification/effects/0/before", Rule.INVALID_VALUE));
    assertThat(result.errors().get(0).recordId()).contains("finding F1");
    assertThat(result.errors().get(0).value()).contains(new BigDecimal(before).toString());
    assertThat(result.dataset().walks()).singleElement().satisfies(w -> assertThat(w.findings()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e12", "-1000000000000", "999999999999.999999", "0.000001", "2.50"})
  void read_effectWithinTheBounds_isKept(String before) throws IOException {
    DatasetResult result = read(withEffect(before));

    assertThat(result.isClean()).isTrue();
    assertThat(result.dataset().walks().get(0).findings().get(0).rectification().orElseThrow().effects().get(0).before())
        .isEqualTo(new BigDecimal(before));
  }

  @Test
  void read_hugeNumberWhereTextIsExpected_isAWrongTypeShownInScientificNotation() throws IOException {
    DatasetResult result =
        read(dataset("2023-Q1", ", \"notes\": [1e999999999, 1E+2147483647]").replace("\"name\": \"王明\"", "\"name\": 1e999999999"));

    assertThat(result.errors())
        .extracting(Problem::location, Problem::rule, Problem::value)
        .containsExactly(
            tuple("/roster/members/0/name", Rule.WRONG_TYPE, java.util.Optional.of("1E+999999999")),
            tuple("/walks/0/notes", Rule.WRONG_TYPE, java.util.Optional.of("[1E+999999999,1E+2147483647]")));
  }

  // defect 2 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01/9999-12-31", "2023-01-01/2028-01-01"})
  void read_periodLongerThanFiveYears_isAnInvalidPeriod(String period) {
    InvalidDatasetException e = failure(dataset(period, ""));

    assertThat(e.problems())
        .extracting(Problem::location, Problem::rule)
        .containsExactly(tuple("/period", Rule.INVALID_VALUE));
    assertThat(e.problems().get(0).value()).contains("\"" + period + "\"");
    assertThat(e.problems().get(0).message()).contains("5 years");
  }

  @Test
  void read_periodOfExactlyFiveYears_isRead() throws IOException {
    assertThat(read(dataset("2023-01-01/2027-12-31", "")).isClean()).isTrue();
  }

  // defect 3 ---------------------------------------------------------------------------------------

  @Test
  void read_nestingDeeperThan500_isMalformedWithLineAndColumn() {
    String deep = "[".repeat(600) + "]".repeat(600);
    InvalidDatasetException e = failure(dataset("2023-Q1", ",\n \"notes\": " + deep));

    Problem last = e.problems().get(e.problems().size() - 1);
    assertThat(last.rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(last.location()).matches(".* line 2, column \\d+");
    assertThat(last.message()).contains("500");
  }

  @Test
  void read_numberOfMoreThan1000Digits_isMalformedWithLineAndColumn() {
    InvalidDatasetException e = failure(withEffect("1" + "0".repeat(1000)));

    Problem last = e.problems().get(e.problems().size() - 1);
    assertThat(last.rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(last.location()).matches(".* line 1, column \\d+");
    assertThat(last.message()).contains("1000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e2147483648", "1e-2147483649", "0.5e99999999999999"})
  void read_exponentBeyondAnyDecimal_isMalformedWithLineAndColumn(String number) {
    InvalidDatasetException e = failure(withEffect(number));

    Problem last = e.problems().get(e.problems().size() - 1);
    assertThat(last.rule()).isEqualTo(Rule.MALFORMED_JSON);
    assertThat(last.location()).matches(".* line 1, column \\d+");
    assertThat(last.message()).contains(number);
  }

  @Test
  void read_deepNestingFromBytes_isMalformedToo() {
    byte[] bytes = dataset("2023-Q1", ", \"notes\": " + "[".repeat(600)).getBytes(StandardCharsets.UTF_8);

    Throwable t = catchThrowable(() -> WalkJson.reader().read(new ByteArrayInputStream(bytes)));
    assertThat(t).isInstanceOf(InvalidDatasetException.class).hasMessageContaining("malformed_json");
  }

  // defect 4 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"桦南县\\ud800", "\\udc00桦南县", "桦\\udbff南县", "\\ud800\\ud800"})
  void read_loneSurrogateInAName_isAnInvalidValueOfThatRecord(String name) throws IOException {
    DatasetResult result = read(dataset("2023-Q1", "").replace("\"name\": \"桦南县\"", "\"name\": \"" + name + "\""));

    assertThat(result.rejections().get(0).problems())
        .extracting(Problem::location, Problem::rule)
        .containsExactly(tuple("/roster/units/0/name", Rule.INVALID_VALUE));
    assertThat(result.rejections().get(0).problems().get(0).message()).contains("Unicode");
    assertThat(result.dataset().roster().units()).isEmpty();
  }

  @Test
  void read_loneSurrogateInAMeasureOrANote_isAnInvalidValue() throws IOException {
    DatasetResult result =
        read(withEffect("2").replace("增加窗口", "增加窗口\\ud83d").replace("\"coverage\": \"part\"", "\"coverage\": \"part\", \"notes\": \"x\\udfff\""));

    assertThat(result.errors())
        .extracting(Problem::location, Problem::rule)
        .contains(
            tuple("/walks/0/findings/0/rectification/measures/0", Rule.INVALID_VALUE),
            tuple("/walks/0/notes", Rule.INVALID_VALUE));
  }

  @Test
  void read_surrogatePair_isValid() throws IOException {
    DatasetResult result = read(dataset("2023-Q1", "").replace("\"name\": \"桦南县\"", "\"name\": \"桦南县\\ud83d\\ude00\""));

    assertThat(result.isClean()).isTrue();
    assertThat(result.dataset().roster().units().get(0).name()).isEqualTo("桦南县😀");
  }
}
