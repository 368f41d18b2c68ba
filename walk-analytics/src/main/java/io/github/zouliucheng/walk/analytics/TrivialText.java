package io.github.zouliucheng.walk.analytics;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The form in which trivial wording is looked for: Unicode NFKC (so full-width letters, digits and
 * punctuation equal their half-width forms, and the ideographic space is a space), then every
 * whitespace, space-separator and format character (for example U+3000, U+00A0, U+200B) removed.
 * Matching on this form is exact, character by character: it does not depend on the default locale
 * and does not fold case.
 *
 * <p>The usual description (ASCII, CJK ideographs and common CJK punctuation, full-width ASCII
 * forms) is normalised in one pass without {@link Normalizer}, which is used only when another
 * character appears. This is the code of {@link TrivialClassifier}'s normalisation, shared so that
 * {@link TrivialMatcher} and {@link TrivialLexicon} normalise exactly alike.
 */
final class TrivialText {
  private TrivialText() {}

  /** Returns {@code text} normalised, as a string. */
  static String normalize(CharSequence text) {
    return new String(normalizedChars(text));
  }

  /** Returns {@code text} normalised, in a new array of exactly its length. */
  static char[] normalizedChars(CharSequence text) {
    int n = text.length();
    char[] out = new char[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f || c >= 0x4e00 && c <= 0x9fff || c >= 0x3400 && c <= 0x4dbf || stableCjkPunctuation(c)) {
        out[k++] = c;
      } else if (c >= 0xff01 && c <= 0xff5e) {
        out[k++] = (char) (c - 0xfee0); // full-width ASCII: its NFKC form is the ASCII character
      } else if (c == ' ' || c == '\u3000' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f) {
        // whitespace, removed
      } else {
        return slowNormalized(text);
      }
    }
    return k == n ? out : Arrays.copyOf(out, k);
  }

  /** Checks if {@code c} is common CJK punctuation that NFKC leaves unchanged. */
  private static boolean stableCjkPunctuation(char c) {
    return c == '\u3001' // 、
        || c == '\u3002' // 。
        || c >= '\u300a' && c <= '\u3011' // 《》「」『』【】
        || c >= '\u2018' && c <= '\u2019' // ‘’
        || c >= '\u201c' && c <= '\u201d'; // “”
  }

  private static char[] slowNormalized(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(cp -> !invisible(cp)).forEach(b::appendCodePoint);
    char[] out = new char[b.length()];
    b.getChars(0, b.length(), out, 0);
    return out;
  }

  /** Checks if {@code codePoint} is removed before matching: whitespace, a space separator or a format character. */
  static boolean invisible(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }
}
