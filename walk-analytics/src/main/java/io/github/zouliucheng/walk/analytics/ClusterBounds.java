package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The bounds against which one unit's clustering (扎堆) is judged: how few pairs of walks close in
 * time its walks could have had, and how many they would have had by chance.
 *
 * <h2>Definitions</h2>
 *
 * A unit places {@code n} walks on the <em>allowed days</em>: the working days of the period
 * ({@link WorkCalendar#workingDays}), D of them. A <em>pair</em> is an unordered pair of walks whose
 * dates are at most {@code w} calendar days apart, {@code w} being the policy's {@link
 * Policy#conflictWindowDays() conflict window} (0 to 31; 0 means the same day only, 1 the same or
 * the next calendar day). Pairs here count any two walks, whoever walked them: a bound on what the
 * unit could avoid, not the count of {@link Scheduling}, which leaves out two walks of one leader.
 *
 * <p>With {@code x_d} walks on day {@code d}, the pairs number
 *
 * <pre>  P(x) = Σ_d C(x_d, 2) + Σ_{d &lt; e, e − d ≤ w} x_d · x_e.</pre>
 *
 * <h2>The least number of pairs</h2>
 *
 * {@link #minimumPairs(long)} is the least P(x) over every placement of {@code n} walks on the
 * allowed days. Proof: take two days {@code d}, {@code e} with walks, at most {@code w} apart, and
 * move {@code t} walks from {@code d} to {@code e}. The quadratic terms in {@code t} are {@code
 * t²/2} from each of {@code C(x_d − t, 2)} and {@code C(x_e + t, 2)} and {@code −t²} from {@code
 * (x_d − t)(x_e + t)}: they cancel, so P is linear in {@code t} and one of the two ends, every walk
 * of the two days on one of them, is no worse. Each such move leaves one day fewer with walks, so
 * some optimum has walks only on days pairwise more than {@code w} apart. On such a set of {@code k}
 * days only the same-day terms remain, {@code Σ C(x_d, 2)}, least when the walks are spread as
 * evenly as possible: with {@code n = q·k + r}, {@code 0 ≤ r < k},
 *
 * <pre>  evenPairs(n, k) = r · C(q + 1, 2) + (k − r) · C(q, 2),</pre>
 *
 * which does not grow with {@code k}. So the minimum is {@code evenPairs(n, k_max)}, where {@code
 * k_max} is the size of the largest set of allowed days pairwise more than {@code w} apart. Taking
 * the earliest allowed day, then each next allowed day more than {@code w} after the last taken, finds
 * such a largest set (the greedy choice of interval scheduling: any such set can have its first day
 * swapped for the earliest one, and so on). {@link #evenSchedule(long)} returns that placement.
 *
 * <h2>The pairs expected by chance</h2>
 *
 * {@link #expectedPairs(long)} is the expected P when each walk falls on an allowed day
 * independently and uniformly: {@code C(n, 2) · N / D²}, where {@code N} is the number of ordered
 * pairs {@code (d, e)} of allowed days, {@code d = e} included, with {@code |d − e| ≤ w}. It splits
 * into the same-day part {@code C(n, 2) / D} ({@link #expectedSameDayPairs}) and the part on
 * different days within the window {@code C(n, 2) · (N − D) / D²} ({@link #expectedNearbyPairs}).
 * Each is computed exactly and then rounded half-even to 2 decimals, as a {@link BigDecimal}, so the
 * figures are the same on every machine; the total is rounded from the exact total, so it may differ
 * by 0.01 from the sum of the rounded parts. Since the minimum is a whole number and rounding keeps
 * order, {@code minimumPairs(n) ≤ expectedPairs(n)} holds for the rounded figure as it does exactly.
 *
 * <h2>Cost</h2>
 *
 * Building the bounds takes O(D) time from the allowed days ({@link #of(long[], int)}), or O(days ·
 * log h) from a calendar and a period; afterwards {@link #minimumPairs}, {@link #expectedPairs} and
 * its parts take O(1) each and {@link #evenSchedule} O(k_max log k_max), so one instance serves every
 * unit of a period. Counts are {@code long}; a result that does not fit a {@code long} throws an
 * {@link ArithmeticException} (not before {@code n} exceeds 4·10⁹).
 *
 * <p>Instances are immutable and thread-safe.
 */
final class ClusterBounds {
  private static final int SCALE = 2;

  /** The allowed days, epoch days strictly increasing; never empty. */
  private final long[] days;

  private final int window;

  /** The greedy set of allowed days pairwise more than {@link #window} apart, increasing. */
  private final long[] spread;

  /** The ordered pairs (d, e) of allowed days with |d − e| ≤ window, d = e included. */
  private final long orderedPairs;

  private ClusterBounds(long[] days, int window) {
    this.days = days;
    this.window = window;
    long[] taken = new long[days.length];
    int k = 0;
    for (long d : days) {
      if (k == 0 || d - taken[k - 1] > window) {
        taken[k++] = d;
      }
    }
    this.spread = Arrays.copyOf(taken, k);
    // each allowed day i pairs with the earlier allowed days left..i-1 at most `window` before it
    long near = 0;
    int left = 0;
    for (int i = 0; i < days.length; i++) {
      while (days[i] - days[left] > window) {
        left++;
      }
      near += i - left;
    }
    this.orderedPairs = days.length + 2 * near;
  }

  /**
   * Returns the bounds on the working days of {@code period} under {@code calendar}. When the period
   * holds no working day at all (a period inside a long holiday, say), every calendar day of the
   * period is allowed instead, so that the bounds stay defined.
   *
   * @throws IllegalArgumentException unless 0 ≤ windowDays ≤ 31
   */
  static ClusterBounds of(WorkCalendar calendar, Period period, int windowDays) {
    checkWindow(windowDays);
    long[] days = calendar.workingEpochDays(period.start(), period.end());
    if (days.length == 0) {
      long first = period.start().toEpochDay();
      days = new long[Math.toIntExact(period.end().toEpochDay() - first + 1)];
      for (int i = 0; i < days.length; i++) {
        days[i] = first + i;
      }
    }
    return new ClusterBounds(days, windowDays);
  }

  /**
   * Returns the bounds on the allowed days {@code epochDays} ({@linkplain LocalDate#toEpochDay()
   * epoch days}), which are copied.
   *
   * @throws IllegalArgumentException if the days are empty or not strictly increasing, or unless 0
   *     ≤ windowDays ≤ 31
   */
  static ClusterBounds of(long[] epochDays, int windowDays) {
    checkWindow(windowDays);
    if (epochDays.length == 0) {
      throw new IllegalArgumentException("epochDays must hold at least one allowed day");
    }
    for (int i = 1; i < epochDays.length; i++) {
      if (epochDays[i] <= epochDays[i - 1]) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "epochDays must be strictly increasing: %d at index %d follows %d",
                epochDays[i],
                i,
                epochDays[i - 1]));
      }
    }
    return new ClusterBounds(epochDays.clone(), windowDays);
  }

  private static void checkWindow(int windowDays) {
    if (windowDays < 0 || windowDays > 31) {
      throw new IllegalArgumentException("windowDays must be 0 to 31: " + windowDays);
    }
  }

  /** Returns the window {@code w}, in days. */
  int windowDays() {
    return window;
  }

  /** Returns D, the number of allowed days. */
  int allowedDays() {
    return days.length;
  }

  /** Returns k_max, the size of the largest set of allowed days pairwise more than {@code w} apart. */
  int spreadDays() {
    return spread.length;
  }

  /**
   * Returns N, the number of ordered pairs {@code (d, e)} of allowed days with {@code |d − e| ≤ w},
   * the D pairs {@code d = e} included.
   */
  long orderedPairsWithinWindow() {
    return orderedPairs;
  }

  /**
   * Returns the least number of pairs of {@code n} walks placed on the allowed days: {@code
   * evenPairs(n, k_max)}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  long minimumPairs(long n) {
    return evenPairs(checkWalks(n), spread.length);
  }

  /**
   * Returns a placement of {@code n} walks with {@link #minimumPairs(long)} pairs: the walks per day
   * on the greedy days pairwise more than {@code w} apart, the first {@code r} of them with {@code q
   * + 1} walks and the others {@code q} ({@code n = q·k_max + r}). Days given no walk are left out,
   * so the map is empty for {@code n = 0} and has {@code n} days of one walk when {@code n < k_max}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  ImmutableSortedMap<LocalDate, Long> evenSchedule(long n) {
    checkWalks(n);
    int k = spread.length;
    long q = n / k;
    long r = n % k;
    ImmutableSortedMap.Builder<LocalDate, Long> schedule = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < k; i++) {
      long walks = i < r ? q + 1 : q;
      if (walks > 0) {
        schedule.put(LocalDate.ofEpochDay(spread[i]), walks);
      }
    }
    return schedule.build();
  }

  /**
   * Returns the expected number of pairs when each of {@code n} walks falls on an allowed day
   * independently and uniformly, {@code C(n, 2) · N / D²}, rounded half-even to 2 decimals.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  BigDecimal expectedPairs(long n) {
    return expected(n, orderedPairs);
  }

  /**
   * Returns the expected number of those pairs on the same day, {@code C(n, 2) / D}, rounded
   * half-even to 2 decimals.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  BigDecimal expectedSameDayPairs(long n) {
    return expected(n, days.length);
  }

  /**
   * Returns the expected number of those pairs on two different days at most {@code w} apart,
   * {@code C(n, 2) · (N − D) / D²}, rounded half-even to 2 decimals; 0 when {@code w = 0}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  BigDecimal expectedNearbyPairs(long n) {
    return expected(n, orderedPairs - days.length);
  }

  /** Returns {@code C(n, 2) · orderedPairs / D²}, exactly, then rounded. */
  private BigDecimal expected(long n, long ordered) {
    long d = days.length;
    return BigDecimal.valueOf(choose2(checkWalks(n)))
        .multiply(BigDecimal.valueOf(ordered))
        .divide(BigDecimal.valueOf(d * d), SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the least {@code Σ C(x_i, 2)} over {@code k} non-negative counts {@code x_i} summing to
   * {@code n}: {@code r · C(q + 1, 2) + (k − r) · C(q, 2)} with {@code n = q·k + r}, {@code 0 ≤ r <
   * k}.
   *
   * @throws IllegalArgumentException if {@code n} is negative or {@code k} is not positive
   * @throws ArithmeticException if the result does not fit a {@code long}
   */
  static long evenPairs(long n, long k) {
    checkWalks(n);
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
    long q = n / k;
    long r = n % k;
    return Math.addExact(Math.multiplyExact(r, choose2(q + 1)), Math.multiplyExact(k - r, choose2(q)));
  }

  /**
   * Returns {@code C(n, 2) = n(n − 1)/2} for {@code n ≥ 0}.
   *
   * @throws ArithmeticException if the result does not fit a {@code long}
   */
  static long choose2(long n) {
    // halve the even factor first, so that n up to about 4.29e9 fits
    return n % 2 == 0 ? Math.multiplyExact(n / 2, n - 1) : Math.multiplyExact(n, (n - 1) / 2);
  }

  private static long checkWalks(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n, the number of walks, must not be negative: " + n);
    }
    return n;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ClusterBounds[w=%d, D=%d, k_max=%d, N=%d]",
        window,
        days.length,
        spread.length,
        orderedPairs);
  }
}
