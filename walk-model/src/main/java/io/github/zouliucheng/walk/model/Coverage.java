package io.github.zouliucheng.walk.model;

/** Whether a walk went through the whole process (全程办) or only part of it (部分办). */
public enum Coverage implements Coded {
  /** the whole process (全程办). */
  WHOLE("whole", "全程办", "the whole process"),
  /** part of the process (部分办). */
  PART("part", "部分办", "part of the process");

  private final String code;
  private final String zh;
  private final String en;

  Coverage(String code, String zh, String en) {
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
  public static Coverage ofCode(String code) {
    return Codes.of(Coverage.class, code);
  }
}
