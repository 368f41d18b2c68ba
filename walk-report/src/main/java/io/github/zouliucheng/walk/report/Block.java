package io.github.zouliucheng.walk.report;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a section's body: a {@link Paragraph}, a {@link Table}, or a chart ({@link
 * CalendarChart}, {@link BarChart}). The set is closed so that every renderer can render every
 * block.
 */
public sealed interface Block permits Paragraph, Table, CalendarChart, BarChart {

  /**
   * Calls the method of {@code visitor} for this block's type and returns its result.
   *
   * @param <R> the type of the visitor's result
   */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * An operation over every type of block, one method per type: renderers dispatch over a section's
   * blocks with it rather than by testing their class. Adding a type of block adds a method here, so
   * that every renderer that does not handle the new type fails to compile instead of leaving it out.
   *
   * @param <R> the type of the result ({@code @Nullable Void} for an operation that only has effects)
   */
  interface Visitor<R extends @Nullable Object> {
    /** Returns the result for a paragraph. */
    R visitParagraph(Paragraph paragraph);

    /** Returns the result for a table. */
    R visitTable(Table table);

    /** Returns the result for a calendar chart. */
    R visitCalendarChart(CalendarChart chart);

    /** Returns the result for a bar chart. */
    R visitBarChart(BarChart chart);
  }
}
