package io.github.zouliucheng.walk.report.html;

import java.util.regex.Pattern;

/**
 * Writes HTML and inline SVG one element per line, indented by nesting. Element and attribute
 * names come from the renderer's code only and are checked; every text and attribute value passes
 * through {@link HtmlEscaper}, so no caller can put markup into the output by accident.
 *
 * <p>Attributes are given as name/value pairs: {@code open("p", "class", "wkb-text", "style", s)}.
 */
final class Markup {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private int depth;

  /** Writes a line as it is: the doctype, nothing that holds text of the bulletin. */
  Markup raw(String line) {
    indent();
    out.append(line).append('\n');
    return this;
  }

  /** Opens {@code tag} on a line of its own; what follows is nested. */
  Markup open(String tag, String... attributes) {
    indent();
    start(out, tag, attributes);
    out.append('\n');
    depth++;
    return this;
  }

  /** Closes the element opened last, {@code tag}. */
  Markup close(String tag) {
    depth--;
    indent();
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes {@code <tag>text</tag>} on one line, the text escaped. */
  Markup leaf(String tag, String text, String... attributes) {
    indent();
    start(out, tag, attributes);
    out.append(HtmlEscaper.escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes {@code <tag>} followed by already written inline markup (from {@link #inline}) and the end tag. */
  Markup leafMarkup(String tag, String inlineMarkup, String... attributes) {
    indent();
    start(out, tag, attributes);
    out.append(inlineMarkup).append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes a void HTML element such as {@code <meta>}: no end tag. */
  Markup empty(String tag, String... attributes) {
    indent();
    start(out, tag, attributes);
    out.append('\n');
    return this;
  }

  /** Writes a childless SVG element, self-closed: {@code <rect .../>}. */
  Markup selfClosed(String tag, String... attributes) {
    indent();
    start(out, tag, attributes);
    out.setLength(out.length() - 1);
    out.append("/>\n");
    return this;
  }

  /** Returns {@code <tag>text</tag>}, the text escaped, for {@link #leafMarkup}. */
  static String inline(String tag, String text, String... attributes) {
    StringBuilder element = new StringBuilder();
    start(element, tag, attributes);
    return element.append(HtmlEscaper.escape(text)).append("</").append(tag).append('>').toString();
  }

  @Override
  public String toString() {
    if (depth != 0) {
      throw new IllegalStateException("markup has " + depth + " unclosed elements");
    }
    return out.toString();
  }

  private static void start(StringBuilder out, String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes of <" + tag + "> must come in name/value pairs");
    }
    out.append('<').append(name(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(name(attributes[i])).append("=\"").append(HtmlEscaper.escape(attributes[i + 1])).append('"');
    }
    out.append('>');
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an element or attribute name: \"" + name + "\"");
    }
    return name;
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
