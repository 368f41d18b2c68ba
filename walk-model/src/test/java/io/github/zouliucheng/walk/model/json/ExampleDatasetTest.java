package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Walk;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's example dataset is valid under every rule of the model, not only under the schema,
 * and it is in canonical form: reading it and writing it back gives the same text.
 */
final class ExampleDatasetTest {

  static String exampleText() {
    try (InputStream in = ExampleDatasetTest.class.getResourceAsStream("/json/example-dataset.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void example_readsWithNoProblem() throws IOException {
    DatasetResult result = WalkJson.reader().read(new StringReader(exampleText()));

    assertThat(result.problems()).isEmpty();
    Dataset d = result.dataset();
    assertThat(d.period()).hasToString("2023-Q1");
    assertThat(d.roster().units()).hasSize(2);
    assertThat(d.roster().members()).hasSize(3);
    assertThat(d.walks()).hasSize(2);
    assertThat(d.findings()).hasSize(1);
  }

  @Test
  void example_showsAClosedOutFindingAnEmptyWalkAndAnOpenHotlineFinding() {
    Dataset d = WalkJson.fromJson(exampleText());

    Walk first = d.walks().get(0);
    assertThat(first.fourNoTwoStraight()).isTrue();
    assertThat(first.findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(RectificationStatus.CLOSED));
    assertThat(d.walks().get(1).findings()).isEmpty();
    assertThat(d.findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(RectificationStatus.IN_PROGRESS));
  }

  @Test
  void example_isInCanonicalForm() {
    String text = exampleText();

    assertThat(WalkJson.toJson(WalkJson.fromJson(text))).isEqualTo(text.stripTrailing());
  }
}
