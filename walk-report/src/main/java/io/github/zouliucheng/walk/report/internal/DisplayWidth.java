package io.github.zouliucheng.walk.report.internal;

/**
 * The width of text in the columns of a monospaced terminal or editor, for aligning plain-text
 * tables that mix Chinese and ASCII.
 *
 * <p>The rule follows Unicode's East Asian Width (UAX #11) with code-point ranges rather than the
 * full property table:
 *
 * <ul>
 *   <li>2 columns: the wide and full-width blocks — Hangul Jamo initials (U+1100–115F), CJK
 *       radicals, symbols and punctuation such as {@code 、。「」} (U+2E80–303E), kana, Bopomofo,
 *       Hangul compatibility jamo, enclosed CJK and CJK compatibility (U+3041–33FF), CJK ideographs
 *       and extension A (U+3400–4DBF, U+4E00–9FFF), Yi (U+A000–A4CF), Hangul Jamo extended-A
 *       (U+A960–A97F), Hangul syllables (U+AC00–D7A3), CJK compatibility ideographs (U+F900–FAFF),
 *       vertical forms (U+FE10–FE19), CJK compatibility forms and small forms (U+FE30–FE6F),
 *       full-width forms such as {@code （），：０Ａ} (U+FF00–FF60, U+FFE0–FFE6), the pictographs
 *       and emoji blocks (U+1F300–1F64F, U+1F900–1F9FF), and the supplementary ideographic planes
 *       (U+20000–3FFFD).
 *   <li>0 columns: combining and enclosing marks, and format characters (zero-width space and
 *       joiners, direction marks), which draw nothing of their own.
 *   <li>1 column: everything else, including the characters UAX #11 calls <em>ambiguous</em>, such
 *       as {@code “ ” … — ·}: they are narrow by UAX #11's default, so in a terminal set to draw
 *       ambiguous characters wide a column holding them is one column short per such character.
 * </ul>
 *
 * <p>Internal: this class is public only so that the packages of this module can share it; its
 * package is not exported, and it may change in any release.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Returns the columns that {@code text} takes. */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += of(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** Returns the columns that one code point takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (isWide(codePoint)) {
      return 2;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    return 1;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE10 && c <= 0xFE19)
        || (c >= 0xFE30 && c <= 0xFE6F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /** Returns {@code text} followed by spaces up to {@code width} columns. */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** Returns {@code text} preceded by spaces up to {@code width} columns. */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }
}
