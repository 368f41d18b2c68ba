package io.github.zouliucheng.walk.model;

/** Whether a finding is fixed at once (立行立改) or on a schedule with a deadline (限期整改). */
public enum RectificationMode implements Coded {
  /** immediate (立行立改). */
  IMMEDIATE("immediate", "立行立改", "immediate"),
  /** scheduled (限期整改). */
  SCHEDULED("scheduled", "限期整改", "scheduled");

  private final String code;
  private final String zh;
  private final String en;

  RectificationMode(String code, String zh, String en) {
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
  public static RectificationMode ofCode(String code) {
    return Codes.of(RectificationMode.class, code);
  }
}
