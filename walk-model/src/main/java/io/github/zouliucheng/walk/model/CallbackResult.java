package io.github.zouliucheng.walk.model;

/** The result of calling the citizen back after a rectification (回访). */
public enum CallbackResult implements Coded {
  /** satisfied (满意). */
  SATISFIED("satisfied", "满意", "satisfied"),
  /** basically satisfied (基本满意). */
  BASICALLY_SATISFIED("basically_satisfied", "基本满意", "basically satisfied"),
  /** dissatisfied (不满意). */
  DISSATISFIED("dissatisfied", "不满意", "dissatisfied"),
  /** could not be reached (未联系上). */
  UNREACHABLE("unreachable", "未联系上", "could not be reached");

  private final String code;
  private final String zh;
  private final String en;

  CallbackResult(String code, String zh, String en) {
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
  public static CallbackResult ofCode(String code) {
    return Codes.of(CallbackResult.class, code);
  }
}
