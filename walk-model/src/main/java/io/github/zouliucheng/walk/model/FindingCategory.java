package io.github.zouliucheng.walk.model;

/** The category of a finding, a taxonomy derived from the problems named in the 2023-Q1 bulletin. */
public enum FindingCategory implements Coded {
  /** windows, capacity and waiting (窗口设置与等候时间). */
  WAITING_CAPACITY("waiting_capacity", "窗口设置与等候时间", "windows, capacity and waiting"),
  /** materials and proofs (申请材料与证明). */
  MATERIALS_PROOFS("materials_proofs", "申请材料与证明", "materials and proofs"),
  /** approval steps and time (审批环节与时限). */
  APPROVAL_TIME("approval_time", "审批环节与时限", "approval steps and time"),
  /** cross-department coordination (部门协同). */
  CROSS_DEPARTMENT("cross_department", "部门协同", "cross-department coordination"),
  /** safety hazard (安全隐患). */
  SAFETY_HAZARD("safety_hazard", "安全隐患", "safety hazard"),
  /** facilities and environment (设施与环境). */
  FACILITIES("facilities", "设施与环境", "facilities and environment"),
  /** follow-up and feedback loop (跟踪反馈与闭环). */
  FOLLOW_UP("follow_up", "跟踪反馈与闭环", "follow-up and feedback loop"),
  /** enterprise service (服务企业). */
  ENTERPRISE_SERVICE("enterprise_service", "服务企业", "enterprise service"),
  /** housekeeping (日常内务). */
  HOUSEKEEPING("housekeeping", "日常内务", "housekeeping"),
  /** other (其他). */
  OTHER("other", "其他", "other");

  private final String code;
  private final String zh;
  private final String en;

  FindingCategory(String code, String zh, String en) {
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
  public static FindingCategory ofCode(String code) {
    return Codes.of(FindingCategory.class, code);
  }
}
