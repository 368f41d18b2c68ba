package io.github.zouliucheng.walk.model;

/** The kinds of record a dataset holds, as named in problems and rejections. */
public enum RecordKind implements Coded {
  /** The dataset as a whole: its format and period (数据集). */
  DATASET("dataset", "数据集", "dataset"),
  /** A {@link Unit} (单位). */
  UNIT("unit", "单位", "unit"),
  /** A {@link Member} (班子成员). */
  MEMBER("member", "班子成员", "member"),
  /** A {@link Walk} (走流程记录). */
  WALK("walk", "走流程记录", "walk"),
  /** A {@link Finding} (问题). */
  FINDING("finding", "问题", "finding");

  private final String code;
  private final String zh;
  private final String en;

  RecordKind(String code, String zh, String en) {
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
  public static RecordKind ofCode(String code) {
    return Codes.of(RecordKind.class, code);
  }
}
