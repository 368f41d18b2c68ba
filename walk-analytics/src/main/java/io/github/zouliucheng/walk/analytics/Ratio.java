package io.github.zouliucheng.walk.analytics;

import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * A share counted exactly: {@code numerator} of {@code denominator}, for example 12 of 40 walks
 * unannounced. Keeping both counts lets people check the figure and lets shares of disjoint datasets
 * be {@linkplain #plus(Ratio) added}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ratio implements Comparable<Ratio> {
  private static final Ratio ZERO = of(0, 0);

  Ratio() {}

  /** Returns how many counted. */
  @Value.Parameter
  public abstract long numerator();

  /** Returns out of how many; 0 when there was nothing to count. */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Obtains {@code numerator} of {@code denominator}.
   *
   * @throws IllegalArgumentException unless 0 ≤ numerator ≤ denominator
   */
  public static Ratio of(long numerator, long denominator) {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a ratio needs 0 <= numerator <= denominator: %d of %d", numerator, denominator));
    }
    return ImmutableRatio.of(numerator, denominator);
  }

  /** Returns 0 of 0. */
  public static Ratio zero() {
    return ZERO;
  }

  /** Returns the share as a fraction from 0 to 1; 0 when the denominator is 0. */
  public final double value() {
    return denominator() == 0 ? 0 : (double) numerator() / denominator();
  }

  /** Returns the share in percent, rounded half-up to {@code scale} decimals; 0 when undefined. */
  public final BigDecimal percent(int scale) {
    if (denominator() == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return BigDecimal.valueOf(numerator())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator()), scale, RoundingMode.HALF_UP);
  }

  /** Checks if there was nothing to count. */
  public final boolean isUndefined() {
    return denominator() == 0;
  }

  /** Returns the ratio of the two datasets together: numerators and denominators added. */
  public final Ratio plus(Ratio other) {
    return of(numerator() + other.numerator(), denominator() + other.denominator());
  }

  /** Orders by value exactly (cross-multiplied), then by denominator; undefined ratios first. */
  @Override
  public final int compareTo(Ratio o) {
    int c = Boolean.compare(!isUndefined(), !o.isUndefined());
    if (c != 0) {
      return c;
    }
    c = java.math.BigInteger.valueOf(numerator())
        .multiply(java.math.BigInteger.valueOf(o.denominator()))
        .compareTo(java.math.BigInteger.valueOf(o.numerator()).multiply(java.math.BigInteger.valueOf(denominator())));
    return c != 0 ? c : Long.compare(denominator(), o.denominator());
  }

  @Override
  public final String toString() {
    return numerator() + "/" + denominator();
  }
}
