package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The columns of the records sheet (走流程纪实), in the template's order. */
enum RecordColumn implements LayoutColumn {
  RECORD_NO(Level.WALK, "记录编号", false, "可选。同一次走流程的各行填同一编号，按编号归并为一条记录；不填时按 单位+姓名+日期+体验地点+体验事项 归并", "序号", "编号", "纪实表编号", "记录号"),
  UNIT(Level.WALK, "单位", true, "县（市）区或市直部门名称，与“班子成员”表一致", "所属单位", "单位名称", "县（市）区/部门"),
  UNIT_KIND(Level.MEMBER, "单位类别", false, "县（市）区 或 市直部门；有“班子成员”表时不读此列", Labels.UNIT_KIND, "单位类型"),
  NAME(Level.WALK, "姓名", true, "走流程的班子成员姓名", "领导姓名", "领导干部", "班子成员", "走流程领导", "体验人"),
  TITLE(Level.MEMBER, "职务", false, "如 县长、副局长；没有“班子成员”表时必填", "职位"),
  PRINCIPAL(Level.MEMBER, "是否主要负责同志", false, "是 或 否（默认否）；有“班子成员”表时不读此列", "主要负责同志", "是否主要负责人", "主要负责人"),
  DATE(Level.WALK, "日期", true, "如 2023-01-05、2023/1/5、2023.1.5、2023年1月5日、20230105", "体验日期", "走流程日期", "日期（年月日）"),
  START_TIME(Level.WALK, "开始时间", false, "可选，如 8:40、08:40、8时40分、下午2:30", "起始时间"),
  END_TIME(Level.WALK, "结束时间", false, "可选，不早于开始时间", "截止时间"),
  PLACE(Level.WALK, "体验地点（服务场所）", true, "走的窗口单位或服务场所全称，如 桦南县医保局办事窗口", "体验地点", "服务场所", "窗口单位", "地点", "体验场所"),
  PLACE_KIND(Level.WALK, "场所类型", false, "可选；不填时按场所名称推断（医院、学校、热线、网上平台、企业、大厅/窗口，否则其他）", Labels.SERVICE_POINT_KIND, "服务场所类型", "窗口类型"),
  PLACE_OWNER(Level.WALK, "场所主管单位", false, "可选，主管该场所的单位名称", "主管单位"),
  MATTER(Level.WALK, "体验事项", true, "办理的事项；多个事项用；或换行分隔", "事项", "事项名称", "体验事项名称"),
  COMPLEXITY(Level.WALK, "事项类型（简单/复杂）", true, "简单事项 或 复杂事项；多个事项时可逐个填写，用；分隔", Labels.COMPLEXITY, "事项类型", "事项难易"),
  CROSSINGS(Level.WALK, "突破限制", false, "可选：跨分工、跨部门、跨层级、跨地域，可填多个；没有填 无；多个事项时逐个填写，用；分隔", Labels.CROSSING, "跨越限制", "突破分工部门地域限制", "交叉联动范围"),
  FORMS(Level.WALK, "体验方式", true, "实地履职、内部科室、部门之间走、网上体验走、下沉延伸走、交叉联动走，可填多个，用、或，分隔", Labels.WALK_FORM, "走流程方式", "走法"),
  ROLE(Level.WALK, "体验身份", true, "普通办事群众身份、普通工作人员身份 或 领导干部身份", Labels.ROLE, "身份"),
  APPROACH(Level.WALK, "体验方法", true, "亲自经办、亲身体验 或 陪同办理", Labels.APPROACH, "方法", "办理方法"),
  VISIBILITY(Level.WALK, "明查/暗访", true, "明查 或 暗访", Labels.VISIBILITY, "明查暗访", "明察暗访", "检查方式"),
  FOUR_NO_TWO_STRAIGHT(Level.WALK, "四不两直", false, "是 或 否（默认否）；是 时须为暗访", "是否四不两直"),
  COVERAGE(Level.WALK, "全程/部分", true, "全程办 或 部分办", Labels.COVERAGE, "全程办/部分办", "全程或部分", "办理程度"),
  NOTES(Level.WALK, "备注", false, "可选，走流程过程记录", "走流程情况", "过程记录"),
  FINDING_NO(Level.FINDING, "问题编号", false, "可选，不填时按记录编号和行序生成", "问题序号"),
  PROBLEM(Level.FINDING, "发现问题", true, "一行一个问题；没有发现问题时留空（空走）", "问题", "存在问题", "发现的问题", "问题描述"),
  CATEGORY(Level.FINDING, "问题类别", true, "有问题时必填", Labels.FINDING_CATEGORY, "问题类型", "问题分类"),
  FOUND_ON(Level.FINDING, "发现日期", false, "可选，默认走流程日期", "问题发现日期"),
  PRIORITY(Level.FINDING, "优先级（重/轻/缓）", false, "可选：重、轻 或 缓", Labels.PRIORITY, "优先级", "轻重缓急"),
  RESPONSIBLE_UNIT(Level.FINDING, "责任单位", false, "可选，负责整改的单位，默认走流程的单位", "整改责任单位"),
  MODE(Level.FINDING, "整改方式", false, "立行立改 或 限期整改；不填时有整改时限为限期整改，否则为立行立改", Labels.RECTIFICATION_MODE, "整改类型"),
  MEASURES(Level.FINDING, "整改措施", false, "具体措施，多条用；或换行分隔", "具体措施", "整改举措"),
  DEADLINE(Level.FINDING, "整改时限", false, "可选，限期整改的完成期限", "整改期限", "完成时限"),
  OWNER(Level.FINDING, "责任人", false, "可选", "整改责任人"),
  STATUS(Level.FINDING, "整改状态", false, "未整改、整改中、已整改 或 已销号；须与下列日期一致", Labels.RECTIFICATION_STATUS, "整改情况", "整改进度"),
  STARTED_ON(Level.FINDING, "开始整改日期", false, "可选；整改中 未填时按发现日期", "整改开始日期"),
  RECTIFIED_ON(Level.FINDING, "完成日期", false, "已整改、已销号 时必填", "整改完成日期", "办结日期", "完成整改日期"),
  CLOSED_ON(Level.FINDING, "销号日期", false, "已销号 时必填", "销号时间"),
  EFFECT(Level.FINDING, "整改效果", false, "可用“指标：前→后单位”记录量化效果，如 医保办事窗口：2→4个；多条用；分隔，其余文字作为效果说明", "解决效果", "整改成效"),
  CALLBACK_ON(Level.FINDING, "回访日期", false, "可选，整改完成后回访群众的日期", "回访时间"),
  CALLBACK_RESULT(Level.FINDING, "回访结果", false, "满意、基本满意、不满意 或 未联系上", Labels.CALLBACK_RESULT, "回访满意度");

  /** What a column describes: the walk, the walking member (for a roster derived from records), or the finding. */
  enum Level {
    WALK,
    MEMBER,
    FINDING
  }

  private final Level level;
  private final String header;
  private final boolean required;
  private final String hint;
  private final Optional<Labels<?>> labels;
  private final ImmutableList<String> aliases;

  RecordColumn(Level level, String header, boolean required, String hint, String... aliases) {
    this(level, header, required, hint, (Labels<?>) null, aliases);
  }

  RecordColumn(
      Level level,
      String header,
      boolean required,
      String hint,
      @Nullable Labels<?> labels,
      String... aliases) {
    this.level = level;
    this.header = header;
    this.required = required;
    this.hint = hint;
    this.labels = Optional.ofNullable(labels);
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /** Returns what the column describes. */
  Level level() {
    return level;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public ImmutableList<String> aliases() {
    return aliases;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public String hint() {
    return hint;
  }

  @Override
  public Optional<Labels<?>> labels() {
    return labels;
  }
}
