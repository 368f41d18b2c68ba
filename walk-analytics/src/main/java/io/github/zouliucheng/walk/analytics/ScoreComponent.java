package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;

/**
 * A component of a unit's assessment score (考核), each a share from 0 to 1 where more is better.
 * The weights are the {@link Policy}'s.
 */
public enum ScoreComponent implements Coded {
  /** Team members who walked, of the unit's roster (班子成员参与率). */
  PARTICIPATION("participation", "班子成员参与率", "members who walked"),
  /** Whether a principal leader walked: 1 or 0 (主要负责同志带头走). */
  PRINCIPAL("principal", "主要负责同志带头走", "principal leader walked"),
  /** Walks with a complex matter or one that crosses a boundary (走深). */
  DEPTH("depth", "复杂及跨界事项占比", "complex or cross-boundary walks"),
  /**
   * The mean share of the six modes the bulletin asks for (online, grassroots, cross-linked, as an
   * ordinary citizen or staff member, unannounced, whole process): the modes the unit's walks have,
   * of six per walk (走广).
   */
  MODES("modes", "倡导方式占比", "walks in the modes asked for"),
  /** Walks that found at least one problem that is not trivial (走实). */
  SUBSTANCE("substance", "发现实质问题的走流程占比", "walks that found a real problem"),
  /**
   * Substantive problems found on the unit's walks that were solved and not perfunctorily: solved,
   * with measures, with an effect and no mismatched effect; trivial problems neither count for nor
   * against it (整改解决率).
   */
  RECTIFICATION("rectification", "问题解决率", "problems solved"),
  /**
   * 1 when the unit is not flagged for avoidable clustering ({@link Judgment#SAME_UNIT_CLUSTER}), 0
   * when it is; 0 of 0 with no walk (统筹协调).
   */
  SCHEDULING("scheduling", "统筹协调", "walks not clustered beyond what was avoidable"),
  /** Problems found on the unit's walks that are not trivial, of those found (问题实质). */
  FINDINGS("findings", "实质问题占比", "problems found that are not trivial");

  private final String code;
  private final String zh;
  private final String en;

  ScoreComponent(String code, String zh, String en) {
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
