package io.github.zouliucheng.walk.report.html;

/**
 * What the two charts share: numbers for SVG attributes and an estimate of the width of a label.
 *
 * <p>Geometry is computed in hundredths of a user unit, in {@code long}, so that sums are exact
 * (the segments of a stacked bar add up to the bar) and numbers print with two decimals whatever
 * the default locale: {@code 1234} prints as {@code 12.34}.
 */
final class Svg {
  /** The SVG namespace, the only URL the HTML rendering writes. */
  static final String NAMESPACE = "http://www.w3.org/2000/svg";
  /** The font size of chart text, in user units. */
  static final int FONT = 11;

  private Svg() {}

  /** Returns {@code hundredths} of a unit as a number with two decimals, for example {@code 12.34} or {@code -0.50}. */
  static String num(long hundredths) {
    long abs = Math.abs(hundredths);
    long fraction = abs % 100;
    return (hundredths < 0 ? "-" : "") + abs / 100 + "." + (fraction < 10 ? "0" : "") + fraction;
  }

  /** Returns {@code units} whole user units as a number with two decimals. */
  static String units(long units) {
    return num(units * 100);
  }

  /**
   * Returns the opening attributes of a chart's {@code <svg>} element: namespace, view box, a width
   * of 100% and {@code style} (the {@linkplain HtmlStyle#svg guarded style}) followed by limits that
   * let it scale between {@code min} and {@code max} times its view box in CSS pixels (narrower
   * screens scroll the chart instead of shrinking its text below legibility).
   */
  static String[] root(String cls, long width, long height, String min, String max, String style) {
    return new String[] {
      "xmlns", NAMESPACE,
      "class", cls,
      "role", "img",
      "viewBox", "0 0 " + units(width) + " " + units(height),
      "width", "100%",
      "font-size", Integer.toString(FONT),
      "style", style
          + "min-width:" + scaled(width, min) + "px;max-width:" + scaled(width, max) + "px;"
    };
  }

  private static String scaled(long units, String factor) {
    return new java.math.BigDecimal(units).multiply(new java.math.BigDecimal(factor)).setScale(0, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * Returns the estimated width of {@code text} in units of the font size: one for a wide (CJK,
   * full-width) character, about half for a narrow one. Charts use it to lay out labels and to
   * shorten those that do not fit; it never reads a font, so layout is the same on every machine.
   */
  static double width(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += isWide(codePoint) ? 1.0 : codePoint == ' ' ? 0.3 : Character.isUpperCase(codePoint) ? 0.68 : 0.56;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * Returns {@code text} shortened with an ellipsis so that its {@linkplain #width width} is at most
   * {@code max} font sizes, or {@code text} itself if it fits. Surrogate pairs stay whole.
   */
  static String fit(String text, double max) {
    if (width(text) <= max) {
      return text;
    }
    double budget = max - 1.0;
    double width = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      double next = width(new String(Character.toChars(codePoint)));
      if (width + next > budget) {
        break;
      }
      width += next;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static boolean isWide(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0x2E80 && codePoint <= 0x2FDF)
        || codePoint == 0x201C || codePoint == 0x201D
        || codePoint >= 0x1F000;
  }
}
