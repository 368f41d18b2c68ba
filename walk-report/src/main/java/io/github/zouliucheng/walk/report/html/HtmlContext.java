package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.internal.Formats;
import io.github.zouliucheng.walk.report.internal.Messages;

/**
 * What the pieces of one HTML rendering share: the class prefix, the labels of the {@code html}
 * bundle and the formats of the bulletin's language.
 */
final class HtmlContext {
  private final String prefix;
  private final Language language;
  private final Messages labels;
  private final Formats formats;

  HtmlContext(String prefix, Language language) {
    this.prefix = prefix;
    this.language = language;
    this.labels = Messages.of(Messages.HTML, language);
    this.formats = new Formats(language);
  }

  /** Returns the class of the root element: the prefix itself. */
  String root() {
    return prefix;
  }

  /** Returns the class {@code <prefix>-<name>}. */
  String cls(String name) {
    return prefix + "-" + name;
  }

  /** Returns the classes {@code <prefix>-<name>} of each name, separated by spaces. */
  String cls(String... names) {
    StringBuilder classes = new StringBuilder();
    for (String name : names) {
      if (classes.length() > 0) {
        classes.append(' ');
      }
      classes.append(prefix).append('-').append(name);
    }
    return classes.toString();
  }

  Language language() {
    return language;
  }

  Messages labels() {
    return labels;
  }

  Formats formats() {
    return formats;
  }
}
