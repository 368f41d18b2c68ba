package io.github.zouliucheng.walk.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times {@link TrivialMatcher#defaults()} on a province-year of descriptions and prints the figures;
 * a tool, not a test (no test runner picks it up).
 *
 * <p>The descriptions are the corpus rows, each with one of a few clerk's prefixes and suffixes, so
 * they average about 25 characters like real findings. Usage: {@code TrivialMatcherTiming
 * [descriptions] [repeats]}, defaults 1,500,000 and 7; after two warm-up passes the median pass is
 * reported. Run it from the module with the test class path, for example {@code java -cp
 * target/classes:target/test-classes:<dependencies> io.github.zouliucheng.walk.analytics.TrivialMatcherTiming}.
 */
final class TrivialMatcherTiming {
  private static final String[] PREFIXES = {"", "经体验发现，", "暗访时发现", "走流程时发现，", "某镇便民服务中心"};
  private static final String[] SUFFIXES = {"", "，已要求整改", "，群众反映较多", "，影响窗口形象"};

  private TrivialMatcherTiming() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> corpus = corpus();
    SplittableRandom random = new SplittableRandom(20230401L);
    String[] descriptions = new String[n];
    long chars = 0;
    for (int i = 0; i < n; i++) {
      descriptions[i] =
          PREFIXES[random.nextInt(PREFIXES.length)]
              + corpus.get(random.nextInt(corpus.size()))
              + SUFFIXES[random.nextInt(SUFFIXES.length)];
      chars += descriptions[i].length();
    }
    TrivialMatcher matcher = TrivialMatcher.defaults();
    int flagged = 0;
    for (int i = 0; i < 2; i++) {
      flagged = pass(matcher, descriptions);
    }
    double[] nanos = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      flagged = pass(matcher, descriptions);
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    double median = nanos[repeats / 2];
    System.out.printf(
        Locale.ROOT,
        "%,d descriptions (mean %.1f chars), %,d flagged, one thread: median %.3f s per pass (min %.3f, max %.3f),"
            + " %.0f ns per description%n",
        n, (double) chars / n, flagged, median / 1e9, nanos[0] / 1e9, nanos[repeats - 1] / 1e9, median / n);
  }

  private static int pass(TrivialMatcher matcher, String[] descriptions) {
    int flagged = 0;
    for (String d : descriptions) {
      if (matcher.match(d).isPresent()) {
        flagged++;
      }
    }
    return flagged;
  }

  private static List<String> corpus() {
    return TrivialCorpus.rows().stream().map(TrivialCorpus.Row::description).toList();
  }
}
