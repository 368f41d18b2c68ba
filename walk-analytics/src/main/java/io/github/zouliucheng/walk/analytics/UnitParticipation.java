package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.UnitKind;
import org.immutables.value.Value;

/**
 * One unit's participation: its members who walked, its walks, and the problems found on its walks
 * that were solved (see {@link Participation} for the definitions). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class UnitParticipation {

  UnitParticipation() {}

  /** Returns the unit's identifier. */
  public abstract String unitId();

  /** Returns the unit's kind. */
  public abstract UnitKind kind();

  /** Returns the unit's members who walked, of its roster. */
  public abstract Ratio members();

  /** Returns the number of walks naming the unit. */
  public abstract long walks();

  /** Returns the problems found on the unit's walks that were solved, of those found. */
  public abstract Ratio solved();
}
