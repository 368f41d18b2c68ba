package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Leaders of two or more units at one service point on one day: a figure of coordination for the
 * supervising office, which alone sees every unit's schedule. It is never a unit's own failure, and
 * never a {@link Flag}; leaders of one unit at one point on one day are (see {@link
 * Judgment#SAME_POINT_SAME_DAY}).
 *
 * <p>Overlaps order by day, then service point. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PointOverlap implements Comparable<PointOverlap> {

  PointOverlap() {}

  /** Returns the service point. */
  public abstract String servicePointId();

  /** Returns the day. */
  public abstract LocalDate day();

  /** Returns the units whose leaders walked the point that day, at least two. */
  public abstract ImmutableSortedSet<String> unitIds();

  /** Returns the walks at the point that day. */
  public abstract ImmutableSortedSet<String> walkIds();

  /** Returns the leaders of those walks. */
  public abstract ImmutableSortedSet<String> memberIds();

  @Override
  public final int compareTo(PointOverlap o) {
    int c = day().compareTo(o.day());
    return c != 0 ? c : servicePointId().compareTo(o.servicePointId());
  }
}
