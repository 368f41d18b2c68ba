package io.github.zouliucheng.walk.report.internal;

import java.util.Locale;

/**
 * Checks on the plain text that the bulletin carries.
 *
 * <p>Internal: this class is public only so that the packages of this module can share it; its
 * package is not exported, and it may change in any release.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns {@code value} if it is text a renderer can show: not blank, and no control character
   * (tab, line breaks and the like belong to the renderer, not to the text).
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String requireText(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank, was \"" + value + "\"");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + ": must not contain control character U+"
                + String.format(Locale.ROOT, "%04X", (int) value.charAt(i)) + ", was \"" + value + "\"");
      }
    }
    return value;
  }

  /** Returns {@code text} with every run of whitespace, line breaks included, replaced by one space, and trimmed. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
