package io.github.zouliucheng.walk.analytics;

import org.immutables.value.Value;

/**
 * The participation of the units of one region (see {@link Participation} for the definitions);
 * units with no region are counted under the empty region {@code ""}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RegionParticipation {

  RegionParticipation() {}

  /** Returns the region's name as the roster gives it; {@code ""} for units with no region. */
  public abstract String region();

  /** Returns the region's units that walked, of its units. */
  public abstract Ratio unitsWalked();

  /** Returns the region's members who walked, of its members. */
  public abstract Ratio membersWalked();

  /** Returns the walks of the region's units. */
  public abstract long walks();

  /** Returns the problems found on those walks that were solved, of those found. */
  public abstract Ratio solved();

  /** Returns the figures of this region and those of the same region in a disjoint dataset. */
  final RegionParticipation plus(RegionParticipation other) {
    return ImmutableRegionParticipation.builder()
        .region(region())
        .unitsWalked(unitsWalked().plus(other.unitsWalked()))
        .membersWalked(membersWalked().plus(other.membersWalked()))
        .walks(walks() + other.walks())
        .solved(solved().plus(other.solved()))
        .build();
  }
}
