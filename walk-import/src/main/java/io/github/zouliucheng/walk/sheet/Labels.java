package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words a sheet may use for one of the model's enums: each constant's Chinese label ({@link
 * Coded#zh()}), its code, and the synonyms people write on record forms. Words are compared by
 * {@link Text#key(String)}, so full-width and half-width spellings and surrounding spaces do not
 * matter.
 *
 * @param <E> the enum
 */
final class Labels<E extends Enum<E> & Coded> {

  static final Labels<UnitKind> UNIT_KIND =
      of(
          UnitKind.class,
          ImmutableListMultimap.<UnitKind, String>builder()
              .putAll(UnitKind.COUNTY, "县（市）区", "县市区", "县区", "县", "区", "县级市", "县（市、区）")
              .putAll(UnitKind.DEPARTMENT, "市直部门", "市直", "市直单位", "部门", "市直机关")
              .build());

  static final Labels<Complexity> COMPLEXITY =
      of(
          Complexity.class,
          ImmutableListMultimap.<Complexity, String>builder()
              .putAll(Complexity.SIMPLE, "简单", "一般")
              .putAll(Complexity.COMPLEX, "复杂", "疑难", "复杂疑难")
              .build());

  static final Labels<Crossing> CROSSING =
      of(
          Crossing.class,
          ImmutableListMultimap.<Crossing, String>builder()
              .putAll(Crossing.DIVISION, "分工", "突破分工", "跨科室")
              .putAll(Crossing.DEPARTMENT, "部门", "突破部门", "跨部门协同")
              .putAll(Crossing.LEVEL, "层级", "跨级", "上下联动")
              .putAll(Crossing.REGION, "地域", "突破地域", "跨区域", "跨地区")
              .build());

  static final Labels<WalkForm> WALK_FORM =
      of(
          WalkForm.class,
          ImmutableListMultimap.<WalkForm, String>builder()
              .putAll(WalkForm.ON_SITE, "实地", "实地走", "实地履职走", "线下")
              .putAll(
                  WalkForm.INTERNAL,
                  "内部科室、部门之间",
                  "内部科室部门之间走",
                  "内部走",
                  "内部科室走",
                  "内部科室",
                  "部门之间走",
                  "部门之间")
              .putAll(WalkForm.ONLINE, "网上", "网上体验", "网上走", "线上", "线上体验")
              .putAll(WalkForm.GRASSROOTS, "下沉延伸", "下沉", "延伸走", "下沉走")
              .putAll(WalkForm.CROSS_LINKED, "交叉联动", "联动走", "交叉走")
              .build());

  static final Labels<Role> ROLE =
      of(
          Role.class,
          ImmutableListMultimap.<Role, String>builder()
              .putAll(Role.CITIZEN, "普通办事群众", "办事群众", "群众", "群众身份", "普通群众")
              .putAll(
                  Role.STAFF,
                  "普通工作人员",
                  "工作人员",
                  "工作人员身份",
                  "普通执法人员",
                  "普通执法人员身份")
              .putAll(Role.LEADER, "领导干部", "领导", "领导身份")
              .build());

  static final Labels<Approach> APPROACH =
      of(
          Approach.class,
          ImmutableListMultimap.<Approach, String>builder()
              .putAll(Approach.HANDLED, "亲自经办", "经办", "亲自办理")
              .putAll(Approach.EXPERIENCED, "体验", "亲身感受")
              .putAll(Approach.ACCOMPANIED, "陪同", "陪同群众办理", "陪同企业办理")
              .build());

  static final Labels<Visibility> VISIBILITY =
      of(
          Visibility.class,
          ImmutableListMultimap.<Visibility, String>builder()
              .putAll(Visibility.ANNOUNCED, "明察", "公开")
              .putAll(Visibility.UNANNOUNCED, "暗查", "暗访暗查", "不打招呼")
              .build());

  static final Labels<Coverage> COVERAGE =
      of(
          Coverage.class,
          ImmutableListMultimap.<Coverage, String>builder()
              .putAll(Coverage.WHOLE, "全程", "全流程", "全程办理", "全链条")
              .putAll(Coverage.PART, "部分", "部分环节", "部分办理", "部分流程")
              .build());

  static final Labels<ServicePointKind> SERVICE_POINT_KIND =
      of(
          ServicePointKind.class,
          ImmutableListMultimap.<ServicePointKind, String>builder()
              .putAll(
                  ServicePointKind.SERVICE_HALL,
                  "政务服务大厅",
                  "服务大厅",
                  "办事大厅",
                  "大厅",
                  "窗口",
                  "办事窗口",
                  "服务窗口",
                  "窗口单位")
              .putAll(ServicePointKind.HOTLINE, "热线", "热线中心", "12345热线", "服务热线中心")
              .putAll(ServicePointKind.HOSPITAL, "医疗机构", "卫生院")
              .putAll(ServicePointKind.SCHOOL, "学校（幼儿园）", "幼儿园")
              .putAll(ServicePointKind.ENTERPRISE, "公司", "商户", "市场主体")
              .putAll(
                  ServicePointKind.ONLINE_PLATFORM, "网上平台", "网上办事平台", "网站", "APP", "小程序", "政务服务网")
              .putAll(ServicePointKind.OTHER, "其它")
              .build());

  static final Labels<FindingCategory> FINDING_CATEGORY =
      of(
          FindingCategory.class,
          ImmutableListMultimap.<FindingCategory, String>builder()
              .putAll(
                  FindingCategory.WAITING_CAPACITY,
                  "窗口设置",
                  "等候时间",
                  "排队等候",
                  "窗口与等候")
              .putAll(FindingCategory.MATERIALS_PROOFS, "申请材料", "证明材料", "材料证明", "办事材料")
              .putAll(FindingCategory.APPROVAL_TIME, "审批时限", "审批环节", "办理时限")
              .putAll(FindingCategory.CROSS_DEPARTMENT, "部门协作", "协同联动", "跨部门协同")
              .putAll(FindingCategory.SAFETY_HAZARD, "安全生产", "安全隐患问题")
              .putAll(FindingCategory.FACILITIES, "设施设备", "硬件设施", "设施环境", "环境设施")
              .putAll(FindingCategory.FOLLOW_UP, "跟踪反馈", "闭环管理", "跟踪问效")
              .putAll(FindingCategory.ENTERPRISE_SERVICE, "企业服务", "涉企服务", "助企服务")
              .putAll(FindingCategory.HOUSEKEEPING, "内务", "卫生", "内务管理")
              .putAll(FindingCategory.OTHER, "其它")
              .build());

  static final Labels<Priority> PRIORITY =
      of(
          Priority.class,
          ImmutableListMultimap.<Priority, String>builder()
              .putAll(Priority.HEAVY, "重要", "紧急")
              .putAll(Priority.LIGHT, "一般")
              .putAll(Priority.SLOW, "暂缓")
              .build());

  static final Labels<RectificationMode> RECTIFICATION_MODE =
      of(
          RectificationMode.class,
          ImmutableListMultimap.<RectificationMode, String>builder()
              .putAll(RectificationMode.IMMEDIATE, "边查边改", "即知即改", "立即整改", "立改")
              .putAll(RectificationMode.SCHEDULED, "限期", "限时整改", "持续整改")
              .build());

  static final Labels<RectificationStatus> RECTIFICATION_STATUS =
      of(
          RectificationStatus.class,
          ImmutableListMultimap.<RectificationStatus, String>builder()
              .putAll(RectificationStatus.OPEN, "未开始", "待整改", "未完成整改")
              .putAll(RectificationStatus.IN_PROGRESS, "正在整改", "整改中（未完成）", "推进中")
              .putAll(RectificationStatus.RECTIFIED, "已完成", "完成", "整改完成", "已解决", "已整改到位")
              .putAll(RectificationStatus.CLOSED, "销号", "已销号清零", "销号清零")
              .build());

  static final Labels<CallbackResult> CALLBACK_RESULT =
      of(
          CallbackResult.class,
          ImmutableListMultimap.<CallbackResult, String>builder()
              .putAll(CallbackResult.SATISFIED, "非常满意")
              .putAll(CallbackResult.DISSATISFIED, "不太满意")
              .putAll(CallbackResult.UNREACHABLE, "联系不上", "无法联系", "未接通")
              .build());

  private final Class<E> type;
  private final ImmutableMap<String, E> byKey;
  private final ImmutableList<String> words;

  private Labels(Class<E> type, ImmutableMap<String, E> byKey, ImmutableList<String> words) {
    this.type = type;
    this.byKey = byKey;
    this.words = words;
  }

  /**
   * Returns the table of {@code type}: each constant's label, label without a trailing {@code 身份} or
   * {@code 事项}, code, and the synonyms given.
   *
   * @throws IllegalArgumentException if one word would mean two constants
   */
  static <E extends Enum<E> & Coded> Labels<E> of(
      Class<E> type, ImmutableListMultimap<E, String> synonyms) {
    Map<String, E> byKey = new HashMap<>();
    ImmutableList.Builder<String> words = ImmutableList.builder();
    for (E e : type.getEnumConstants()) {
      List<String> own =
          ImmutableList.<String>builder()
              .add(e.zh(), e.code(), e.name())
              .addAll(synonyms.get(e))
              .build();
      for (String word : own) {
        E before = byKey.put(Text.key(word), e);
        if (before != null && before != e) {
          throw new IllegalArgumentException(
              String.format("\"%s\" would mean both %s and %s", word, before, e));
        }
      }
      words.add(e.zh());
    }
    return new Labels<>(type, ImmutableMap.copyOf(byKey), words.build());
  }

  /** Returns the constant {@code word} means, if any. */
  Optional<E> find(String word) {
    return Optional.ofNullable(byKey.get(Text.key(word)));
  }

  /** Returns the Chinese labels, in declaration order: the words a template offers. */
  ImmutableList<String> labels() {
    return words;
  }

  /** Returns every key of the table, for scanning lists of several words. */
  ImmutableMap<String, E> byKey() {
    return byKey;
  }

  /** Returns the Chinese labels joined for messages, for example {@code 明查、暗访}. */
  String expected() {
    return String.join("、", words);
  }

  /** Returns the enum type. */
  Class<E> type() {
    return type;
  }

  @Override
  public String toString() {
    return type.getSimpleName()
        + Arrays.stream(type.getEnumConstants()).map(Coded::zh).collect(Collectors.joining("|", "[", "]"));
  }
}
