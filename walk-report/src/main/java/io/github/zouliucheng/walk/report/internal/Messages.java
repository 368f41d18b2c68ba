package io.github.zouliucheng.walk.report.internal;

import io.github.zouliucheng.walk.report.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The labels and sentence patterns of one resource bundle in one language, read from {@code
 * <bundle>_zh.properties} or {@code <bundle>_en.properties} (UTF-8), where {@code <bundle>} is the
 * class-path location of the bundle without its suffix, such as {@value #BULLETIN}: each bundle lives
 * in the package of the class that loads it.
 *
 * <p>The bundles are loaded directly rather than through {@link ResourceBundle#getBundle}: that
 * falls back to the machine's default locale, which would make English output depend on it, and it
 * does not take a {@code Control} inside a named module.
 *
 * <p>Patterns use named placeholders, {@code {count}}; {@link #format} replaces each with its
 * argument and fails if one is missing or left unused, so a bundle and its callers cannot drift apart.
 *
 * <p>Internal: this class is public only so that the packages of this module can share it; its
 * package is not exported, and it may change in any release.
 */
public final class Messages {
  /** The bundle of the bulletin's sentences, loaded by the composer. */
  public static final String BULLETIN = "/io/github/zouliucheng/walk/report/compose/bulletin";

  /** The bundle of the HTML renderer's labels. */
  public static final String HTML = "/io/github/zouliucheng/walk/report/html/html";

  /** The bundle of the labels of the Markdown and plain-text renderers, loaded by {@link Labels}. */
  public static final String TEXTUAL = "/io/github/zouliucheng/walk/report/internal/textual";

  private final String name;
  private final ResourceBundle bundle;

  private Messages(String name, ResourceBundle bundle) {
    this.name = name;
    this.bundle = bundle;
  }

  /**
   * Returns the bundle at the class-path location {@code bundle} (such as {@link #BULLETIN}) in
   * {@code language}.
   */
  public static Messages of(String bundle, Language language) {
    String path = bundle + "_" + (language == Language.ZH_CN ? "zh" : "en") + ".properties";
    String file = path.substring(path.lastIndexOf('/') + 1);
    try (InputStream in = Messages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource bundle " + file + " is missing from the jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new Messages(file, new PropertyResourceBundle(reader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource bundle " + file, e);
    }
  }

  /** Returns the keys of the bundle. */
  public java.util.Set<String> keys() {
    return bundle.keySet();
  }

  /** Returns the text of {@code key}. */
  public String get(String key) {
    if (!bundle.containsKey(key)) {
      throw new IllegalStateException("resource bundle " + name + " has no key " + key);
    }
    return bundle.getString(key);
  }

  /** Returns the pattern of {@code key} with each {@code {name}} replaced by its argument. */
  public String format(String key, Map<String, ?> arguments) {
    String pattern = get(key);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int used = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close < 0) {
          throw new IllegalStateException(name + ": key " + key + " has an unclosed '{'");
        }
        String placeholder = pattern.substring(i + 1, close);
        Object argument = arguments.get(placeholder);
        if (argument == null) {
          throw new IllegalStateException(
              name + ": key " + key + " needs argument {" + placeholder + "}, given " + arguments.keySet());
        }
        out.append(argument);
        used++;
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    if (used < arguments.size() && !allUsed(pattern, arguments)) {
      throw new IllegalStateException(
          name + ": key " + key + " does not use every argument of " + arguments.keySet() + ": " + pattern);
    }
    return out.toString();
  }

  private static boolean allUsed(String pattern, Map<String, ?> arguments) {
    for (String argument : arguments.keySet()) {
      if (!pattern.contains("{" + argument + "}")) {
        return false;
      }
    }
    return true;
  }
}
