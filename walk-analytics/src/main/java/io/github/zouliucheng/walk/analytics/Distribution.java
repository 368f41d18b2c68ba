package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.Coded;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many times each value of an enum was counted, for example walks by {@link
 * io.github.zouliucheng.walk.model.Role}. Every constant of the enum has an entry, zero included, in
 * declaration order, so that two distributions print and compare alike.
 *
 * <p>For a multi-valued facet (a walk's forms) a record counts once for each value it has, and
 * {@link #records()} says how many records were counted; {@link #share(Enum)} is a share of records.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Distribution<E extends Enum<E> & Coded> {

  Distribution() {}

  /** Returns the count of each constant, in declaration order. */
  public abstract ImmutableMap<E, Long> counts();

  /** Returns how many records were counted. */
  public abstract long records();

  /** Returns the count of {@code value}. */
  public final long count(E value) {
    return counts().getOrDefault(value, 0L);
  }

  /** Returns the share of records counted with {@code value}. */
  public final Ratio share(E value) {
    return Ratio.of(count(value), records());
  }

  /** Returns the distribution of two disjoint sets of records together. */
  public final Distribution<E> plus(Distribution<E> other) {
    Counter<E> c = new Counter<>(type());
    counts().forEach(c::add);
    other.counts().forEach(c::add);
    c.records = records() + other.records();
    return c.build();
  }

  /**
   * Returns the normalised Shannon diversity of the counts, from 0 (one value only, or nothing
   * counted) to 1 (every value equally often): {@code -Σ p·ln p / ln k} over the {@code k}
   * constants of the enum, with {@code p} each constant's share of all counts.
   */
  public final double diversity() {
    long total = counts().values().stream().mapToLong(Long::longValue).sum();
    int k = counts().size();
    if (total == 0 || k < 2) {
      return 0;
    }
    double h = 0;
    for (long n : counts().values()) {
      if (n > 0) {
        double p = (double) n / total;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(k);
  }

  private Class<E> type() {
    return counts().keySet().iterator().next().getDeclaringClass();
  }

  /** Returns an empty distribution over {@code type}. */
  public static <E extends Enum<E> & Coded> Distribution<E> empty(Class<E> type) {
    return new Counter<>(type).build();
  }

  /** Counts values of one enum; used once, from one thread. */
  static final class Counter<E extends Enum<E> & Coded> {
    private final Class<E> type;
    private final long[] counts;
    long records;

    Counter(Class<E> type) {
      this.type = type;
      this.counts = new long[type.getEnumConstants().length];
    }

    void add(E value) {
      counts[value.ordinal()]++;
    }

    void add(E value, long n) {
      counts[value.ordinal()] += n;
    }

    void record() {
      records++;
    }

    Distribution<E> build() {
      Map<E, Long> m = new EnumMap<>(type);
      for (E e : type.getEnumConstants()) {
        m.put(e, counts[e.ordinal()]);
      }
      return ImmutableDistribution.<E>builder().putAllCounts(m).records(records).build();
    }
  }
}
