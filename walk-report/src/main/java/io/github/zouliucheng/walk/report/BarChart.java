package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.report.internal.Texts;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart: one bar per subject (a unit, say), each split into segments, one per
 * {@linkplain #categories() category}. When {@link #stacked()} each bar is drawn at full width with
 * its segments as shares of its total; otherwise bars are drawn to one scale.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class BarChart implements Block {

  BarChart() {}

  /** Calls {@link Block.Visitor#visitBarChart} of {@code visitor}. */
  @Override
  public final <R extends @Nullable Object> R accept(Block.Visitor<R> visitor) {
    return visitor.visitBarChart(this);
  }

  /** Returns the chart's title. */
  public abstract String title();

  /** Returns a description for people who cannot see the chart. */
  public abstract String description();

  /** Returns the labels of the segments, in drawing order (the legend); never empty. */
  public abstract ImmutableList<String> categories();

  /** Returns the bars, top to bottom. */
  public abstract ImmutableList<Bar> bars();

  /** Returns whether each bar shows shares of its own total rather than counts on one scale. */
  public abstract boolean stacked();

  @Value.Check
  void check() {
    Texts.requireText("barChart.title", title());
    Texts.requireText("barChart.description", description());
    if (categories().isEmpty()) {
      throw new IllegalArgumentException("barChart.categories: must not be empty (chart \"" + title() + "\")");
    }
    categories().forEach(c -> Texts.requireText("barChart.categories", c));
    for (int i = 0; i < bars().size(); i++) {
      Bar bar = bars().get(i);
      if (bar.values().size() != categories().size()) {
        throw new IllegalArgumentException(
            "barChart.bars[" + i + "].values: must have one value per category (" + categories().size()
                + "), had " + bar.values().size() + " (bar \"" + bar.label() + "\")");
      }
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BarChart}. */
  public static final class Builder extends ImmutableBarChart.Builder {
    Builder() {}
  }

  /** A bar of a {@link BarChart}: a label and one non-negative value per category. */
  @Value.Immutable
  public abstract static class Bar {
    Bar() {}

    /** Returns the label, for example a unit's name. */
    @Value.Parameter
    public abstract String label();

    /** Returns one value per category of the chart. */
    @Value.Parameter
    public abstract ImmutableList<Long> values();

    /** Returns the sum of the values. */
    public final long total() {
      long total = 0;
      for (long value : values()) {
        total += value;
      }
      return total;
    }

    /** Obtains a bar. */
    public static Bar of(String label, Iterable<Long> values) {
      return ImmutableBar.of(label, values);
    }

    @Value.Check
    void check() {
      Texts.requireText("bar.label", label());
      for (long value : values()) {
        if (value < 0) {
          throw new IllegalArgumentException(
              "bar.values: must not be negative, was " + value + " (bar \"" + label() + "\")");
        }
      }
    }
  }
}
