package io.github.zouliucheng.walk.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of the model is built with a field that breaks its rule, or without a
 * required field. The message names
 * the field, the rule and the value; {@link #field()} gives the field's path inside the value
 * (for example {@code rectification/closedOn}) so that readers can point at it.
 */
public final class InvalidValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final Rule rule;
  private final @Nullable String value;

  InvalidValueException(String field, Rule rule, @Nullable String value, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
    this.value = value;
  }

  /** Returns the path of the offending field inside the value, segments separated by {@code /}. */
  public String field() {
    return field;
  }

  /**
   * Returns the rule broken: {@link Rule#INVALID_VALUE}, {@link Rule#IMPOSSIBLE_HISTORY}, {@link
   * Rule#WRONG_SOURCE} (a walk holding a finding from another source), or {@link
   * Rule#MISSING_FIELD} (a builder's required attributes not set: {@link #field()} is the first of
   * them, the message names them all, and there is no value).
   */
  public Rule rule() {
    return rule;
  }

  /** Returns the offending value as text, if there is one. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Returns a copy whose field path is prefixed by {@code parent}, for a value nested in another. */
  InvalidValueException nestedIn(String parent) {
    InvalidValueException e = new InvalidValueException(parent + "/" + field, rule, value, getMessage());
    e.setStackTrace(getStackTrace());
    return e;
  }
}
