package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;

/**
 * A rule of the analysis that flags a record, with what it is about. Every {@link Flag} names the
 * judgment that fired; the report shows the label, and a person checks the records behind it.
 */
public enum Judgment implements Coded {
  /** Walks by different leaders of one unit within the conflict window (时间安排扎堆). */
  SAME_UNIT_CLUSTER(
      "same_unit_cluster", "同一单位班子成员“走流程”时间扎堆", "one unit's leaders walked within days of each other"),
  /** Walks by different leaders at one service point on one day (同一天走同一窗口单位). */
  SAME_POINT_SAME_DAY(
      "same_point_same_day", "同一天走同一窗口单位", "several leaders walked one service point on one day"),
  /** A finding in a trivial category (发现问题浮浅). */
  TRIVIAL_CATEGORY("trivial_category", "问题类别浮浅", "finding in a trivial category"),
  /** A finding whose description contains a trivial phrase of the policy's lexicon. */
  TRIVIAL_PHRASE("trivial_phrase", "问题表述浮浅", "finding worded as a trivial problem"),
  /** A walk that found nothing (空走). */
  EMPTY_WALK("empty_walk", "“空走”：未发现问题", "walk that found no problem"),
  /** A leader all of whose walks found nothing. */
  ALL_WALKS_EMPTY("all_walks_empty", "所有“走流程”均未发现问题", "leader whose every walk was empty"),
  /** A roster member with no walk in the period (未走). */
  DID_NOT_WALK("did_not_walk", "未“走流程”", "team member who did not walk"),
  /** A unit none of whose principal leaders walked (主要负责同志未带头走). */
  PRINCIPAL_DID_NOT_WALK(
      "principal_did_not_walk", "主要负责同志未“走流程”", "unit whose principal leader did not walk"),
  /** A leader every one of whose walks was shallow: announced, part of the process, simple matters only. */
  ALL_WALKS_SHALLOW(
      "all_walks_shallow", "“走流程”均为明查、部分办、简单事项", "leader whose every walk was shallow"),
  /** A unit none of whose walks was online (线上线下未全覆盖). */
  NO_ONLINE_WALK("no_online_walk", "未开展网上“走流程”", "unit with no online walk"),
  /** A finding marked rectified or closed out with no measures (整改敷衍). */
  RECTIFIED_WITHOUT_MEASURES(
      "rectified_without_measures", "标注已整改但无具体措施", "marked rectified with no measures"),
  /** A finding marked rectified or closed out with no effect, measured or described. */
  RECTIFIED_WITHOUT_EFFECT(
      "rectified_without_effect", "标注已整改但无解决效果", "marked rectified with no effect"),
  /** A finding whose measured effects have nothing to do with its category. */
  EFFECT_MISMATCH("effect_mismatch", "解决效果与问题不匹配", "effect does not match the problem"),
  /** A finding not solved by its deadline, as of the reference date (逾期未整改). */
  OVERDUE("overdue", "逾期未整改", "not solved by its deadline"),
  /** A scheduled rectification with no deadline (未明确整改时限). */
  SCHEDULED_WITHOUT_DEADLINE(
      "scheduled_without_deadline", "未明确整改时限", "scheduled with no deadline"),
  /** A scheduled rectification with no owner, person or unit (未明确责任分工). */
  SCHEDULED_WITHOUT_OWNER("scheduled_without_owner", "未明确责任分工", "scheduled with no owner");

  private final String code;
  private final String zh;
  private final String en;

  Judgment(String code, String zh, String en) {
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
