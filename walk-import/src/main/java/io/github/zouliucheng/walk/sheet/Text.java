package io.github.zouliucheng.walk.sheet;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import java.text.Normalizer;

/** How the importer compares and cleans the text of cells and headers. */
final class Text {
  private static final CharMatcher SPACE = CharMatcher.whitespace().or(CharMatcher.is('\uFEFF'));
  private static final CharMatcher QUOTES = CharMatcher.anyOf("\"'“”‘’「」『』");

  private Text() {}

  /**
   * Returns {@code s} without surrounding whitespace (ASCII, ideographic and the other Unicode
   * spaces); inner text is kept as written.
   */
  static String clean(String s) {
    return SPACE.trimFrom(s);
  }

  /** Checks if {@code s} is empty or only whitespace. */
  static boolean isBlank(String s) {
    return SPACE.matchesAllOf(s);
  }

  /**
   * Returns the key two spellings of the same word share: full-width letters, digits and
   * punctuation folded to their ASCII forms (NFKC), every whitespace removed, ASCII letters in lower
   * case and quotation marks dropped. {@code " 体验地点（服务场所）"} and {@code "体验地点(服务场所)"} have the same
   * key.
   */
  static String key(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return Ascii.toLowerCase(QUOTES.removeFrom(SPACE.removeFrom(folded)));
  }

  /** Returns {@code s} in double quotes, for messages. */
  static String quoted(String s) {
    return "\"" + s + "\"";
  }
}
