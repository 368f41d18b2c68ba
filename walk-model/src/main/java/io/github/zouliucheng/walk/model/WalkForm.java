package io.github.zouliucheng.walk.model;

/** A form of walk (走流程方式); a walk has one or more. */
public enum WalkForm implements Coded {
  /** on-site duty (实地履职). */
  ON_SITE("on_site", "实地履职", "on-site duty"),
  /** between internal offices or departments (内部科室、部门之间走). */
  INTERNAL("internal", "内部科室、部门之间走", "between internal offices or departments"),
  /** online (网上体验走). */
  ONLINE("online", "网上体验走", "online"),
  /** extended down to the grassroots (下沉延伸走). */
  GRASSROOTS("grassroots", "下沉延伸走", "extended down to the grassroots"),
  /** cross-linked with other departments or levels (交叉联动走). */
  CROSS_LINKED("cross_linked", "交叉联动走", "cross-linked with other departments or levels");

  private final String code;
  private final String zh;
  private final String en;

  WalkForm(String code, String zh, String en) {
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
  public static WalkForm ofCode(String code) {
    return Codes.of(WalkForm.class, code);
  }
}
