package io.github.zouliucheng.walk.model;

/** A boundary a matter crosses (突破分工、部门、层级、地域限制). */
public enum Crossing implements Coded {
  /** crosses divisions of work (跨分工). */
  DIVISION("division", "跨分工", "crosses divisions of work"),
  /** crosses departments (跨部门). */
  DEPARTMENT("department", "跨部门", "crosses departments"),
  /** crosses administrative levels (跨层级). */
  LEVEL("level", "跨层级", "crosses administrative levels"),
  /** crosses regions (跨地域). */
  REGION("region", "跨地域", "crosses regions");

  private final String code;
  private final String zh;
  private final String en;

  Crossing(String code, String zh, String en) {
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
  public static Crossing ofCode(String code) {
    return Codes.of(Crossing.class, code);
  }
}
