package io.github.zouliucheng.walk.model;

/** The kind of a unit whose leadership team walks: a county-level area or a municipal department. */
public enum UnitKind implements Coded {
  /** county, county-level city or district (县（市）区). */
  COUNTY("county", "县（市）区", "county, county-level city or district"),
  /** municipal department (市直部门). */
  DEPARTMENT("department", "市直部门", "municipal department");

  private final String code;
  private final String zh;
  private final String en;

  UnitKind(String code, String zh, String en) {
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
  public static UnitKind ofCode(String code) {
    return Codes.of(UnitKind.class, code);
  }
}
