package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;

/** The three themes of good practice in the bulletin (“走”得更广、更深、更实). */
public enum Theme implements Coded {
  /** Reaching wider: unannounced, as the public meets the process (“走”得更广，俯身倾听晓民意). */
  WIDER("wider", "“走”得更广", "reaching wider"),
  /** Going deeper: doing it personally, across boundaries (“走”得更深，躬身笃行除难点). */
  DEEPER("deeper", "“走”得更深", "going deeper"),
  /** More substantively: problems fixed with measured effects, loops closed (“走”得更实，聚焦痛点解民忧). */
  SUBSTANTIVE("substantive", "“走”得更实", "more substantively");

  private final String code;
  private final String zh;
  private final String en;

  Theme(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  /**
   * Returns the constant whose {@link #code()} is {@code code}.
   *
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Theme ofCode(String code) {
    for (Theme t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown Theme code \"" + code + "\"; expected one of wider, deeper, substantive");
  }
}
