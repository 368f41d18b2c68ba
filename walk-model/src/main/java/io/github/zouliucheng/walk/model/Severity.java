package io.github.zouliucheng.walk.model;

/** How serious a {@link Problem} is: an error rejects the record, a warning keeps it. */
public enum Severity implements Coded {
  /** The record is rejected (错误). */
  ERROR("error", "错误", "error"),
  /** The record is kept, and the problem is reported (警告). */
  WARNING("warning", "警告", "warning");

  private final String code;
  private final String zh;
  private final String en;

  Severity(String code, String zh, String en) {
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
  public static Severity ofCode(String code) {
    return Codes.of(Severity.class, code);
  }
}
