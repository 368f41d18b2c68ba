package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.UnitKind;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One unit's line of the {@link Scorecard}: every component, the weighted score from 0 to 100 with
 * two decimals, and the rank. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitScore {

  UnitScore() {}

  /** Returns the unit's identifier. */
  public abstract String unitId();

  /** Returns the unit's kind. */
  public abstract UnitKind kind();

  /** Returns each component, in {@link ScoreComponent} order. */
  public abstract ImmutableMap<ScoreComponent, Ratio> components();

  /** Returns the weighted score, 0 to 100, two decimals. */
  public abstract BigDecimal score();

  /** Returns the rank, 1 for the best; units with equal scores share a rank. */
  public abstract int rank();
}
