package io.github.zouliucheng.walk.model;

import java.util.Optional;

/**
 * Thrown when a value of the model is built with a field that breaks its rule. The message names
 * the field, the rule and the value; {@link #field()} gives the field's path inside the value
 * (for example {@code rectification/closedOn}) so that readers can point at it.
 */
public final class InvalidValueException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final Rule rule;
  private final String value;

  InvalidValueException(String field, Rule rule, String value, String message) {
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
   * Returns the rule broken: {@link Rule#INVALID_VALUE}, {@link Rule#IMPOSSIBLE_HISTORY}, or {@link
   * Rule#WRONG_SOURCE} (a walk holding a finding from another source).
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
