package io.github.zouliucheng.walk.model;

/** Whether a walk was an announced inspection (明查) or an unannounced visit (暗访). */
public enum Visibility implements Coded {
  /** announced (明查). */
  ANNOUNCED("announced", "明查", "announced"),
  /** unannounced (暗访). */
  UNANNOUNCED("unannounced", "暗访", "unannounced");

  private final String code;
  private final String zh;
  private final String en;

  Visibility(String code, String zh, String en) {
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
  public static Visibility ofCode(String code) {
    return Codes.of(Visibility.class, code);
  }
}
