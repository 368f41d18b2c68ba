package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.Owner.RESPONSIBLE_UNIT;
import static io.github.zouliucheng.walk.analytics.Owner.WALKER;
import static io.github.zouliucheng.walk.analytics.SubjectKind.FINDING;
import static io.github.zouliucheng.walk.analytics.SubjectKind.MEMBER;
import static io.github.zouliucheng.walk.analytics.SubjectKind.SERVICE_POINT;
import static io.github.zouliucheng.walk.analytics.SubjectKind.UNIT;
import static io.github.zouliucheng.walk.analytics.SubjectKind.WALK;

import io.github.zouliucheng.walk.model.Coded;

/**
 * A rule of the analysis that flags a record, with what it is about and who answers for it. Every
 * {@link Flag} names the judgment that fired; the report shows the label, and a person checks the
 * records behind it.
 *
 * <p>Each judgment has one {@linkplain #owner() owner}: judgments on how someone walked (clustering,
 * shallow findings, narrow modes, simple matters only, empty walks, not walking) belong to the
 * walker and the walker's unit; judgments on rectification (no measures, no effect, mismatch,
 * overdue, no deadline or owner) belong to the responsible unit and the rectification's owner unit.
 */
public enum Judgment implements Coded {
  /**
   * A unit whose walks by different leaders fell within the conflict window materially more often
   * than the period's working days made unavoidable (时间安排扎堆). Subject: the unit.
   */
  SAME_UNIT_CLUSTER(
      "same_unit_cluster", UNIT, WALKER,
      "同一单位班子成员“走流程”时间扎堆", "one unit's leaders walked within days of each other more than was avoidable"),
  /**
   * Walks by different leaders of one unit at one service point on one day (同一天走同一窗口单位).
   * Subject: the service point; owner: the unit.
   */
  SAME_POINT_SAME_DAY(
      "same_point_same_day", SERVICE_POINT, WALKER,
      "同一单位领导干部同一天走同一窗口单位", "several leaders of one unit walked one service point on one day"),
  /** A finding on a walk in a trivial category (发现问题浮浅). Subject: the finding. */
  TRIVIAL_CATEGORY("trivial_category", FINDING, WALKER, "问题类别浮浅", "finding in a trivial category"),
  /** A finding on a walk that contains a trivial phrase of the policy's lexicon. Subject: the finding. */
  TRIVIAL_PHRASE("trivial_phrase", FINDING, WALKER, "问题表述浮浅", "finding worded as a trivial problem"),
  /**
   * A finding on a walk about a trivial object's deficiency (cleanliness, posters, arrangement …),
   * in any wording, by the policy's lexicon. Subject: the finding.
   */
  TRIVIAL_WORDING(
      "trivial_wording", FINDING, WALKER, "问题内容浮浅", "finding about a trivial matter of housekeeping or appearance"),
  /** A walk that found nothing (空走). Subject: the walk. */
  EMPTY_WALK("empty_walk", WALK, WALKER, "“空走”：未发现问题", "walk that found no problem"),
  /** A leader all of whose walks found nothing. Subject: the member. */
  ALL_WALKS_EMPTY("all_walks_empty", MEMBER, WALKER, "所有“走流程”均未发现问题", "leader whose every walk was empty"),
  /** A roster member with no walk in the period (未走). Subject: the member. */
  DID_NOT_WALK("did_not_walk", MEMBER, WALKER, "未“走流程”", "team member who did not walk"),
  /** A unit none of whose principal leaders walked (主要负责同志未带头走). Subject: the unit. */
  PRINCIPAL_DID_NOT_WALK(
      "principal_did_not_walk", UNIT, WALKER, "主要负责同志未“走流程”", "unit whose principal leader did not walk"),
  /**
   * A leader every one of whose walks was shallow: announced, part of the process, simple matters
   * only. Subject: the member.
   */
  ALL_WALKS_SHALLOW(
      "all_walks_shallow", MEMBER, WALKER, "“走流程”均为明查、部分办、简单事项", "leader whose every walk was shallow"),
  /** A unit whose walks were all of simple matters (走简单事项多、走复杂事项少). Subject: the unit. */
  ONLY_SIMPLE_MATTERS(
      "only_simple_matters", UNIT, WALKER, "“走流程”均为简单事项", "unit whose every walk was of simple matters"),
  /** A unit none of whose walks was online (线上线下未全覆盖). Subject: the unit. */
  NO_ONLINE_WALK("no_online_walk", UNIT, WALKER, "未开展网上“走流程”", "unit with no online walk"),
  /** A unit none of whose walks was unannounced (以明查代暗访). Subject: the unit. */
  NO_UNANNOUNCED_WALK("no_unannounced_walk", UNIT, WALKER, "未开展暗访", "unit with no unannounced walk"),
  /**
   * A unit none of whose walks was made as an ordinary citizen or an ordinary staff member
   * (以普通办事群众、普通工作人员身份). Subject: the unit.
   */
  NO_ORDINARY_ROLE_WALK(
      "no_ordinary_role_walk", UNIT, WALKER,
      "未以普通办事群众、普通工作人员身份“走流程”", "unit with no walk as an ordinary citizen or staff member"),
  /** A unit none of whose walks covered the whole process (以部分办代全程办). Subject: the unit. */
  NO_WHOLE_PROCESS_WALK("no_whole_process_walk", UNIT, WALKER, "未全程办", "unit with no whole-process walk"),
  /**
   * A unit none of whose walks reached down to the grassroots or crossed into another unit
   * (下沉延伸走、交叉联动走). Subject: the unit.
   */
  NO_GRASSROOTS_OR_CROSSING_WALK(
      "no_grassroots_or_crossing_walk", UNIT, WALKER,
      "未下沉延伸走或交叉联动走", "unit with no walk to the grassroots or across units"),
  /** A finding marked rectified or closed out with no measures (整改敷衍). Subject: the finding. */
  RECTIFIED_WITHOUT_MEASURES(
      "rectified_without_measures", FINDING, RESPONSIBLE_UNIT, "标注已整改但无具体措施", "marked rectified with no measures"),
  /** A finding marked rectified or closed out with no effect, measured or described. Subject: the finding. */
  RECTIFIED_WITHOUT_EFFECT(
      "rectified_without_effect", FINDING, RESPONSIBLE_UNIT, "标注已整改但无解决效果", "marked rectified with no effect"),
  /** A finding whose measured effects have nothing to do with its category. Subject: the finding. */
  EFFECT_MISMATCH("effect_mismatch", FINDING, RESPONSIBLE_UNIT, "解决效果与问题不匹配", "effect does not match the problem"),
  /** A finding not solved by its deadline, as of the reference date (逾期未整改). Subject: the finding. */
  OVERDUE("overdue", FINDING, RESPONSIBLE_UNIT, "逾期未整改", "not solved by its deadline"),
  /** A scheduled rectification with no deadline (未明确整改时限). Subject: the finding. */
  SCHEDULED_WITHOUT_DEADLINE(
      "scheduled_without_deadline", FINDING, RESPONSIBLE_UNIT, "未明确整改时限", "scheduled with no deadline"),
  /** A scheduled rectification with no owner, person or unit (未明确责任分工). Subject: the finding. */
  SCHEDULED_WITHOUT_OWNER(
      "scheduled_without_owner", FINDING, RESPONSIBLE_UNIT, "未明确责任分工", "scheduled with no owner");

  private final String code;
  private final SubjectKind subjectKind;
  private final Owner owner;
  private final String zh;
  private final String en;

  Judgment(String code, SubjectKind subjectKind, Owner owner, String zh, String en) {
    this.code = code;
    this.subjectKind = subjectKind;
    this.owner = owner;
    this.zh = zh;
    this.en = en;
  }

  /** Returns the kind of record this judgment's flags are about. */
  public SubjectKind subjectKind() {
    return subjectKind;
  }

  /** Returns who answers for this judgment's flags. */
  public Owner owner() {
    return owner;
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
