package io.github.zouliucheng.walk.analytics;

import org.immutables.value.Value;

/**
 * How concentrated one unit's walks are in time (时间安排扎堆), with the figures defined in {@link
 * Scheduling}: its walks, the pairs of its walks by different leaders inside the conflict window,
 * the walks that have such a partner, the days and weeks its walks spread over, and its largest
 * same-day cluster.
 *
 * <p>A unit of the roster with no walk has every count 0, {@link #walksInConflict()} and {@link
 * #distinctDays()} 0 of 0, and {@link #weekSpread()} 0 of the weeks the period touches.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitSchedule {

  UnitSchedule() {}

  /** Returns the unit's identifier. */
  public abstract String unitId();

  /** Returns the number of walks naming the unit. */
  public abstract long walks();

  /**
   * Returns the number of unordered pairs of the unit's walks by two different leaders whose dates
   * are at most {@link Policy#conflictWindowDays()} days apart. Two walks by the same leader never
   * form a pair.
   */
  public abstract long conflictingPairs();

  /**
   * Returns the unit's walks that are in at least one {@linkplain #conflictingPairs() conflicting
   * pair}, of the unit's walks.
   */
  public abstract Ratio walksInConflict();

  /**
   * Returns the number of the unit's same-unit clusters, each reported as a {@link
   * Judgment#SAME_UNIT_CLUSTER} flag (see {@link Scheduling} for the definition).
   */
  public abstract long clusters();

  /**
   * Returns the number of distinct days with at least one of the unit's walks, of the unit's walks:
   * 1 of 1 (every walk on its own day) is spread out, 1 of 10 is ten walks on a single day.
   */
  public abstract Ratio distinctDays();

  /** Returns the largest number of the unit's walks on one day, whoever walked; 0 with no walks. */
  public abstract long largestSameDay();

  /**
   * Returns the number of weeks with at least one of the unit's walks, of the weeks the period
   * touches. Weeks run Monday to Sunday, as ISO-8601 and {@link
   * java.time.temporal.IsoFields#WEEK_OF_WEEK_BASED_YEAR} define them; a period touches every week
   * holding at least one of its days, partial weeks at either end included.
   */
  public abstract Ratio weekSpread();
}
