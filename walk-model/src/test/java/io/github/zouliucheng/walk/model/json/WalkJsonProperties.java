package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The laws of the JSON form, over generated datasets (Chinese text, emoji, empty lists, leap days). */
final class WalkJsonProperties {

  @Test
  void readingWhatWasWrittenGivesAnEqualDataset() {
    qt().withExamples(100).forAll(WalkGenerators.datasetsWithWarnings())
        .checkAssert(d -> assertThat(WalkJson.fromJson(WalkJson.toJson(d))).isEqualTo(d));
  }

  @Test
  void writingWhatWasReadGivesTheSameText() {
    qt().withExamples(100).forAll(WalkGenerators.datasets())
        .checkAssert(
            d -> {
              String json = WalkJson.toJson(d);
              assertThat(WalkJson.toJson(WalkJson.fromJson(json))).isEqualTo(json);
            });
  }

  @Test
  void compactAndIndentedFormsHoldTheSameDataset() {
    qt().withExamples(100).forAll(WalkGenerators.datasets())
        .checkAssert(
            d -> assertThat(WalkJson.fromJson(WalkJson.writer().compact().toJson(d))).isEqualTo(WalkJson.fromJson(WalkJson.toJson(d))));
  }

  @Test
  void bytesWrittenToAStreamReadBackThroughAStream() {
    qt().withExamples(100).forAll(WalkGenerators.datasets())
        .checkAssert(
            d -> {
              try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WalkJson.writer().write(d, out);
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(WalkJson.toJson(d));
                DatasetResult back = WalkJson.reader().read(new ByteArrayInputStream(out.toByteArray()));
                assertThat(back.rejections()).isEmpty();
                assertThat(back.dataset()).isEqualTo(d);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void everyWrittenDatasetValidatesAgainstTheSchema() {
    var schema = SchemaFixtures.schema(true);
    qt().withExamples(40)
        .forAll(WalkGenerators.datasetsWithWarnings())
        .checkAssert(
            d -> assertThat(schema.validate(SchemaFixtures.MAPPER.readTree(WalkJson.toJson(d))))
                .as("schema errors for\n%s", WalkJson.toJson(d))
                .isEmpty());
  }
}
