package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinRenderer;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Composes the bulletin of a dataset and renders it in every format, printing the median time and
 * the size of each step, twice: with the default options (anonymous criticism, the units appendix),
 * and with named criticism and all four appendices, the largest a bulletin gets. A bulletin is a few
 * pages at any scale: the sizes do not grow with the walks.
 *
 * <p>Usage: {@code BulletinBenchmark [walks] [leaders] [units] [repeats]}, defaults 100,000, 2,000,
 * 100 and 5, over one quarter of synthetic data; or {@code BulletinBenchmark --input dataset.json
 * [repeats]} for a dataset file, such as the province-scale workload of {@code gen.py}.
 */
public final class BulletinBenchmark {
  private BulletinBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) {
    Dataset dataset;
    int repeats;
    if (args.length > 0 && args[0].equals("--input")) {
      Path file = Path.of(args[1]);
      repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
      long start = System.nanoTime();
      dataset = read(file);
      System.out.printf(Locale.ROOT, "read %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
    } else {
      int walks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
      int leaders = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
      int units = args.length > 2 ? Integer.parseInt(args[2]) : 100;
      repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
      dataset = SyntheticDatasets.dataset(walks, leaders, units, Period.parse("2023-Q1"), 20230331L);
    }
    Analysis analysis = WalkAnalytics.analyze(dataset);
    System.out.printf(
        Locale.ROOT,
        "bulletin of %,d walks, %,d leaders, %,d units, %s, %,d flags; max heap %,d MiB, %d cores%n",
        dataset.walks().size(), dataset.roster().members().size(), dataset.roster().units().size(),
        dataset.period(), analysis.flags().size(), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    System.out.println("-- default options: anonymous criticism, the units appendix");
    measure(repeats, () -> Bulletin.builder(dataset, analysis).build());
    System.out.println("-- named criticism, all four appendices");
    measure(
        repeats,
        () -> Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).appendices(List.of(Appendix.values())).build());
  }

  private static void measure(int repeats, Supplier<Bulletin> compose) {
    Bulletin bulletin = time("compose", repeats, compose, b -> "");
    Map<String, BulletinRenderer> renderers = new LinkedHashMap<>();
    renderers.put("html fragment", HtmlRenderer.fragment());
    renderers.put("html page", HtmlRenderer.page());
    renderers.put("markdown", MarkdownRenderer.create());
    renderers.put("text", TextRenderer.create());
    renderers.put("json", JsonRenderer.create());
    for (Map.Entry<String, BulletinRenderer> r : renderers.entrySet()) {
      time(
          r.getKey(),
          repeats,
          () -> r.getValue().render(bulletin),
          s -> String.format(Locale.ROOT, "; %,.1f KiB", s.getBytes(StandardCharsets.UTF_8).length / 1024.0));
    }
  }

  private static Dataset read(Path file) {
    try {
      DatasetResult result = WalkJson.reader().read(file);
      if (!result.rejections().isEmpty()) {
        System.out.printf(Locale.ROOT, "%,d records rejected; the rest is measured%n", result.rejections().size());
      }
      return result.dataset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Describe<T> {
    String of(T value);
  }

  private static <T> T time(String step, int repeats, Supplier<T> work, Describe<T> describe) {
    for (int i = 0; i < 2; i++) {
      work.get();
    }
    double[] seconds = new double[repeats];
    T last = null;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      last = work.get();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT, "%-14s median %.3f s (min %.3f, max %.3f)%s%n",
        step, seconds[repeats / 2], seconds[0], seconds[repeats - 1], describe.of(last));
    return last;
  }
}
