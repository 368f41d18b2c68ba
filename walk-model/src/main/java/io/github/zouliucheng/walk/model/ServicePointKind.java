package io.github.zouliucheng.walk.model;

/** The kind of service point (窗口单位) a walk went through. */
public enum ServicePointKind implements Coded {
  /** service hall or window (政务服务大厅（窗口）). */
  SERVICE_HALL("service_hall", "政务服务大厅（窗口）", "service hall or window"),
  /** hotline centre (服务热线). */
  HOTLINE("hotline", "服务热线", "hotline centre"),
  /** hospital (医院). */
  HOSPITAL("hospital", "医院", "hospital"),
  /** school (学校). */
  SCHOOL("school", "学校", "school"),
  /** enterprise (企业). */
  ENTERPRISE("enterprise", "企业", "enterprise"),
  /** online service platform (网上服务平台). */
  ONLINE_PLATFORM("online_platform", "网上服务平台", "online service platform"),
  /** other (其他). */
  OTHER("other", "其他", "other");

  private final String code;
  private final String zh;
  private final String en;

  ServicePointKind(String code, String zh, String en) {
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
  public static ServicePointKind ofCode(String code) {
    return Codes.of(ServicePointKind.class, code);
  }
}
