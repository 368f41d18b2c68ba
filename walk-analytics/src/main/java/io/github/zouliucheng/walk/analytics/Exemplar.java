package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A walk that shows good practice under one {@link Theme}, with the findings it solved and those
 * that can be praised (see {@link GoodPractice} for who qualifies). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exemplar {

  Exemplar() {}

  /** Returns the theme the walk illustrates. */
  public abstract Theme theme();

  /** Returns the walk's identifier. */
  public abstract String walkId();

  /** Returns the walk's unit. */
  public abstract String unitId();

  /** Returns the leader who walked. */
  public abstract String leaderId();

  /** Returns the day of the walk. */
  public abstract LocalDate date();

  /** Returns the walk's findings that were solved by the reference date, at least one. */
  public abstract ImmutableSortedSet<String> solvedFindingIds();

  /** Returns how many of those have a measured effect that matches the finding. */
  public abstract long measuredEffects();

  /**
   * Returns the solved findings that can be praised (see {@link GoodPractice}), strongest effect
   * first; at least one, each also in {@link #solvedFindingIds()}.
   */
  public abstract ImmutableList<String> praisedFindingIds();

  @Value.Check
  void check() {
    if (praisedFindingIds().isEmpty() || !solvedFindingIds().containsAll(praisedFindingIds())) {
      throw new IllegalArgumentException(
          "exemplar.praisedFindingIds: must be non-empty solved findings of walk " + walkId() + ", was " + praisedFindingIds());
    }
  }
}
