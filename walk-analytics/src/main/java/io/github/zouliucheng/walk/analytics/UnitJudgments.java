package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Walk;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the per-unit judgments of {@link Modes} and {@link Depth} share: the thresholds that decide
 * whether a unit is judged at all and when its walks are "simple matters only", and the flag they
 * raise about a unit.
 *
 * <h2>Thresholds</h2>
 *
 * <ul>
 *   <li>A unit is <em>judged</em> only when it walked at least {@link Policy#unitJudgmentMinWalks()} (default 3)
 *       times (and at least once). A unit with one or two walks cannot be expected to have walked in
 *       every mode the bulletin asks for, so it is not named: a missed flag is preferred to a false
 *       one. A unit that did not walk at all is never judged here; it is flagged as not walking
 *       elsewhere.
 *   <li>A judged unit is flagged {@link Judgment#ONLY_SIMPLE_MATTERS} when its walks with a complex
 *       matter, of its walks, are at most {@link Policy#onlySimpleMaxComplexShare()} (default 0) (a fraction from 0
 *       to 1, compared exactly); with the default 0, a unit is named only when none of its walks had
 *       a complex matter.
 * </ul>
 *
 * <p>The thresholds are constants until {@link Policy} holds them. Each is read through one method,
 * {@link #minWalks(Index)} and {@link #onlySimpleMaxComplexShare(Index)}, so that moving them into
 * the policy changes one line each.
 *
 * <h2>The flag</h2>
 *
 * Every per-unit judgment is owned by the walker's unit ({@link Owner#WALKER}): its subject and its
 * only owner are the unit, {@link Flag#count()} is the unit's walks, and its evidence is all the
 * unit's walks, their leaders and the unit; it names no finding and no owning member.
 */
final class UnitJudgments {
  private UnitJudgments() {}

  /** Returns the least number of walks of a unit for it to be judged, under {@code index}'s policy. */
  static int minWalks(Index index) {
    return index.policy.unitJudgmentMinWalks();
  }

  /** Returns the largest complex share of a unit flagged as walking simple matters only, under {@code index}'s policy. */
  static BigDecimal onlySimpleMaxComplexShare(Index index) {
    return index.policy.onlySimpleMaxComplexShare();
  }

  /** Checks if a unit with {@code walks} walks is judged: it walked, at least {@code minWalks} times. */
  static boolean judged(long walks, int minWalks) {
    return walks > 0 && walks >= minWalks;
  }

  /** Checks if {@code count} of {@code walks} is at most {@code share}, exactly; {@code walks} is positive. */
  static boolean atMost(long count, long walks, BigDecimal share) {
    return BigDecimal.valueOf(count).compareTo(share.multiply(BigDecimal.valueOf(walks))) <= 0;
  }

  /**
   * The evidence of one unit's per-unit flags, built once however many of them the unit draws, so
   * that its flags share one copy of each set. Used once, from one thread.
   */
  static final class Evidence {
    private final String unit;
    private final List<Walk> walks;
    private ImmutableSortedSet<String> unitIds;
    private ImmutableSortedSet<String> walkIds;
    private ImmutableSortedSet<String> memberIds;

    /** Holds the evidence of {@code unit}, whose walks are {@code walks}; the sets are built on first use. */
    Evidence(String unit, List<Walk> walks) {
      this.unit = unit;
      this.walks = walks;
    }

    /** Returns the flag of {@code judgment} about the unit, with the facts and evidence of the class documentation. */
    Flag flag(Judgment judgment) {
      if (unitIds == null) {
        ImmutableSortedSet.Builder<String> w = ImmutableSortedSet.naturalOrder();
        ImmutableSortedSet.Builder<String> m = ImmutableSortedSet.naturalOrder();
        for (Walk walk : walks) {
          w.add(walk.id());
          m.add(walk.leaderId());
        }
        unitIds = ImmutableSortedSet.of(unit);
        walkIds = w.build();
        memberIds = m.build();
      }
      return Flag.of(judgment, unit)
          .ownerUnitIds(unitIds)
          .count(walks.size())
          .walkIds(walkIds)
          .findingIds(ImmutableSortedSet.of())
          .memberIds(memberIds)
          .unitIds(unitIds)
          .build();
    }
  }
}
