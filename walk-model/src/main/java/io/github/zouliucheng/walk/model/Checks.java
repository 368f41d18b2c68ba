package io.github.zouliucheng.walk.model;

import com.google.common.base.CharMatcher;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The field rules shared by the value types. Each failure is an {@link InvalidValueException} that
 * names the field, the rule and the value.
 */
final class Checks {
  static final int MAX_ID_LENGTH = 64;

  private Checks() {}

  /** Checks an identifier: 1 to 64 characters (code points), no whitespace, valid Unicode. */
  static void id(String field, String value) {
    unicode(field, value);
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

  /** Checks a human-readable text: valid Unicode, not blank. */
  static void text(String field, String value) {
    unicode(field, value);
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw invalid(field, value, "%s must not be blank: \"%s\"", field, value);
    }
  }

  /**
   * Checks that {@code value} is valid Unicode: every surrogate is half of a pair. A lone surrogate
   * cannot be encoded in UTF-8, so a renderer or a writer would fail on it later. The value and the
   * message show each lone surrogate escaped (<code>&#92;uD800</code>), so that the problem itself stays
   * printable.
   */
  static void unicode(String field, String value) {
    int at = loneSurrogate(value);
    if (at >= 0) {
      String shown = escapeLoneSurrogates(value);
      throw invalid(
          field,
          shown,
          "%s must be valid Unicode, but holds the unpaired surrogate \\u%04X at index %d: \"%s\"",
          field,
          (int) value.charAt(at),
          at,
          shown);
    }
  }

  /** Returns the index of the first unpaired surrogate in {@code s}, or -1 if there is none. */
  static int loneSurrogate(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns {@code s} with each unpaired surrogate written as a Java escape of four upper-case hex
   * digits, such as <code>&#92;uD800</code>, so that a problem naming it stays printable.
   */
  static String escapeLoneSurrogates(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Checks a measured value: at most {@code maxScale} decimals and a magnitude of at most {@code
   * maxMagnitude}. Both tests are cheap whatever the exponent ({@code 1E+2147483647} included); the
   * value is shown in scientific notation, never expanded.
   */
  static void decimal(String field, BigDecimal value, int maxScale, BigDecimal maxMagnitude) {
    if (value.scale() > maxScale) {
      throw invalid(
          field, value.toString(), "%s must have at most %d decimals: %s", field, maxScale, value);
    }
    if (value.abs().compareTo(maxMagnitude) > 0) {
      throw invalid(
          field,
          value.toString(),
          "%s must be between -%s and %s: %s",
          field,
          maxMagnitude.toPlainString(),
          maxMagnitude.toPlainString(),
          value);
    }
  }

  /** The message of a generated builder missing required attributes. */
  private static final Pattern REQUIRED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  /**
   * Returns what {@code build} builds. The generated builders fail with a bare {@link
   * IllegalStateException} when required attributes are not set; that failure becomes an {@link
   * InvalidValueException} for {@link Rule#MISSING_FIELD} on the first missing attribute, whose
   * message names every one of them. Any other failure passes through unchanged.
   */
  static <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException | InvalidDatasetException e) {
      throw e;
    } catch (IllegalStateException e) {
      Matcher m = REQUIRED.matcher(String.valueOf(e.getMessage()));
      if (!m.matches()) {
        throw e;
      }
      String[] missing = m.group(2).split(",\\s*");
      InvalidValueException invalid =
          new InvalidValueException(
              missing[0],
              Rule.MISSING_FIELD,
              null,
              m.group(1) + " is missing required attributes: " + String.join(", ", missing));
      invalid.initCause(e);
      throw invalid;
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
      String field, @Nullable String value, String template, Object... args) {
    return new InvalidValueException(
        field, Rule.INVALID_VALUE, value, String.format(template, args));
  }
}
