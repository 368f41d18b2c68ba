package io.github.zouliucheng.walk.report.markdown;

/**
 * Escapes plain text for GitHub-flavoured Markdown so that it is read back as exactly the same
 * text and never as markup: no emphasis, strikethrough, link, image, autolink, code span, raw HTML,
 * character reference, table cell break, heading, list, block quote, thematic break or code block
 * can come out of it.
 *
 * <p>{@link #inline} escapes text for the places where Markdown reads only inline syntax: after
 * {@code # } (a heading), between {@code **} (a caption), between {@code |} (a table cell). {@link
 * #line} escapes text that starts a line of its own (a paragraph), where block syntax counts too.
 * The rules:
 *
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become {@code &amp;}, {@code &lt;} and {@code &gt;}:
 *       no raw HTML, no autolink in angle brackets, no character reference of the text's own, no
 *       block quote.
 *   <li>A backslash goes before every ASCII punctuation character that opens or closes an inline
 *       construct wherever it stands: {@code \ ` * _ [ ] # | ~ $ { } @}. With the brackets
 *       escaped no link, image or footnote can open, so {@code ( ) !} need nothing; the at sign
 *       defeats GFM's e-mail autolinks, the dollar sign GitHub's math.
 *   <li>{@code :} is escaped before {@code /} ({@code https://} starts a GFM autolink), and
 *       {@code .} after {@code www} ({@code www.} does too).
 *   <li>At the start of a {@linkplain #line line}: a leading {@code -} or {@code +} (a list item,
 *       a thematic break), and the {@code .} or {@code )} after a leading run of digits ({@code 1.},
 *       an ordered list) are escaped.
 *   <li>Spaces at either end, ideographic and no-break spaces included, become character
 *       references ({@code &#32;}, {@code &#12288;}): Markdown would strip them, four leading
 *       spaces would start a code block, and a space inside {@code **} would keep it from being
 *       emphasis.
 * </ul>
 *
 * <p>Other characters, CJK and full-width punctuation included, are left as they are, so the
 * Markdown source stays readable. The text must hold no line break or other control character; the
 * bulletin's text never does.
 *
 * <p>What no Markdown escape can prevent is left to the viewer: GitHub turns {@code :name:} into an
 * emoji and {@code @name} into a mention after the Markdown is rendered, from the text itself.
 */
final class MarkdownEscaper {
  private static final String ALWAYS = "\\`*_[]#|~${}@";

  private MarkdownEscaper() {}

  /** Returns {@code text} escaped for a place where Markdown reads only inline syntax. */
  static String inline(String text) {
    return escape(text, false);
  }

  /** Returns {@code text} escaped to stand at the start of a line, as a paragraph does. */
  static String line(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean lineStart) {
    int start = 0;
    while (start < text.length() && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = text.length();
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    references(text.substring(0, start), out);
    boolean leadingDigits = lineStart;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
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
        case '-':
        case '+':
          out.append(lineStart && i == start ? "\\" : "").append(c);
          break;
        case '.':
        case ')':
          boolean afterDigits = leadingDigits && i > start;
          out.append(afterDigits || (c == '.' && afterWww(text, i)) ? "\\" : "").append(c);
          break;
        case ':':
          out.append(i + 1 < end && text.charAt(i + 1) == '/' ? "\\:" : ":");
          break;
        default:
          if (ALWAYS.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
      }
      leadingDigits = leadingDigits && c >= '0' && c <= '9';
    }
    references(text.substring(end), out);
    return out.toString();
  }

  /** Checks if Markdown would strip {@code codePoint} at the ends of a text or treat it as space around emphasis. */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** Appends each character of {@code spaces} as a decimal character reference. */
  private static void references(String spaces, StringBuilder out) {
    spaces.codePoints().forEach(c -> out.append("&#").append(c).append(';'));
  }

  private static boolean afterWww(String text, int dot) {
    return dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3);
  }
}
