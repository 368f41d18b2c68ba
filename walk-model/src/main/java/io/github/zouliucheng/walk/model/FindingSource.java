package io.github.zouliucheng.walk.model;

/** Where a finding came from: a walk, or another channel that feeds the rectification list. */
public enum FindingSource implements Coded {
  /** walk the process (走流程). */
  WALK("walk", "走流程", "walk the process"),
  /** petition (信访). */
  PETITION("petition", "信访", "petition"),
  /** public opinion (舆情). */
  PUBLIC_OPINION("public_opinion", "舆情", "public opinion"),
  /** 12345 hotline (“12345”热线). */
  HOTLINE_12345("hotline_12345", "“12345”热线", "12345 hotline"),
  /** inspection-tour feedback (巡视巡察反馈). */
  INSPECTION_TOUR("inspection_tour", "巡视巡察反馈", "inspection-tour feedback"),
  /** audit (审计揭示). */
  AUDIT("audit", "审计揭示", "audit");

  private final String code;
  private final String zh;
  private final String en;

  FindingSource(String code, String zh, String en) {
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
  public static FindingSource ofCode(String code) {
    return Codes.of(FindingSource.class, code);
  }
}
