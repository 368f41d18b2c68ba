package io.github.zouliucheng.walk.report.office.docx;

/**
 * Widths of text in half-ems: a Chinese character or a full-width mark takes two, a Latin letter,
 * digit or ASCII mark one (Times New Roman's digits are about half an em wide).
 */
final class Widths {
  private Widths() {}

  /** Returns the width of {@code text} in half-ems. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += of(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** Returns the width of one character in half-ems. */
  static int of(int codePoint) {
    boolean wide =
        codePoint >= 0x2E80
            || codePoint == '“'
            || codePoint == '”'
            || codePoint == '‘'
            || codePoint == '’'
            || codePoint == '—'
            || codePoint == '…'
            || codePoint == '★';
    return wide ? 2 : 1;
  }
}
