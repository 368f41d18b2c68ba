package io.github.zouliucheng.walk.report.html;

/**
 * Escapes plain text for HTML and inline SVG, in text content and in quoted attribute values alike:
 * {@code & < > " '} become character references, so no text can open or close an element, end an
 * attribute value or start a character reference.
 *
 * <p>Characters that HTML does not allow in a document (control characters other than tab and line
 * feed, unpaired surrogates and noncharacters) become U+FFFD, so that escaped text also keeps the
 * document valid. Every other character is kept as it is: the output is UTF-8, not ASCII.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  /** Returns {@code text} escaped for text content and double- or single-quoted attribute values. */
  static String escape(String text) {
    int length = text.length();
    StringBuilder out = new StringBuilder(length + 16);
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
          out.append('\uFFFD');
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i += 2;
        continue;
      }
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          boolean forbidden =
              Character.isSurrogate(c) || isNoncharacter(c) || (Character.isISOControl(c) && c != '\t' && c != '\n');
          out.append(forbidden ? '\uFFFD' : c);
          break;
      }
      i++;
    }
    return out.toString();
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
