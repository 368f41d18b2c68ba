package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.testing.JsonMutator;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The reader over hostile input: mutants of valid documents (see {@link JsonMutator}) either read
 * into a result or end with the one documented failure, {@link InvalidDatasetException}; from memory
 * no {@link IOException} is ever thrown, since the source cannot fail. Every dataset accepted from
 * a mutant (its valid part) writes as well-formed UTF-8 and reads back equal, to the same text.
 */
final class ReaderMutationProperties {

  private static byte[] resource(String name) {
    try (InputStream in = ReaderMutationProperties.class.getResourceAsStream("/json/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Valid documents (and the deliberately broken one): the README's example and synthetic datasets
   * of a few sizes, made once, so that the examples go to mutants rather than to generating.
   */
  private static final List<byte[]> DOCUMENTS = documents();

  private static List<byte[]> documents() {
    List<byte[]> documents = new ArrayList<>();
    documents.add(resource("example-dataset.json"));
    documents.add(resource("broken-dataset.json"));
    int[][] sizes = {{1, 1, 1}, {5, 3, 2}, {20, 8, 4}, {60, 20, 6}};
    for (int i = 0; i < sizes.length; i++) {
      Dataset d = SyntheticDatasets.dataset(sizes[i][0], sizes[i][1], sizes[i][2], Period.parse("2023-Q1"), 20230331L + i);
      documents.add(WalkJson.toJson(d).getBytes(StandardCharsets.UTF_8));
    }
    return List.copyOf(documents);
  }

  @Test
  void everyMutantReadsOrFailsWithTheDocumentedExceptionAndWhatIsKeptRoundTrips() {
    qt().withExamples(2000)
        .withShrinkCycles(50)
        .forAll(Generate.pick(DOCUMENTS), longs().all())
        .checkAssert(
            (document, seed) -> {
              JsonMutator.Mutant mutant = JsonMutator.mutant(document, seed);
              String context = describe(mutant, seed);
              check(context, () -> WalkJson.reader().read(new ByteArrayInputStream(mutant.bytes())));
              if ((seed & 7) == 0) {
                check(
                    context + " (as text)",
                    () -> WalkJson.reader().read(new StringReader(new String(mutant.bytes(), StandardCharsets.UTF_8))));
              }
              if ((seed & 7) == 1) {
                check(context + " (leniently)", () -> WalkJson.reader().ignoringUnknownFields().read(new ByteArrayInputStream(mutant.bytes())));
              }
              if ((seed & 7) == 2) {
                check(context + " (failing fast)", () -> WalkJson.reader().failingFast().read(new ByteArrayInputStream(mutant.bytes())));
              }
            });
  }

  @Test
  void theMutatorBreaksDocuments() {
    // guards the property above against a mutator that leaves documents valid
    byte[] example = resource("example-dataset.json");
    int failed = 0;
    int rejected = 0;
    for (long seed = 0; seed < 200; seed++) {
      try {
        DatasetResult r = WalkJson.reader().read(new ByteArrayInputStream(JsonMutator.mutate(example, seed)));
        rejected += r.rejections().isEmpty() ? 0 : 1;
      } catch (InvalidDatasetException e) {
        failed++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(failed).isGreaterThan(40);
    assertThat(rejected).isGreaterThan(20);
  }

  interface Read {
    DatasetResult read() throws IOException;
  }

  private static void check(String context, Read read) {
    DatasetResult result;
    try {
      result = read.read();
    } catch (InvalidDatasetException e) {
      assertThat(e.problems()).as(context).isNotEmpty();
      return;
    } catch (Throwable t) {
      throw new AssertionError(context + " threw an undocumented " + t, t);
    }
    roundTrips(context, result.dataset());
  }

  private static void roundTrips(String context, Dataset dataset) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WalkJson.writer().write(dataset, out);
      String written =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(out.toByteArray()))
              .toString();
      DatasetResult back = WalkJson.reader().read(new ByteArrayInputStream(out.toByteArray()));
      assertThat(back.rejections()).as("%s: the kept dataset read back", context).isEmpty();
      assertThat(back.dataset()).as("%s: the kept dataset read back", context).isEqualTo(dataset);
      assertThat(WalkJson.toJson(back.dataset())).as(context).isEqualTo(written);
    } catch (CharacterCodingException e) {
      fail("%s: the kept dataset is not written as well-formed UTF-8: %s", context, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(JsonMutator.Mutant mutant, long seed) {
    String text = new String(mutant.bytes(), StandardCharsets.UTF_8);
    return "mutant " + mutant.kinds() + " of seed " + seed + ", " + mutant.bytes().length + " bytes, starting "
        + (text.length() <= 300 ? text : text.substring(0, 300) + "...");
  }
}
