package io.github.zouliucheng.walk.report;

/**
 * A piece of a section's body: a {@link Paragraph}, a {@link Table}, or a chart ({@link
 * CalendarChart}, {@link BarChart}). The set is closed so that every renderer can render every
 * block.
 */
public sealed interface Block permits Paragraph, Table, CalendarChart, BarChart {}
