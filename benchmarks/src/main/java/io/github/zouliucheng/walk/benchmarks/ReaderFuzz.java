package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.model.testing.JsonMutator;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fuzzes the whole pipeline with mutants of valid documents ({@link JsonMutator}): reads each, and
 * analyses, composes and renders every dataset it accepts in every format (HTML fragment, Markdown,
 * text, JSON), encoding each rendering as UTF-8 with an encoder that reports malformed input. It
 * counts outcomes and exceptions by stage and type, and prints them; a run is reproduced by its
 * arguments.
 *
 * <p>Usage: {@code ReaderFuzz [mutants] [seconds] [seed] [file.json ...]}, defaults 100,000 mutants,
 * at most 600 seconds, seed 1; without files, the documents are the README's example (from
 * walk-model's test-jar) and synthetic datasets of a few sizes. Only the reader's {@link
 * InvalidDatasetException} is an expected outcome; everything else counted under "exception" is a
 * defect.
 */
public final class ReaderFuzz {
  private ReaderFuzz() {}

  /** Runs the fuzzer and prints its counts. */
  public static void main(String[] args) throws IOException {
    int mutants = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    List<byte[]> documents = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      documents.add(Files.readAllBytes(Path.of(args[i])));
    }
    if (documents.isEmpty()) {
      documents.addAll(defaultDocuments());
    }

    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> firstSeen = new TreeMap<>();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int run = 0;
    while (run < mutants && System.nanoTime() < deadline) {
      long mutantSeed = seed * 1_000_003L + run;
      byte[] document = documents.get(Math.floorMod((int) mutantSeed, documents.size()));
      JsonMutator.Mutant mutant = JsonMutator.mutant(document, mutantSeed);
      run++;
      String where = "mutant " + mutantSeed + " " + mutant.kinds();
      Dataset dataset;
      try {
        DatasetResult result = WalkJson.reader().read(new ByteArrayInputStream(mutant.bytes()));
        count(counts, result.rejections().isEmpty() ? "read: accepted whole" : "read: accepted in part");
        dataset = result.dataset();
      } catch (InvalidDatasetException e) {
        count(counts, "read: InvalidDatasetException (documented)");
        continue;
      } catch (Throwable t) {
        exception(counts, firstSeen, "read", t, where);
        continue;
      }
      Bulletin bulletin;
      try {
        Analysis analysis = WalkAnalytics.analyze(dataset);
        bulletin = Bulletin.builder(dataset, analysis).build();
      } catch (Throwable t) {
        exception(counts, firstSeen, "analyse/compose", t, where);
        continue;
      }
      render(counts, firstSeen, "html", b -> HtmlRenderer.fragment().render(b), bulletin, where);
      render(counts, firstSeen, "markdown", b -> MarkdownRenderer.create().render(b), bulletin, where);
      render(counts, firstSeen, "text", b -> TextRenderer.create().render(b), bulletin, where);
      render(counts, firstSeen, "json", b -> JsonRenderer.create().render(b), bulletin, where);
    }

    System.out.printf(Locale.ROOT, "%,d mutants of %d documents, seed %d%n", run, documents.size(), seed);
    counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "%,9d  %s%n", v, k));
    firstSeen.forEach((k, v) -> System.out.printf(Locale.ROOT, "first %s: %s%n", k, v));
  }

  private static void render(
      Map<String, Integer> counts,
      Map<String, String> firstSeen,
      String format,
      Function<Bulletin, String> renderer,
      Bulletin bulletin,
      String where) {
    try {
      String out = renderer.apply(bulletin);
      CharsetEncoder utf8 =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      utf8.encode(CharBuffer.wrap(out));
      count(counts, "render " + format + ": ok");
    } catch (Throwable t) {
      exception(counts, firstSeen, "render " + format, t, where);
    }
  }

  private static void exception(
      Map<String, Integer> counts, Map<String, String> firstSeen, String stage, Throwable t, String where) {
    String key = stage + ": exception " + t.getClass().getName();
    count(counts, key);
    String message = String.valueOf(t.getMessage());
    firstSeen.putIfAbsent(key, where + ": " + (message.length() <= 200 ? message : message.substring(0, 200) + "..."));
  }

  private static void count(Map<String, Integer> counts, String key) {
    counts.merge(key, 1, Integer::sum);
  }

  private static List<byte[]> defaultDocuments() {
    List<byte[]> documents = new ArrayList<>();
    try (InputStream in = ReaderFuzz.class.getResourceAsStream("/json/example-dataset.json")) {
      if (in != null) {
        documents.add(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[][] sizes = {{5, 3, 2}, {20, 8, 4}, {60, 20, 6}};
    for (int i = 0; i < sizes.length; i++) {
      Dataset d = SyntheticDatasets.dataset(sizes[i][0], sizes[i][1], sizes[i][2], Period.parse("2023-Q1"), 20230331L + i);
      documents.add(WalkJson.toJson(d).getBytes(StandardCharsets.UTF_8));
    }
    return documents;
  }
}
