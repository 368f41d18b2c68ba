package io.github.zouliucheng.walk.analytics;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * How concentrated one unit's walks are in time (时间安排扎堆), with the figures defined in {@link
 * Scheduling}: its walks; the pairs of its walks by different leaders inside the conflict window,
 * split into the same day and other days; the fewest pairs its number of walks could have had on
 * the period's working days, and the pairs expected by chance; the part that was avoidable, and
 * whether that is material enough to flag. Also the days and weeks its walks spread over, its
 * largest same-day count and its runs.
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
   * are at most {@link Policy#conflictWindowDays()} days apart: {@link #sameDayPairs()} plus {@link
   * #nearbyPairs()}. Two walks by the same leader never form a pair.
   */
  public abstract long conflictingPairs();

  /** Returns the conflicting pairs whose two walks were on the same day. */
  public abstract long sameDayPairs();

  /** Returns the conflicting pairs whose two walks were on different days within the window. */
  public abstract long nearbyPairs();

  /**
   * Returns the fewest pairs of walks within the window that the unit's number of walks could have
   * had on the period's working days ({@link ClusterBounds}, counting any two walks).
   */
  public abstract long achievablePairs();

  /**
   * Returns the pairs of walks within the window expected if the unit's walks had fallen on the
   * working days at random, to two decimals.
   */
  public abstract BigDecimal expectedPairs();

  /**
   * Returns the part of the conflicting pairs that could have been avoided: {@link
   * #conflictingPairs()} less {@link #achievablePairs()}, never below 0. It is the figure a
   * clustering judgment rests on.
   */
  @Value.Derived
  public long avoidablePairs() {
    return Math.max(0, conflictingPairs() - achievablePairs());
  }

  /**
   * Checks if the unit is flagged for clustering ({@link Judgment#SAME_UNIT_CLUSTER}): its avoidable
   * pairs reach {@link Policy#clusterMinAvoidablePairs()} and its pairs reach {@link
   * Policy#clusterMinRatioToChance()} times the pairs expected by chance.
   */
  public abstract boolean clustered();

  /**
   * Returns the unit's walks that are in at least one {@linkplain #conflictingPairs() conflicting
   * pair}, of the unit's walks.
   */
  public abstract Ratio walksInConflict();

  /** Returns the number of the unit's runs (see {@link Scheduling}), flagged or not. */
  public abstract long clusters();

  /**
   * Returns the number of (service point, day) groups in which two or more of the unit's leaders
   * walked the same point on the same day, each a {@link Judgment#SAME_POINT_SAME_DAY} flag.
   */
  public abstract long samePointSameDay();

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
