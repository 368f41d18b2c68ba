package io.github.zouliucheng.walk.model;

/** The identity the leader took on a walk. */
public enum Role implements Coded {
  /** as an ordinary citizen (普通办事群众身份). */
  CITIZEN("citizen", "普通办事群众身份", "as an ordinary citizen"),
  /** as an ordinary staff member (普通工作人员身份). */
  STAFF("staff", "普通工作人员身份", "as an ordinary staff member"),
  /** openly as a leader (领导干部身份). */
  LEADER("leader", "领导干部身份", "openly as a leader");

  private final String code;
  private final String zh;
  private final String en;

  Role(String code, String zh, String en) {
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
  public static Role ofCode(String code) {
    return Codes.of(Role.class, code);
  }
}
