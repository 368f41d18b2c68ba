package io.github.zouliucheng.walk.report.office.ledger;

/** What a text does in a cell: whether it could be taken for a formula, and how wide it shows. */
final class CellText {
  private CellText() {}

  /**
   * Checks if a spreadsheet could read {@code text} as a formula or a DDE call when it is typed in
   * or pasted again: it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   * return. Such a text is written with a quote prefix, so that it stays text.
   */
  static boolean looksLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Returns the width of {@code text} in columns of a monospaced display, counting East Asian wide
   * and full-width characters (CJK, kana, hangul, full-width forms) as 2 and others as 1; stops
   * counting at {@code cap}.
   */
  static int displayWidth(String text, int cap) {
    int width = 0;
    for (int i = 0; i < text.length() && width < cap; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += isWide(cp) ? 2 : 1;
    }
    return Math.min(width, cap);
  }

  /** Checks if a code point is East Asian wide or full-width. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE10 && cp <= 0xFE19)
        || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
