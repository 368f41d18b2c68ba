package io.github.zouliucheng.walk.model;

/** The priority grade of a finding (重、轻、缓). */
public enum Priority implements Coded {
  /** heavy (重). */
  HEAVY("heavy", "重", "heavy"),
  /** light (轻). */
  LIGHT("light", "轻", "light"),
  /** slow (缓). */
  SLOW("slow", "缓", "slow");

  private final String code;
  private final String zh;
  private final String en;

  Priority(String code, String zh, String en) {
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
  public static Priority ofCode(String code) {
    return Codes.of(Priority.class, code);
  }
}
