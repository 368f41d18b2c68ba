package io.github.zouliucheng.walk.report.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text before it is published: mainland resident ID numbers (18 digits,
 * the last possibly X, or the old 15 digits), mobile numbers (11 digits from 13 to 19, optionally
 * after +86 and split by spaces or hyphens), landline numbers with an area code, bank card numbers
 * (16 to 19 digits), and e-mail addresses.
 *
 * <p>What is kept is what Chinese practice shows: the first three and last four digits of a mobile
 * number ({@code 138****5678}), the last four characters of an ID or card number, the first letter
 * of an e-mail's local part. Digits inside longer runs of digits are never taken for a number of
 * their own. Full-width digits (０-９) are recognised too.
 */
final class Redactor {
  private static final String D = "[0-9０-９]";
  private static final String NOT_DIGIT_BEFORE = "(?<![0-9０-９])";
  private static final String NOT_DIGIT_AFTER = "(?![0-9０-９])";

  private static final Pattern EMAIL =
      Pattern.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
  private static final Pattern ID_NUMBER =
      Pattern.compile(NOT_DIGIT_BEFORE + "(" + D + "{17}[0-9０-９Xx]|" + D + "{15})" + "(?![0-9０-９A-Za-z])");
  private static final Pattern CARD = Pattern.compile(NOT_DIGIT_BEFORE + D + "{16,19}" + NOT_DIGIT_AFTER);
  private static final Pattern MOBILE =
      Pattern.compile(
          NOT_DIGIT_BEFORE + "(?:\\+?86[ -]?)?([1１][3-9３-９]" + D + ")[ -]?(" + D + "{4})[ -]?(" + D + "{4})"
              + NOT_DIGIT_AFTER);
  private static final Pattern LANDLINE =
      Pattern.compile(NOT_DIGIT_BEFORE + "([0０]" + D + "{2,3})[ -](" + D + "{3,4})[ -]?(" + D + "{4})" + NOT_DIGIT_AFTER);

  private Redactor() {}

  /** Returns {@code text} with personal data masked; text without any is returned as it is. */
  static String redact(String text) {
    String out = replace(EMAIL, text, m -> m.group(1) + "***" + m.group(2));
    out = replace(ID_NUMBER, out, m -> stars(m.group().length() - 4) + m.group().substring(m.group().length() - 4));
    out = replace(CARD, out, m -> stars(m.group().length() - 4) + m.group().substring(m.group().length() - 4));
    out = replace(MOBILE, out, m -> m.group(1) + "****" + m.group(3));
    out = replace(LANDLINE, out, m -> m.group(1) + "-****" + m.group(3));
    return out;
  }

  private interface Mask {
    String apply(Matcher match);
  }

  private static String replace(Pattern pattern, String text, Mask mask) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start()).append(mask.apply(m));
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  private static String stars(int n) {
    return "*".repeat(Math.max(0, n));
  }
}
