package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import java.util.Locale;

/**
 * Runs the full analysis on province-scale synthetic data and prints its time and heap figures, and
 * how the time grows with ten times the walks.
 *
 * <p>Usage: {@code AnalysisBenchmark [walks] [leaders] [units] [repeats]}, defaults 1,000,000,
 * 20,000, 1,000 and 5. Each size is analysed {@code repeats} times after two warm-up runs; the
 * median time is reported. The scaling check analyses a tenth of the walks the same way.
 */
public final class AnalysisBenchmark {
  private AnalysisBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int leaders = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int units = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Period year = Period.parse("2023");
    System.out.printf(
        Locale.ROOT,
        "full analysis; %,d leaders, %,d units, %s; max heap %,d MiB, %d cores%n",
        leaders, units, year, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    double small = median(walks / 10, leaders, units, year, repeats);
    double large = median(walks, leaders, units, year, repeats);
    System.out.printf(Locale.ROOT, "10x the walks took %.2fx the time (target: at most 12x)%n", large / small);
  }

  private static double median(int walks, int leaders, int units, Period period, int repeats) {
    Dataset dataset = SyntheticDatasets.dataset(walks, leaders, units, period, 20230331L);
    for (int i = 0; i < 2; i++) {
      WalkAnalytics.analyze(dataset);
    }
    double[] seconds = new double[repeats];
    long peak = 0;
    Analysis last = null;
    for (int i = 0; i < repeats; i++) {
      Measure.Run<Analysis> run = Measure.run(() -> WalkAnalytics.analyze(dataset));
      seconds[i] = run.nanos / 1e9;
      peak = Math.max(peak, run.peakHeapBytes - run.heapBeforeBytes);
      last = run.value;
    }
    java.util.Arrays.sort(seconds);
    double median = seconds[repeats / 2];
    System.out.printf(
        Locale.ROOT,
        "%,9d walks: median %.3f s (min %.3f, max %.3f) over %d runs; heap for the analysis up to %,d MiB; %,d flags%n",
        walks, median, seconds[0], seconds[repeats - 1], repeats, peak >> 20, last.flags().size());
    return median;
  }
}
