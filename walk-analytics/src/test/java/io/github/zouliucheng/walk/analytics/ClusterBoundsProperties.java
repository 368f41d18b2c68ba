package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link ClusterBounds}, against brute force on small cases: the allowed days are a subset
 * of a 10-day span, given as a bit mask (bit i for the span's day i) and cut to at most 7 days, so
 * that every placement can be enumerated; failures print the mask, the window and the walks.
 */
class ClusterBoundsProperties {
  private static final int EXAMPLES = 200;
  private static final long SPAN_START = LocalDate.parse("2024-03-04").toEpochDay();
  private static final int SPAN = 10;
  private static final int MOST_DAYS = 7;

  /** Non-empty subsets of the span, as masks. */
  private static Gen<Integer> masks() {
    return integers().between(1, (1 << SPAN) - 1);
  }

  private static Gen<Integer> windows() {
    return integers().between(0, 3);
  }

  /** Returns the allowed days of {@code mask}: its first {@value #MOST_DAYS} set bits. */
  private static long[] days(int mask) {
    List<Long> days = new ArrayList<>();
    for (int i = 0; i < SPAN && days.size() < MOST_DAYS; i++) {
      if ((mask & (1 << i)) != 0) {
        days.add(SPAN_START + i);
      }
    }
    return days.stream().mapToLong(Long::longValue).toArray();
  }

  /** Counts the pairs of walks at most {@code w} days apart, walk by walk. */
  private static long pairs(List<Long> walkDays, int w) {
    long pairs = 0;
    for (int i = 0; i < walkDays.size(); i++) {
      for (int j = i + 1; j < walkDays.size(); j++) {
        if (Math.abs(walkDays.get(i) - walkDays.get(j)) <= w) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  /** Returns the least pairs over every placement of {@code n} walks on {@code days}, non-decreasing. */
  private static long bruteMinimum(long[] days, int n, int w) {
    return bruteMinimum(days, 0, n, new ArrayList<>(), w);
  }

  private static long bruteMinimum(long[] days, int from, int left, List<Long> placed, int w) {
    if (left == 0) {
      return pairs(placed, w);
    }
    long best = Long.MAX_VALUE;
    // walks are placed on non-decreasing day indices: each multiset of days once
    for (int i = from; i < days.length; i++) {
      placed.add(days[i]);
      best = Math.min(best, bruteMinimum(days, i, left - 1, placed, w));
      placed.remove(placed.size() - 1);
    }
    return best;
  }

  @Test
  void minimumPairsIsTheLeastOverEveryPlacement() {
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows(), integers().between(0, 6))
        .checkAssert(
            (mask, w, n) -> {
              long[] days = days(mask);
              assertThat(ClusterBounds.of(days, w).minimumPairs(n)).isEqualTo(bruteMinimum(days, n, w));
            });
  }

  @Test
  void spreadDaysIsTheLargestSetOfDaysMoreThanTheWindowApart() {
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows())
        .checkAssert(
            (mask, w) -> {
              long[] days = days(mask);
              int best = 0;
              for (int subset = 1; subset < 1 << days.length; subset++) {
                long last = Long.MIN_VALUE / 2;
                boolean apart = true;
                for (int i = 0; i < days.length; i++) {
                  if ((subset & (1 << i)) != 0) {
                    apart &= days[i] - last > w;
                    last = days[i];
                  }
                }
                if (apart) {
                  best = Math.max(best, Integer.bitCount(subset));
                }
              }
              assertThat(ClusterBounds.of(days, w).spreadDays()).isEqualTo(best);
            });
  }

  @Test
  void evenScheduleAchievesTheMinimumWithEveryWalkOnAnAllowedDay() {
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows(), integers().between(0, 40))
        .checkAssert(
            (mask, w, n) -> {
              long[] days = days(mask);
              ClusterBounds bounds = ClusterBounds.of(days, w);
              List<Long> walkDays = new ArrayList<>();
              for (Map.Entry<LocalDate, Long> e : bounds.evenSchedule(n).entrySet()) {
                assertThat(days).contains(e.getKey().toEpochDay());
                assertThat(e.getValue()).isPositive();
                for (long i = 0; i < e.getValue(); i++) {
                  walkDays.add(e.getKey().toEpochDay());
                }
              }
              assertThat(walkDays).hasSize(n);
              assertThat(pairs(walkDays, w)).isEqualTo(bounds.minimumPairs(n));
            });
  }

  @Test
  void minimumPairsIsAtMostTheExpectedPairs() {
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows(), integers().between(0, 500))
        .checkAssert(
            (mask, w, n) -> {
              ClusterBounds bounds = ClusterBounds.of(days(mask), w);
              assertThat(BigDecimal.valueOf(bounds.minimumPairs(n))).isLessThanOrEqualTo(bounds.expectedPairs(n));
            });
  }

  @Test
  void minimumPairsGrowsByTheEvenShareWithEachWalk() {
    // non-decreasing in n; exactly, one more walk goes to a least-loaded day, which holds n / k_max
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows(), integers().between(0, 1_000))
        .checkAssert(
            (mask, w, n) -> {
              ClusterBounds bounds = ClusterBounds.of(days(mask), w);
              long step = bounds.minimumPairs(n + 1) - bounds.minimumPairs(n);
              assertThat(step).isGreaterThanOrEqualTo(0).isEqualTo(n / bounds.spreadDays());
            });
  }

  @Test
  void expectedPairsIsTheMeanOverEveryPlacement() {
    // every one of the D^n placements of n walks is equally likely: the mean of their pairs, exactly
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows(), integers().between(0, 4))
        .checkAssert(
            (mask, w, n) -> {
              long[] days = days(mask);
              long placements = 1;
              for (int i = 0; i < n; i++) {
                placements *= days.length;
              }
              long sameDay = 0;
              long all = 0;
              List<Long> walkDays = new ArrayList<>();
              for (long p = 0; p < placements; p++) {
                walkDays.clear();
                long rest = p;
                for (int i = 0; i < n; i++) {
                  walkDays.add(days[(int) (rest % days.length)]);
                  rest /= days.length;
                }
                sameDay += pairs(walkDays, 0);
                all += pairs(walkDays, w);
              }
              ClusterBounds bounds = ClusterBounds.of(days, w);
              assertThat(bounds.expectedPairs(n)).isEqualTo(mean(all, placements));
              assertThat(bounds.expectedSameDayPairs(n)).isEqualTo(mean(sameDay, placements));
              assertThat(bounds.expectedNearbyPairs(n)).isEqualTo(mean(all - sameDay, placements));
            });
  }

  private static BigDecimal mean(long total, long count) {
    return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
  }

  @Test
  void orderedPairsWithinWindowCountsEveryOrderedPair() {
    qt().withExamples(EXAMPLES)
        .forAll(masks(), windows())
        .checkAssert(
            (mask, w) -> {
              long[] days = days(mask);
              long ordered = 0;
              for (long d : days) {
                for (long e : days) {
                  if (Math.abs(d - e) <= w) {
                    ordered++;
                  }
                }
              }
              assertThat(ClusterBounds.of(days, w).orderedPairsWithinWindow()).isEqualTo(ordered);
            });
  }
}
