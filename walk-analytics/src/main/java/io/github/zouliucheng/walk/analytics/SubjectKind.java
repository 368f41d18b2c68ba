package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;

/** The kind of record a {@link Flag}'s subject identifies; fixed per {@link Judgment}. */
public enum SubjectKind implements Coded {
  /** a walk (走流程记录). */
  WALK("walk", "走流程记录", "walk"),
  /** a finding (问题). */
  FINDING("finding", "问题", "finding"),
  /** a member of a leadership team (班子成员). */
  MEMBER("member", "班子成员", "team member"),
  /** a unit: a county or district, or a department (单位). */
  UNIT("unit", "单位", "unit"),
  /** a service point (窗口单位). */
  SERVICE_POINT("service_point", "窗口单位", "service point");

  private final String code;
  private final String zh;
  private final String en;

  SubjectKind(String code, String zh, String en) {
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
}
