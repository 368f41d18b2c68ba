package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;

/**
 * Who answers for a {@link Judgment}: the rule that chooses a {@link Flag}'s {@linkplain
 * Flag#ownerUnitIds() owner units}.
 */
public enum Owner implements Coded {
  /**
   * The walker and the walker's unit ({@link io.github.zouliucheng.walk.model.Walk#unitId()}):
   * judgments on how someone walked, or did not, belong to the people who walked and their unit,
   * wherever they walked and whoever must fix what they found.
   */
  WALKER("walker", "“走流程”的领导干部及其单位", "the walker and the walker's unit"),
  /**
   * The unit responsible for the finding ({@link io.github.zouliucheng.walk.model.Finding#responsibleUnitId()}),
   * and the rectification's owner unit where one is given: judgments on rectification belong to
   * those who must fix the problem.
   */
  RESPONSIBLE_UNIT("responsible_unit", "整改责任单位", "the unit responsible for the rectification");

  private final String code;
  private final String zh;
  private final String en;

  Owner(String code, String zh, String en) {
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
