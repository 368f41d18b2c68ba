package io.github.zouliucheng.walk.model;

import com.google.common.base.CharMatcher;
import java.time.LocalDate;

/**
 * The field rules shared by the value types. Each failure is an {@link InvalidValueException} that
 * names the field, the rule and the value.
 */
final class Checks {
  static final int MAX_ID_LENGTH = 64;

  private Checks() {}

  /** Checks an identifier: 1 to 64 characters (code points), no whitespace. */
  static void id(String field, String value) {
    if (value.isEmpty()
        || value.codePointCount(0, value.length()) > MAX_ID_LENGTH
        || CharMatcher.whitespace().matchesAnyOf(value)) {
      throw invalid(
          field,
          value,
          "%s must be 1 to %d characters with no whitespace: \"%s\"",
          field,
          MAX_ID_LENGTH,
          value);
    }
  }

  /** Checks a human-readable text: not blank. */
  static void text(String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw invalid(field, value, "%s must not be blank: \"%s\"", field, value);
    }
  }

  /** Checks a rule of one field's value. */
  static void value(boolean ok, String field, Object value, String template, Object... args) {
    if (!ok) {
      throw invalid(field, String.valueOf(value), template, args);
    }
  }

  /** Checks that the dated step {@code field} is not before the step {@code otherField}. */
  static void notBefore(String field, LocalDate value, String otherField, LocalDate other) {
    if (value.isBefore(other)) {
      throw history(
          field, value, "%s (%s) must not be before %s (%s)", field, value, otherField, other);
    }
  }

  /** Fails with {@link Rule#IMPOSSIBLE_HISTORY} on {@code field}. */
  static InvalidValueException history(
      String field, Object value, String template, Object... args) {
    return new InvalidValueException(
        field, Rule.IMPOSSIBLE_HISTORY, String.valueOf(value), String.format(template, args));
  }

  private static InvalidValueException invalid(
      String field, String value, String template, Object... args) {
    return new InvalidValueException(
        field, Rule.INVALID_VALUE, value, String.format(template, args));
  }
}
