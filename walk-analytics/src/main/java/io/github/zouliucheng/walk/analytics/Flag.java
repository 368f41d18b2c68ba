package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ComparisonChain;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One judgment about one subject, with the identifiers of every record behind it and the typed
 * facts that made it fire, so that a report can state it and a person can verify it without reading
 * any string of the analysis.
 *
 * <p>The {@linkplain #subject() subject} is the identifier of what the flag is about; its kind is
 * {@link Judgment#subjectKind()}. The {@linkplain #ownerUnitIds() owners} are the units that answer
 * for it, chosen by {@link Judgment#owner()}: the walker's unit for how someone walked, the
 * responsible unit (and the rectification's owner unit) for a rectification. The {@linkplain
 * #ownerMemberIds() owning members} are the people it names, only where a judgment is about a
 * person's own walk or absence. The evidence sets hold every record the judgment looked at and found
 * wanting, sorted.
 *
 * <h2>Facts</h2>
 *
 * Each judgment fills only the facts that apply to it; the others are empty:
 *
 * <table>
 *   <caption>Facts per judgment</caption>
 *   <tr><th>judgment</th><th>facts</th></tr>
 *   <tr><td>{@link Judgment#SAME_UNIT_CLUSTER}</td><td>{@link #firstDay()} and {@link #lastDay()}:
 *       the first and last day of the unit's conflicting walks; {@link #count()}: the pairs observed;
 *       {@link #achievable()}: the least number of pairs that many walks could have had on the
 *       period's working days; {@link #expected()}: the pairs expected if the walks had been placed
 *       at random on the working days</td></tr>
 *   <tr><td>{@link Judgment#SAME_POINT_SAME_DAY}</td><td>{@link #firstDay()} = {@link #lastDay()}:
 *       the day; {@link #count()}: the walks at the service point that day</td></tr>
 *   <tr><td>{@link Judgment#TRIVIAL_PHRASE}, {@link Judgment#TRIVIAL_WORDING}</td><td>{@link
 *       #words()}: the lexicon entries that fired, as the lexicon writes them</td></tr>
 *   <tr><td>{@link Judgment#TRIVIAL_CATEGORY}</td><td>{@link #words()}: the category's code</td></tr>
 *   <tr><td>{@link Judgment#EFFECT_MISMATCH}</td><td>{@link #words()}: the indicators of the
 *       effects, in the rectification's order</td></tr>
 *   <tr><td>{@link Judgment#OVERDUE}</td><td>{@link #firstDay()} = {@link #lastDay()}: the
 *       deadline</td></tr>
 *   <tr><td>{@link Judgment#PRINCIPAL_DID_NOT_WALK}</td><td>{@link #count()}: the principals on the
 *       roster (0: the roster names none)</td></tr>
 *   <tr><td>per-unit mode and depth judgments</td><td>{@link #count()}: the unit's walks</td></tr>
 * </table>
 *
 * <p>Flags order by judgment, then subject, then owners, facts and evidence. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Flag implements Comparable<Flag> {
  private static final Ordering<Iterable<String>> LEXICOGRAPHICAL = Ordering.<String>natural().lexicographical();

  Flag() {}

  /** Returns the rule that fired. */
  public abstract Judgment judgment();

  /** Returns the identifier of the record the flag is about, of the kind {@link Judgment#subjectKind()}. */
  public abstract String subject();

  /** Returns the kind of record {@link #subject()} identifies. */
  public final SubjectKind subjectKind() {
    return judgment().subjectKind();
  }

  /** Returns the units that answer for the flag, at least one, by {@link Judgment#owner()}. */
  public abstract ImmutableSortedSet<String> ownerUnitIds();

  /** Returns the members the flag names as answering for it; empty when it names the unit only. */
  @Value.Default
  public ImmutableSortedSet<String> ownerMemberIds() {
    return ImmutableSortedSet.of();
  }

  /** Returns the walks behind the flag. */
  public abstract ImmutableSortedSet<String> walkIds();

  /** Returns the findings behind the flag. */
  public abstract ImmutableSortedSet<String> findingIds();

  /** Returns the members behind the flag. */
  public abstract ImmutableSortedSet<String> memberIds();

  /** Returns the units behind the flag. */
  public abstract ImmutableSortedSet<String> unitIds();

  /** Returns the first day the flag is about: see the class documentation. */
  public abstract Optional<LocalDate> firstDay();

  /** Returns the last day the flag is about: see the class documentation. */
  public abstract Optional<LocalDate> lastDay();

  /** Returns what was counted: see the class documentation. */
  public abstract OptionalLong count();

  /** Returns the least count achievable: see the class documentation. */
  public abstract OptionalLong achievable();

  /** Returns the count expected by chance, to two decimals: see the class documentation. */
  public abstract Optional<BigDecimal> expected();

  /** Returns the words that fired or were checked: see the class documentation. */
  public abstract ImmutableList<String> words();

  /**
   * Returns {@link #count()} less {@link #achievable()}, never below 0: the part of the count that
   * could have been avoided; empty unless both are present.
   */
  public final OptionalLong avoidable() {
    return count().isPresent() && achievable().isPresent()
        ? OptionalLong.of(Math.max(0, count().getAsLong() - achievable().getAsLong()))
        : OptionalLong.empty();
  }

  /** Returns a builder for a flag of {@code judgment} about {@code subject}. */
  static Builder of(Judgment judgment, String subject) {
    return new Builder().judgment(judgment).subject(subject);
  }

  @Value.Check
  void check() {
    if (ownerUnitIds().isEmpty()) {
      throw new IllegalStateException(
          "ownerUnitIds of a " + judgment().code() + " flag about " + subject() + " must name at least one unit");
    }
  }

  @Override
  public final int compareTo(Flag o) {
    return ComparisonChain.start()
        .compare(judgment(), o.judgment())
        .compare(subject(), o.subject())
        .compare(ownerUnitIds(), o.ownerUnitIds(), LEXICOGRAPHICAL)
        .compare(ownerMemberIds(), o.ownerMemberIds(), LEXICOGRAPHICAL)
        .compare(firstDay().orElse(LocalDate.MIN), o.firstDay().orElse(LocalDate.MIN))
        .compare(lastDay().orElse(LocalDate.MIN), o.lastDay().orElse(LocalDate.MIN))
        .compare(count().orElse(-1), o.count().orElse(-1))
        .compare(achievable().orElse(-1), o.achievable().orElse(-1))
        .compare(expected().orElse(BigDecimal.ONE.negate()), o.expected().orElse(BigDecimal.ONE.negate()))
        .compare(words(), o.words(), LEXICOGRAPHICAL)
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
