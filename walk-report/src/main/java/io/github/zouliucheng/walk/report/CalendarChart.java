package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.report.internal.Texts;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A calendar heatmap: a count for each day from {@link #start()} to {@link #end()}, inclusive. Days
 * missing from {@link #counts()} count zero. Walks clustered on a few days stand out at a glance.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CalendarChart implements Block {

  CalendarChart() {}

  /** Calls {@link Block.Visitor#visitCalendarChart} of {@code visitor}. */
  @Override
  public final <R extends @Nullable Object> R accept(Block.Visitor<R> visitor) {
    return visitor.visitCalendarChart(this);
  }

  /** Returns the chart's title. */
  public abstract String title();

  /** Returns a description for people who cannot see the chart: what it shows and its extremes. */
  public abstract String description();

  /** Returns the first day shown. */
  public abstract LocalDate start();

  /** Returns the last day shown, inclusive. */
  public abstract LocalDate end();

  /** Returns the count of each day with a non-zero count, sorted by day. */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, Long> counts();

  /** Returns the count of {@code day}, zero if it has none. */
  public final long count(LocalDate day) {
    return counts().getOrDefault(day, 0L);
  }

  /** Returns the largest count of a day, zero if no day has one. */
  public final long max() {
    long max = 0;
    for (long count : counts().values()) {
      max = Math.max(max, count);
    }
    return max;
  }

  @Value.Check
  void check() {
    Texts.requireText("calendarChart.title", title());
    Texts.requireText("calendarChart.description", description());
    if (end().isBefore(start())) {
      throw new IllegalArgumentException(
          "calendarChart.end: must not be before start " + start() + ", was " + end());
    }
    for (Map.Entry<LocalDate, Long> day : counts().entrySet()) {
      if (day.getKey().isBefore(start()) || day.getKey().isAfter(end())) {
        throw new IllegalArgumentException(
            "calendarChart.counts: day " + day.getKey() + " is outside " + start() + "/" + end());
      }
      if (day.getValue() < 0) {
        throw new IllegalArgumentException(
            "calendarChart.counts: count of " + day.getKey() + " must not be negative, was " + day.getValue());
      }
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CalendarChart}. */
  public static final class Builder extends ImmutableCalendarChart.Builder {
    Builder() {}
  }
}
