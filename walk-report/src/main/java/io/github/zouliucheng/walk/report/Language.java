package io.github.zouliucheng.walk.report;

import java.util.Locale;

/** A language the bulletin is written in. Chinese is the primary language; English the second. */
public enum Language {
  /** Simplified Chinese, as used in mainland China (zh-CN). */
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** Returns the BCP 47 tag, for HTML {@code lang} attributes: {@code zh-CN} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** Returns the locale of the language. */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the language of a BCP 47 tag: {@code zh}, {@code zh-CN}, {@code zh-Hans} and the like
   * give Chinese; {@code en} and {@code en-*} give English.
   *
   * @throws IllegalArgumentException naming the tag and the languages offered, for any other tag
   */
  public static Language ofTag(String tag) {
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    if (language.equals("zh")) {
      return ZH_CN;
    }
    if (language.equals("en")) {
      return EN;
    }
    throw new IllegalArgumentException(
        "language: \"" + tag + "\" is not offered; the bulletin is written in zh-CN or en");
  }
}
