package io.github.zouliucheng.walk.model;

/** How the leader went through the process. */
public enum Approach implements Coded {
  /** handled it personally (亲自经办). */
  HANDLED("handled", "亲自经办", "handled it personally"),
  /** experienced it (亲身体验). */
  EXPERIENCED("experienced", "亲身体验", "experienced it"),
  /** accompanied someone through it (陪同办理). */
  ACCOMPANIED("accompanied", "陪同办理", "accompanied someone through it");

  private final String code;
  private final String zh;
  private final String en;

  Approach(String code, String zh, String en) {
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
  public static Approach ofCode(String code) {
    return Codes.of(Approach.class, code);
  }
}
