package io.github.zouliucheng.walk.model;

/** Whether a matter experienced on a walk is simple (简单事项) or complex (复杂事项). */
public enum Complexity implements Coded {
  /** simple matter (简单事项). */
  SIMPLE("simple", "简单事项", "simple matter"),
  /** complex matter (复杂事项). */
  COMPLEX("complex", "复杂事项", "complex matter");

  private final String code;
  private final String zh;
  private final String en;

  Complexity(String code, String zh, String en) {
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
  public static Complexity ofCode(String code) {
    return Codes.of(Complexity.class, code);
  }
}
