package io.github.zouliucheng.walk.model;

import java.util.Locale;

/**
 * A value with a stable lowercase code (its spelling in JSON and in URLs) and a label for people in
 * Chinese (zh-CN, the primary language) and English.
 *
 * <p>Every enum of the model implements this interface. Codes never change once published; Java
 * constant names may.
 */
public interface Coded {

  /** Returns the stable lowercase code, for example {@code "cross_linked"}. */
  String code();

  /** Returns the label in simplified Chinese, for example {@code "交叉联动走"}. */
  String zh();

  /** Returns the label in English, for example {@code "cross-linked with other departments"}. */
  String en();

  /**
   * Returns the label for {@code locale}: Chinese for any locale whose language is {@code zh},
   * English otherwise.
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }
}
