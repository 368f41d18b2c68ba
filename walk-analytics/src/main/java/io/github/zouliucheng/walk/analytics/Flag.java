package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ComparisonChain;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One judgment about one subject, with the identifiers of every record behind it, so that the
 * report can show it and a person can verify it.
 *
 * <p>The {@linkplain #subject() subject} is the identifier of what the flag is about: a walk for
 * {@link Judgment#EMPTY_WALK}, a finding for {@link Judgment#OVERDUE}, a member for {@link
 * Judgment#DID_NOT_WALK}, a unit for {@link Judgment#PRINCIPAL_DID_NOT_WALK}, a service point for
 * {@link Judgment#SAME_POINT_SAME_DAY}. The evidence sets hold every record the judgment looked at
 * and found wanting, sorted. The {@linkplain #detail() detail} says what matched, in the data's own
 * words where there are any (the trivial phrase found, the days of a cluster, the deadline missed).
 *
 * <p>Flags order by judgment, then subject, then detail. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Flag implements Comparable<Flag> {
  private static final Ordering<Iterable<String>> LEXICOGRAPHICAL = Ordering.<String>natural().lexicographical();

  Flag() {}

  /** Returns the rule that fired. */
  public abstract Judgment judgment();

  /** Returns the identifier of the record the flag is about. */
  public abstract String subject();

  /** Returns the walks behind the flag. */
  public abstract ImmutableSortedSet<String> walkIds();

  /** Returns the findings behind the flag. */
  public abstract ImmutableSortedSet<String> findingIds();

  /** Returns the members behind the flag. */
  public abstract ImmutableSortedSet<String> memberIds();

  /** Returns the units behind the flag. */
  public abstract ImmutableSortedSet<String> unitIds();

  /** Returns what matched, for people: a phrase, a range of days, a deadline. */
  public abstract Optional<String> detail();

  /** Returns a builder for a flag of {@code judgment} about {@code subject}. */
  static Builder of(Judgment judgment, String subject) {
    return new Builder().judgment(judgment).subject(subject);
  }

  @Override
  public final int compareTo(Flag o) {
    return ComparisonChain.start()
        .compare(judgment(), o.judgment())
        .compare(subject(), o.subject())
        .compare(detail().orElse(""), o.detail().orElse(""))
        .compare(walkIds(), o.walkIds(), LEXICOGRAPHICAL)
        .compare(findingIds(), o.findingIds(), LEXICOGRAPHICAL)
        .compare(memberIds(), o.memberIds(), LEXICOGRAPHICAL)
        .compare(unitIds(), o.unitIds(), LEXICOGRAPHICAL)
        .result();
  }

  static final class Builder extends ImmutableFlag.Builder {
    Builder() {}
  }
}
