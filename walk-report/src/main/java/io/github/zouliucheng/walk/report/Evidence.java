package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.analytics.Flag;
import org.immutables.value.Value;

/**
 * The records behind a statement of the bulletin: the identifiers of walks, findings, members and
 * units, each set sorted. The JSON rendering carries them, so a reader can check every figure and
 * example against the data.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {
  private static final Evidence NONE = new Builder().build();

  Evidence() {}

  /** Returns the walks behind the statement. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> walkIds();

  /** Returns the findings behind the statement. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> findingIds();

  /** Returns the members behind the statement. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> memberIds();

  /** Returns the units behind the statement. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> unitIds();

  /** Returns {@code true} if no record is named. */
  public final boolean isEmpty() {
    return walkIds().isEmpty() && findingIds().isEmpty() && memberIds().isEmpty() && unitIds().isEmpty();
  }

  /** Returns the union of this evidence and {@code other}. */
  public final Evidence plus(Evidence other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Builder()
        .addAllWalkIds(walkIds())
        .addAllWalkIds(other.walkIds())
        .addAllFindingIds(findingIds())
        .addAllFindingIds(other.findingIds())
        .addAllMemberIds(memberIds())
        .addAllMemberIds(other.memberIds())
        .addAllUnitIds(unitIds())
        .addAllUnitIds(other.unitIds())
        .build();
  }

  /** Returns evidence that names no record, for statements that are not about records. */
  public static Evidence none() {
    return NONE;
  }

  /** Returns the records behind {@code flag}. */
  public static Evidence of(Flag flag) {
    return new Builder()
        .addAllWalkIds(flag.walkIds())
        .addAllFindingIds(flag.findingIds())
        .addAllMemberIds(flag.memberIds())
        .addAllUnitIds(flag.unitIds())
        .build();
  }

  /** Returns the union of the records behind {@code flags}. */
  public static Evidence ofAll(Iterable<Flag> flags) {
    Builder builder = new Builder();
    for (Flag flag : flags) {
      builder
          .addAllWalkIds(flag.walkIds())
          .addAllFindingIds(flag.findingIds())
          .addAllMemberIds(flag.memberIds())
          .addAllUnitIds(flag.unitIds());
    }
    return builder.build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; the id sets accumulate. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
