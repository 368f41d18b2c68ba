package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One run of a clustered unit's walks close in time (see {@link Scheduling}): walks taken in date
 * order, each at most the conflict window after the one before, by at least two different leaders.
 * Only units flagged for clustering have their runs listed: they are the examples a bulletin can
 * cite.
 *
 * <p>Runs order by unit, then first day. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClusterRun implements Comparable<ClusterRun> {

  ClusterRun() {}

  /** Returns the unit whose walks these are. */
  public abstract String unitId();

  /** Returns the day of the run's first walk. */
  public abstract LocalDate firstDay();

  /** Returns the day of the run's last walk; equal to {@link #firstDay()} for a run of one day. */
  public abstract LocalDate lastDay();

  /** Returns the run's walks, at least two. */
  public abstract ImmutableSortedSet<String> walkIds();

  /** Returns the leaders of the run's walks, at least two. */
  public abstract ImmutableSortedSet<String> memberIds();

  @Override
  public final int compareTo(ClusterRun o) {
    int c = unitId().compareTo(o.unitId());
    return c != 0 ? c : firstDay().compareTo(o.firstDay());
  }
}
