package io.github.zouliucheng.walk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with input data: where it is, which rule it breaks, and the offending value.
 *
 * <p>The {@linkplain #location() location} is a JSON pointer into the dataset's JSON form (for
 * example {@code /walks/3/leaderId}), optionally followed by {@code " line L, column C"} when the
 * problem was found while reading text. Spreadsheet importers use {@code sheet!row:column}. The
 * {@linkplain #recordId() record id}, when known, names the record the location falls in.
 *
 * <p>{@link #toString()} gives one readable line, for example:
 *
 * <pre>
 * error /walks/3/leaderId (walk W-004) unknown_reference: leaderId "M-999" is not a member of the roster
 * </pre>
 *
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /** Returns where the problem is. */
  public abstract String location();

  /** Returns the kind and identifier of the record the problem is in, for example {@code walk W-004}. */
  public abstract Optional<String> recordId();

  /** Returns the rule broken. */
  public abstract Rule rule();

  /** Returns the offending value as text, when there is one. */
  public abstract Optional<String> value();

  /** Returns the problem in an English sentence fragment that names the field and the rule. */
  public abstract String message();

  /** Returns the rule's severity. */
  public final Severity severity() {
    return rule().severity();
  }

  /** Obtains a problem with no record id and no value. */
  public static Problem of(String location, Rule rule, String message) {
    return builder().location(location).rule(rule).message(message).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder();
    s.append(severity().code()).append(' ').append(location());
    recordId().ifPresent(id -> s.append(" (").append(id).append(')'));
    return s.append(' ').append(rule().code()).append(": ").append(message()).toString();
  }

  /** Builds a {@link Problem}; each attribute may be set once. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}

    /**
     * Builds the {@link Problem}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Problem build() {
      return Checks.built(super::build);
    }
  }
}
