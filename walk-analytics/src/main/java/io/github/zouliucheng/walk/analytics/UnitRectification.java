package io.github.zouliucheng.walk.analytics;

import org.immutables.value.Value;

/**
 * The rectification figures of the problems charged to one responsible unit (责任单位), whatever
 * their source: see {@link RectificationQuality} for the definitions of solved, closed out and
 * overdue. A unit with no problem charged to it has 0/0 ratios and zero counts.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitRectification {

  UnitRectification() {}

  /** Returns the responsible unit's identifier. */
  public abstract String unitId();

  /** Returns the problems charged to the unit that were solved by the reference date, of those charged. */
  public abstract Ratio solved();

  /** Returns the problems charged to the unit that were closed out (销号) by the reference date, of those charged. */
  public abstract Ratio closedOut();

  /** Returns the number of problems charged to the unit that were not solved by the reference date. */
  public abstract long open();

  /**
   * Returns the number of problems charged to the unit whose deadline fell before the reference date
   * and that were not rectified on or before it, solved late or still open.
   */
  public abstract long overdue();

  /** Returns the number of {@linkplain #overdue() overdue} problems still not solved on the reference date. */
  public abstract long openPastDeadline();
}
