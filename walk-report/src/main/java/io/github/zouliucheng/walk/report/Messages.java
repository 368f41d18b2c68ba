package io.github.zouliucheng.walk.report;

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
 * <bundle>_zh.properties} or {@code <bundle>_en.properties} next to this class (UTF-8).
 *
 * <p>The bundles are loaded directly rather than through {@link ResourceBundle#getBundle}: that
 * falls back to the machine's default locale, which would make English output depend on it, and it
 * does not take a {@code Control} inside a named module.
 *
 * <p>Patterns use named placeholders, {@code {count}}; {@link #format} replaces each with its
 * argument and fails if one is missing or left unused, so a bundle and its callers cannot drift apart.
 */
final class Messages {
  private final String name;
  private final ResourceBundle bundle;

  private Messages(String name, ResourceBundle bundle) {
    this.name = name;
    this.bundle = bundle;
  }

  /** Returns the bundle {@code name} in {@code language}. */
  static Messages of(String name, Language language) {
    String file = name + "_" + (language == Language.ZH_CN ? "zh" : "en") + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
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
  java.util.Set<String> keys() {
    return bundle.keySet();
  }

  /** Returns the text of {@code key}. */
  String get(String key) {
    if (!bundle.containsKey(key)) {
      throw new IllegalStateException("resource bundle " + name + " has no key " + key);
    }
    return bundle.getString(key);
  }

  /** Returns the pattern of {@code key} with each {@code {name}} replaced by its argument. */
  String format(String key, Map<String, ?> arguments) {
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
