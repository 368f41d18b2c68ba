package io.github.zouliucheng.walk.analytics;

import org.immutables.value.Value;

/**
 * One unit's accountability figures: who of its team walked, whether its principal leaders did,
 * how many of its walks were empty or shallow, and how many problems charged to it are still open
 * (see {@link Accountability} for the definitions). A unit with no walks has 0/0 walk ratios.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitAccountability {

  UnitAccountability() {}

  /** Returns the unit's identifier. */
  public abstract String unitId();

  /** Returns the unit's team members who walked, of its roster. */
  public abstract Ratio membersWalked();

  /** Returns the unit's principal leaders (主要负责同志) who walked, of those on its roster; 0/0 when it has none. */
  public abstract Ratio principalsWalked();

  /** Returns the unit's walks that found nothing (空走), of its walks. */
  public abstract Ratio emptyWalks();

  /** Returns the unit's {@linkplain Accountability shallow} walks, of its walks. */
  public abstract Ratio shallowWalks();

  /** Returns the number of problems charged to the unit and not solved by the reference date. */
  public abstract long openProblems();
}
