package io.github.zouliucheng.walk.report.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it is published.
 *
 * <p>What is masked, in this order (an earlier kind takes its digits before a later one can see
 * them), and what is kept:
 *
 * <ol>
 *   <li><b>E-mail addresses</b>: a local part of letters, digits and {@code . _ % + -} before
 *       {@code @} or {@code ＠}, then a domain of two or more labels; a label may be Chinese (an
 *       internationalised domain such as {@code 例子.中国}) and labels may be parted by {@code .},
 *       {@code ．}, {@code ｡} or {@code 。}. Kept: the first character of the local part and the
 *       domain as written ({@code zhang.san@example.com} → {@code z***@example.com}). A local part in
 *       Chinese characters is not recognised: it cannot be told from the sentence before it.
 *   <li><b>Resident ID numbers</b>: 18 characters, the last a digit or X, run together or parted
 *       anywhere by separators ({@code 110105 19491231 057X}, {@code 110105-19491231-068X}); when
 *       parted, characters 7 to 14 must read as a birth date (18xx to 20xx, month 01 to 12, day
 *       01 to 31). The old 15 digits only run together. Kept: the last four characters, after a
 *       star for each other one ({@code **************057X}).
 *   <li><b>Bank card numbers</b>: 16 to 19 digits run together, or four groups of four digits
 *       parted by separators, possibly followed by a fifth group of one to three digits ({@code
 *       6222-0202-1234-0019}, {@code 6222 0202 1234 5678 901}); four groups
 *       that all read as years ({@code 2020 2021 2022 2023}) are not a card. Kept: the last four
 *       digits, after a star for each other one ({@code ************0019}). Cards come before
 *       landlines, which would otherwise take their middle groups.
 *   <li><b>Mobile numbers</b>: 11 digits from {@code 13} to {@code 19}, run together or parted
 *       anywhere after the first two digits by separators ({@code 138 9999 0009},
 *       {@code 138.9999.0009}), optionally after the country code {@code +86}, {@code 0086} or
 *       {@code (+86)}. Kept: the first three and last four digits ({@code 138****0009}); the
 *       country code and separators are dropped.
 *   <li><b>Landline numbers with an area code</b>: an area code of three or four digits beginning
 *       with 0, in parentheses or followed by a separator ({@code (0451)12340014}, {@code
 *       0451-1234-0015}), or after {@code +86} or {@code 0086} with or without its 0; then 7 or 8 digits,
 *       optionally parted once. Run together, 11 or 12 digits beginning with 0 are a landline too
 *       ({@code 045112340015}), the area code being three digits after {@code 01} and {@code 02}
 *       and four otherwise. Kept: the area code and the last four digits ({@code 0451-****0015}).
 *       Eight digits without an area code ({@code 12340014}) are left alone: in a bulletin they
 *       cannot be told from a date ({@code 20230315}), a file or order number or an amount, and an
 *       office line printed without its area code is a public switchboard, not a person's number.
 * </ol>
 *
 * <p>A separator is one space, or one of {@code - . ·} (or a dash such as {@code – —}) with a space
 * on either side or none. Full-width forms count as their ASCII counterparts: digits (０-９),
 * letters, {@code ＠ ＋ － ． （ ）} and the ideographic space; characters that are kept stay as
 * they were written ({@code １３８****０００９}). Digits inside longer runs of digits are never
 * taken for a number of their own, so amounts ({@code 350万元}, {@code 1,234.56}), dates ({@code
 * 2023-03-15}, {@code 20230315}), counts, years, percentages and the hotline {@code 12345} are left
 * as they are.
 */
final class Redactor {
  /** A separator between the digits of one number, in folded text. */
  private static final String SEP = "(?: ?[-.] ?| )";

  private static final String NOT_DIGIT_BEFORE = "(?<![0-9])";
  private static final String NOT_DIGIT_AFTER = "(?![0-9])";

  private static final Pattern EMAIL =
      Pattern.compile(
          "([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
              + "(?:[.｡。][\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+)");
  private static final Pattern ID_RUN =
      Pattern.compile(NOT_DIGIT_BEFORE + "(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])");
  private static final Pattern ID_PARTED =
      Pattern.compile(NOT_DIGIT_BEFORE + "[1-9](?:" + SEP + "?[0-9]){16}" + SEP + "?[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern CARD_RUN = Pattern.compile(NOT_DIGIT_BEFORE + "[0-9]{16,19}" + NOT_DIGIT_AFTER);
  private static final Pattern CARD_GROUPED =
      Pattern.compile(
          NOT_DIGIT_BEFORE + "[0-9]{4}(?:" + SEP + "[0-9]{4}){3}(?:" + SEP + "[0-9]{1,3})?" + NOT_DIGIT_AFTER);
  private static final Pattern MOBILE =
      Pattern.compile(
          NOT_DIGIT_BEFORE
              + "(?:(?:\\+ ?|00)86" + SEP + "?|\\(\\+?86\\) ?)?"
              + "(?<number>1[3-9](?:" + SEP + "?[0-9]){9})"
              + NOT_DIGIT_AFTER);
  private static final Pattern LANDLINE =
      Pattern.compile(
          NOT_DIGIT_BEFORE
              + "(?:(?:\\+ ?|00)86" + SEP + "?(?:\\(0\\) ?)?(?<intl>0?[1-9][0-9]{1,2})" + SEP
              + "|\\( ?(?<paren>0[1-9][0-9]{1,2}) ?\\) ?(?:[-.] ?)?"
              + "|(?<area>0[1-9][0-9]{1,2})" + SEP + ")"
              + "(?<local>[0-9]{3,4}" + SEP + "?[0-9]{4})"
              + NOT_DIGIT_AFTER);
  private static final Pattern LANDLINE_RUN = Pattern.compile(NOT_DIGIT_BEFORE + "0[1-9][0-9]{9,10}" + NOT_DIGIT_AFTER);

  /** The fewest digits a number to mask has: a three-digit area code and seven digits. */
  private static final int MIN_DIGITS = 10;

  private Redactor() {}

  /** Returns {@code text} with personal data masked; text without any is returned as it is. */
  static String redact(String text) {
    if (!mayHold(text)) {
      return text;
    }
    String out = replace(EMAIL, text, (m, s) -> s.substring(m.start(1), m.end(1)) + "***" + s.substring(m.start(2), m.end(2)));
    out = replace(ID_RUN, out, (m, s) -> lastFour(s, m.start(), m.end()));
    out = replace(ID_PARTED, out, (m, s) -> isBirthDate(fold(s, m.start(), m.end())) ? lastFour(s, m.start(), m.end()) : null);
    out = replace(CARD_RUN, out, (m, s) -> lastFour(s, m.start(), m.end()));
    out = replace(CARD_GROUPED, out, (m, s) -> isYears(fold(s, m.start(), m.end())) ? null : lastFour(s, m.start(), m.end()));
    out = replace(MOBILE, out, (m, s) -> {
      String digits = significant(s, m.start("number"), m.end("number"));
      return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    });
    out = replace(LANDLINE, out, (m, s) -> {
      String area;
      if (m.start("intl") >= 0) {
        area = significant(s, m.start("intl"), m.end("intl"));
        if (fold(area, 0, 1).charAt(0) != '0') {
          area = (isAscii(area.charAt(0)) ? "0" : "０") + area;
        }
      } else {
        String group = m.start("paren") >= 0 ? "paren" : "area";
        area = significant(s, m.start(group), m.end(group));
      }
      String local = significant(s, m.start("local"), m.end("local"));
      return area + "-****" + local.substring(local.length() - 4);
    });
    out = replace(LANDLINE_RUN, out, (m, s) -> {
      String digits = s.substring(m.start(), m.end());
      String folded = fold(digits, 0, 2);
      int area = folded.equals("01") || folded.equals("02") ? 3 : 4;
      return digits.substring(0, area) + "-****" + digits.substring(digits.length() - 4);
    });
    return out;
  }

  /** Whether {@code text} has an at sign or enough digits for any number this class masks. */
  private static boolean mayHold(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits++;
      } else if (c == '@' || c == '＠') {
        return true;
      }
    }
    return digits >= MIN_DIGITS;
  }

  /** Returns a mask for a match of a pattern in text, or null to leave the match as it is. */
  private interface Mask {
    String apply(Matcher match, String text);
  }

  /**
   * Masks the matches of {@code pattern} in {@code text}, matched on its {@linkplain #fold folded}
   * form; a match the mask declines is searched again from its next character.
   */
  private static String replace(Pattern pattern, String text, Mask mask) {
    String folded = fold(text, 0, text.length());
    Matcher m = pattern.matcher(folded);
    StringBuilder out = null;
    int last = 0;
    int from = 0;
    while (from <= folded.length() && m.find(from)) {
      String replacement = mask.apply(m, text);
      if (replacement == null) {
        from = m.start() + 1;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(replacement);
      last = m.end();
      from = m.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * Returns {@code text[start, end)} with full-width forms as their ASCII counterparts, every space
   * as a plain space and every dash and middle dot as {@code -} and {@code .}: one character for
   * one, so that positions in the folded text are positions in the text.
   */
  static String fold(String text, int start, int end) {
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = new StringBuilder(end - start).append(text, start, i);
      }
      if (out != null) {
        out.append(f);
      }
    }
    return out != null ? out.toString() : text.substring(start, end);
  }

  private static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\u2010': // hyphen
      case '\u2011': // non-breaking hyphen
      case '\u2012': // figure dash
      case '\u2013': // en dash
      case '\u2014': // em dash
      case '\u2015': // horizontal bar
      case '\u2212': // minus sign
      case '\uFE58': // small em dash
      case '\uFE63': // small hyphen-minus
        return '-';
      case '\u00B7': // middle dot
      case '\u30FB': // katakana middle dot
      case '\uFF65': // halfwidth katakana middle dot
        return '.';
      default:
        return Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c;
    }
  }

  private static boolean isAscii(char c) {
    return c < 0x80;
  }

  /** Returns the digits and X's of {@code text[start, end)} as they are written, without separators. */
  private static String significant(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char f = fold(text.charAt(i));
      if ((f >= '0' && f <= '9') || f == 'X' || f == 'x') {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** Returns a star for each digit of {@code text[start, end)} but the last four, then those four. */
  private static String lastFour(String text, int start, int end) {
    String digits = significant(text, start, end);
    return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
  }

  /** Whether the 18 characters of a parted ID number hold a birth date at characters 7 to 14. */
  private static boolean isBirthDate(String folded) {
    String digits = digitsOf(folded);
    int century = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(10, 12));
    int day = Integer.parseInt(digits.substring(12, 14));
    return century >= 18 && century <= 20 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** Whether every group of four digits of a grouped card number reads as a year, 1900 to 2099. */
  private static boolean isYears(String folded) {
    String digits = digitsOf(folded);
    if (digits.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i += 4) {
      String century = digits.substring(i, i + 2);
      if (!century.equals("19") && !century.equals("20")) {
        return false;
      }
    }
    return true;
  }

  private static String digitsOf(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
