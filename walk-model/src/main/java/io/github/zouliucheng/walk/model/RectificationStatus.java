package io.github.zouliucheng.walk.model;

/** Where a finding's rectification stands: open, in progress, rectified, or verified and closed out (销号). */
public enum RectificationStatus implements Coded {
  /** open (未整改). */
  OPEN("open", "未整改", "open"),
  /** in progress (整改中). */
  IN_PROGRESS("in_progress", "整改中", "in progress"),
  /** rectified (已整改). */
  RECTIFIED("rectified", "已整改", "rectified"),
  /** closed out (已销号). */
  CLOSED("closed", "已销号", "closed out");

  private final String code;
  private final String zh;
  private final String en;

  RectificationStatus(String code, String zh, String en) {
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
  public static RectificationStatus ofCode(String code) {
    return Codes.of(RectificationStatus.class, code);
  }
}
