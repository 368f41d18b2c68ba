package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import io.github.zouliucheng.walk.analytics.Flag;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The records behind a statement of the bulletin: the identifiers of walks, findings, members and
 * units, each set sorted, and how many there are of each kind. The JSON rendering carries them, so a
 * reader can check every figure and example against the data.
 *
 * <p>A bulletin stays a few pages at any scale, so its statements list at most {@linkplain
 * BulletinBuilder#evidenceLimit(int) a limit} of identifiers of each kind, the first in sorted order,
 * with the totals ({@link #walkTotal()}, …): a statement about 50,000 overdue problems lists 100 of
 * them and says 50,000. The complete records of a statement are those its judgment flagged in the
 * analysis ({@code Analysis.flags(Judgment)}).
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

  /** Returns how many walks the statement rests on: at least as many as {@link #walkIds()} lists. */
  @Value.Default
  public long walkTotal() {
    return walkIds().size();
  }

  /** Returns how many findings the statement rests on: at least as many as {@link #findingIds()} lists. */
  @Value.Default
  public long findingTotal() {
    return findingIds().size();
  }

  /** Returns how many members the statement rests on: at least as many as {@link #memberIds()} lists. */
  @Value.Default
  public long memberTotal() {
    return memberIds().size();
  }

  /** Returns how many units the statement rests on: at least as many as {@link #unitIds()} lists. */
  @Value.Default
  public long unitTotal() {
    return unitIds().size();
  }

  /** Returns {@code true} if an identifier set lists fewer records than its total. */
  public final boolean isTruncated() {
    return walkTotal() > walkIds().size()
        || findingTotal() > findingIds().size()
        || memberTotal() > memberIds().size()
        || unitTotal() > unitIds().size();
  }

  /**
   * Returns this evidence listing at most {@code limit} identifiers of each kind, the first in
   * sorted order, with the totals unchanged.
   */
  public final Evidence limitedTo(int limit) {
    if (walkIds().size() <= limit && findingIds().size() <= limit && memberIds().size() <= limit
        && unitIds().size() <= limit) {
      return this;
    }
    return new Builder()
        .addAllWalkIds(walkIds().asList().subList(0, Math.min(limit, walkIds().size())))
        .addAllFindingIds(findingIds().asList().subList(0, Math.min(limit, findingIds().size())))
        .addAllMemberIds(memberIds().asList().subList(0, Math.min(limit, memberIds().size())))
        .addAllUnitIds(unitIds().asList().subList(0, Math.min(limit, unitIds().size())))
        .walkTotal(walkTotal())
        .findingTotal(findingTotal())
        .memberTotal(memberTotal())
        .unitTotal(unitTotal())
        .build();
  }

  @Value.Check
  void check() {
    if (walkTotal() < walkIds().size() || findingTotal() < findingIds().size()
        || memberTotal() < memberIds().size() || unitTotal() < unitIds().size()) {
      throw new IllegalArgumentException("evidence: a total must not be smaller than the identifiers listed");
    }
  }

  /** Returns {@code true} if no record is named. */
  public final boolean isEmpty() {
    return walkIds().isEmpty() && findingIds().isEmpty() && memberIds().isEmpty() && unitIds().isEmpty();
  }

  /**
   * Returns the union of this evidence and {@code other}. When either is {@linkplain #isTruncated()
   * truncated}, the totals of the union are the sums of the totals, which may count a record twice:
   * an upper bound.
   */
  public final Evidence plus(Evidence other) {
    if (other.isEmpty() && !other.isTruncated()) {
      return this;
    }
    if (isEmpty() && !isTruncated()) {
      return other;
    }
    if (isTruncated() || other.isTruncated()) {
      return new Builder()
          .addAllWalkIds(walkIds())
          .addAllWalkIds(other.walkIds())
          .addAllFindingIds(findingIds())
          .addAllFindingIds(other.findingIds())
          .addAllMemberIds(memberIds())
          .addAllMemberIds(other.memberIds())
          .addAllUnitIds(unitIds())
          .addAllUnitIds(other.unitIds())
          .walkTotal(walkTotal() + other.walkTotal())
          .findingTotal(findingTotal() + other.findingTotal())
          .memberTotal(memberTotal() + other.memberTotal())
          .unitTotal(unitTotal() + other.unitTotal())
          .build();
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

  /**
   * Returns the union of the records behind {@code flags}, listing at most {@code limit} identifiers
   * of each kind (the first in sorted order) with the totals: what {@code ofAll(flags).limitedTo(limit)}
   * gives, without sorting every identifier, for statements about hundreds of thousands of flags.
   */
  public static Evidence ofAll(Iterable<Flag> flags, int limit) {
    Set<String> walks = new HashSet<>();
    Set<String> findings = new HashSet<>();
    Set<String> members = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (Flag flag : flags) {
      walks.addAll(flag.walkIds());
      findings.addAll(flag.findingIds());
      members.addAll(flag.memberIds());
      units.addAll(flag.unitIds());
    }
    return new Builder()
        .addAllWalkIds(Ordering.natural().leastOf(walks, limit))
        .addAllFindingIds(Ordering.natural().leastOf(findings, limit))
        .addAllMemberIds(Ordering.natural().leastOf(members, limit))
        .addAllUnitIds(Ordering.natural().leastOf(units, limit))
        .walkTotal(walks.size())
        .findingTotal(findings.size())
        .memberTotal(members.size())
        .unitTotal(units.size())
        .build();
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
