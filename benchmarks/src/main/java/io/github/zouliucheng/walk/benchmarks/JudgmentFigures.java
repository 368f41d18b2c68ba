package io.github.zouliucheng.walk.benchmarks;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the figures of the judgments that name units on a dataset file (for example one written
 * by {@code shared/perf/gen.py --format project}): for each judgment, how many units it names, of
 * the units that walked; the clustering figures (pairs observed, achievable, expected, avoidable);
 * and the median time of the analysis.
 *
 * <pre>{@code
 * java ... JudgmentFigures /tmp/perf/p100k/dataset.json [runs]
 * }</pre>
 */
public final class JudgmentFigures {
  private JudgmentFigures() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    DatasetResult result = WalkJson.reader().read(file);
    Dataset dataset = result.dataset();
    System.out.printf(Locale.ROOT, "%s: %d walks, %d units, %d problems reading%n",
        file, dataset.walks().size(), dataset.roster().units().size(), result.problems().size());
    double[] seconds = new double[runs];
    Analysis analysis = null;
    for (int i = 0; i < runs; i++) {
      Measure.Run<Analysis> run = Measure.run(() -> WalkAnalytics.analyze(dataset));
      seconds[i] = run.nanos / 1e9;
      analysis = run.value;
    }
    java.util.Arrays.sort(seconds);
    long walked = analysis.scheduling().units().values().stream().filter(u -> u.walks() > 0).count();
    Map<Judgment, Set<String>> units = new EnumMap<>(Judgment.class);
    Map<Judgment, Long> flags = new EnumMap<>(Judgment.class);
    for (Flag f : analysis.flags()) {
      units.computeIfAbsent(f.judgment(), k -> new TreeSet<>()).addAll(f.ownerUnitIds());
      flags.merge(f.judgment(), 1L, Long::sum);
    }
    System.out.printf(Locale.ROOT, "%-32s %8s %12s%n", "judgment", "flags", "units named");
    for (Judgment j : Judgment.values()) {
      int n = units.getOrDefault(j, Set.of()).size();
      System.out.printf(Locale.ROOT, "%-32s %8d %5d of %d (%.1f %%)%n",
          j.code(), flags.getOrDefault(j, 0L), n, walked, 100.0 * n / Math.max(1, walked));
    }
    var s = analysis.scheduling();
    System.out.printf(Locale.ROOT,
        "clustering: %d working days, pairs %d (same day %d, nearby %d), avoidable %d, of clustered units %d;"
            + " units clustered %s; walks in conflict %s%n",
        s.workingDays(), s.conflictingPairs(), s.sameDayPairs(), s.nearbyPairs(), s.avoidablePairs(),
        s.avoidablePairsOfClusteredUnits(), s.unitsClustered(), s.walksInConflict());
    double[] ratios =
        s.units().values().stream()
            .filter(u -> u.expectedPairs().signum() > 0)
            .mapToDouble(u -> u.conflictingPairs() / u.expectedPairs().doubleValue())
            .sorted()
            .toArray();
    if (ratios.length > 0) {
      System.out.printf(Locale.ROOT,
          "pairs ÷ expected by chance, over units: min %.2f, p10 %.2f, median %.2f, p90 %.2f, max %.2f%n",
          ratios[0], ratios[ratios.length / 10], ratios[ratios.length / 2], ratios[ratios.length * 9 / 10],
          ratios[ratios.length - 1]);
    }
    System.out.printf(Locale.ROOT, "shallow findings: %s of findings on walks%n", analysis.depth().trivialFindings());
    System.out.printf(Locale.ROOT, "analysis: median %.3f s (min %.3f, max %.3f) over %d runs%n",
        seconds[runs / 2], seconds[0], seconds[runs - 1], runs);
  }
}
