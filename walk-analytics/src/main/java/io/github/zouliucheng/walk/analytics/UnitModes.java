package io.github.zouliucheng.walk.analytics;

import org.immutables.value.Value;

/**
 * The modes the bulletin asks for, in one unit's walks (the walks that name the unit): each a share
 * of the unit's {@link #walks()}, defined as in {@link Modes}. A unit with no walk has 0 walks and
 * every share 0 of 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitModes {
  private static final UnitModes NONE =
      ImmutableUnitModes.builder()
          .walks(0)
          .onlineWalks(Ratio.zero())
          .unannouncedWalks(Ratio.zero())
          .ordinaryRoleWalks(Ratio.zero())
          .wholeProcessWalks(Ratio.zero())
          .grassrootsOrCrossingWalks(Ratio.zero())
          .build();

  UnitModes() {}

  /** Returns the unit's walks. */
  public abstract long walks();

  /** Returns the unit's online walks (by {@link Channel}), of its walks. */
  public abstract Ratio onlineWalks();

  /** Returns the unit's unannounced walks (暗访), of its walks. */
  public abstract Ratio unannouncedWalks();

  /** Returns the unit's walks as an ordinary citizen or an ordinary staff member, of its walks. */
  public abstract Ratio ordinaryRoleWalks();

  /** Returns the unit's walks through the whole process (全程办), of its walks. */
  public abstract Ratio wholeProcessWalks();

  /**
   * Returns the unit's walks extended down to the grassroots (下沉延伸走) or crossing into another
   * unit's work (as {@link Depth#crossingWalks()} counts them), of its walks.
   */
  public abstract Ratio grassrootsOrCrossingWalks();

  /** Returns the modes of a unit with no walk. */
  static UnitModes none() {
    return NONE;
  }

  /** Returns the modes of a unit with {@code walks} walks, of which so many had each mode. */
  static UnitModes of(long walks, long online, long unannounced, long ordinaryRole, long wholeProcess, long grassrootsOrCrossing) {
    return ImmutableUnitModes.builder()
        .walks(walks)
        .onlineWalks(Ratio.of(online, walks))
        .unannouncedWalks(Ratio.of(unannounced, walks))
        .ordinaryRoleWalks(Ratio.of(ordinaryRole, walks))
        .wholeProcessWalks(Ratio.of(wholeProcess, walks))
        .grassrootsOrCrossingWalks(Ratio.of(grassrootsOrCrossing, walks))
        .build();
  }

  @Value.Check
  void check() {
    for (Ratio r :
        new Ratio[] {onlineWalks(), unannouncedWalks(), ordinaryRoleWalks(), wholeProcessWalks(), grassrootsOrCrossingWalks()}) {
      if (r.denominator() != walks()) {
        throw new IllegalStateException("every share of a unit's modes must be of its " + walks() + " walks: " + r);
      }
    }
  }
}
