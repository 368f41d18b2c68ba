package io.github.zouliucheng.walk.sheet;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Datasets the sheet layout can hold, for round trips: what a walk record form records, with
 * identifiers as the importer derives them (units and members by name, service points by place),
 * walks and findings numbered by 记录编号 and 问题编号, and none of what the layout leaves out
 * (attachments, findings from other sources, source references, effect notes per effect).
 *
 * <p>Texts come from lists of real phrases, some holding commas, quotes and line breaks, so that
 * CSV quoting is exercised; none starts or ends with a space, and list entries hold no ；. Draws
 * come only from QuickTheories' randomness source, so failures reproduce from the seed.
 */
final class SheetGenerators {
  static final List<String> UNIT_NAMES =
      List.of("桦南县", "桦川县", "抚远市", "同江市", "向阳区", "郊区", "市司法局", "市医保局", "市卫健委", "市教育局", "市科技局", "市供销联社");
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "赵", "欧阳", "司马");
  private static final List<String> GIVEN = List.of("建国", "秀芬", "志强", "丽华", "敏", "海涛", "晓东", "明");
  private static final List<String> TITLES = List.of("县长", "副县长", "市长", "副市长", "局长", "副局长", "主任", "党组书记");
  private static final List<String> REGIONS = List.of("东部片区", "西部片区", "城区");
  private static final List<String> PLACES =
      List.of("桦南县医保局办事窗口", "市政务服务大厅", "12345热线中心", "市肿瘤医院门诊", "第一中学", "市场监管局网上服务平台", "抚远市某餐饮企业", "便民服务站");
  private static final List<String> MATTERS =
      List.of("申请法律援助", "医保报销", "办理营业执照", "开具困难证明", "不动产登记", "社保卡补办", "燃气安全检查", "企业开办");
  private static final List<String> DESCRIPTIONS =
      List.of(
          "窗口设置少，办事群众较多，等待时间较长",
          "经济困难证明需到乡（镇）\"盖章\"",
          "审批需3个工作日",
          "商户私接软管、燃气报警器安装不正确",
          "热线工单缺少跟踪反馈",
          "候诊区座椅少,患者拥堵",
          "塑钢窗年久失修\n漏风严重",
          "未在醒目位置张贴规章制度");
  private static final List<String> MEASURES =
      List.of("增设2个窗口", "推行“一表申请”制度", "当日受理、当日审批", "组织安全生产大排查", "启动热线回访机制", "增设等候座椅, 安装叫号系统");
  private static final List<String> NOTES =
      List.of("以普通办事群众身份取号排队", "全程办理，用时40分钟", "未发现问题", "第二次体验,\"一次办好\"", "上午走窗口\n下午走网上");
  private static final List<String> INDICATORS = List.of("医保办事窗口", "审批时限", "研发投入", "候诊区座椅");
  private static final List<String> EFFECT_UNITS = List.of("个", "工作日", "万元", "%");
  private static final List<String> EFFECT_NOTES = List.of("极大提升了办事效率", "群众满意度明显提高");
  private static final List<String> OWNERS = List.of("赵强", "孙丽", "办公室主任");

  private SheetGenerators() {}

  /**
   * Datasets as the class documentation describes. When {@code everyoneWalks}, every unit has a
   * member and every member walks, the roster lists units and members in the order of their first
   * walks, and units have no region: the roster the importer derives from the records alone.
   */
  static Gen<Dataset> datasets(boolean everyoneWalks) {
    return rs -> {
      Period period = WalkGenerators.periods().generate(rs);
      List<Unit> units = new ArrayList<>();
      List<String> names = new ArrayList<>(UNIT_NAMES);
      Collections.rotate(names, integers().between(0, names.size() - 1).generate(rs));
      int unitCount = integers().between(everyoneWalks ? 1 : 0, 4).generate(rs);
      for (int i = 0; i < unitCount; i++) {
        Optional<String> region =
            everyoneWalks || !booleans().all().generate(rs)
                ? Optional.empty()
                : Optional.of(Generate.pick(REGIONS).generate(rs));
        units.add(
            Unit.builder()
                .id(Ids.unit(names.get(i)))
                .name(names.get(i))
                .kind(Generate.enumValues(UnitKind.class).generate(rs))
                .region(region)
                .build());
      }
      List<Member> members = new ArrayList<>();
      Set<String> taken = new LinkedHashSet<>();
      for (Unit u : units) {
        int count = integers().between(everyoneWalks ? 1 : 0, 3).generate(rs);
        for (int i = 0; i < count; i++) {
          String name = Generate.pick(SURNAMES).generate(rs) + Generate.pick(GIVEN).generate(rs);
          if (!taken.add(u.name() + "/" + name)) {
            continue;
          }
          members.add(
              Member.builder()
                  .id(Ids.member(u.name(), name))
                  .name(name)
                  .title(Generate.pick(TITLES).generate(rs))
                  .unitId(u.id())
                  .principal(booleans().all().generate(rs))
                  .build());
        }
      }
      List<Member> leaders = new ArrayList<>();
      if (everyoneWalks) {
        leaders.addAll(members); // first walks in roster order
      }
      int extra = members.isEmpty() ? 0 : integers().between(0, 6).generate(rs);
      for (int i = 0; i < extra; i++) {
        leaders.add(members.get(integers().between(0, members.size() - 1).generate(rs)));
      }
      List<Walk> walks = new ArrayList<>();
      for (int i = 0; i < leaders.size(); i++) {
        walks.add(walk(i, leaders.get(i), period, units, rs));
      }
      return Dataset.builder()
          .period(period)
          .roster(Roster.of(units, members))
          .addAllWalks(walks)
          .build();
    };
  }

  private static Walk walk(int index, Member leader, Period period, List<Unit> units, RandomnessSource rs) {
    LocalDate date = WalkGenerators.datesIn(period).generate(rs);
    Visibility visibility = Generate.enumValues(Visibility.class).generate(rs);
    String place = Generate.pick(PLACES).generate(rs);
    List<String> matterNames = new ArrayList<>(MATTERS);
    Collections.rotate(matterNames, integers().between(0, matterNames.size() - 1).generate(rs));
    List<Matter> matters = new ArrayList<>();
    for (int i = 0, n = integers().between(1, 3).generate(rs); i < n; i++) {
      matters.add(
          Matter.builder()
              .name(matterNames.get(i))
              .complexity(Generate.enumValues(Complexity.class).generate(rs))
              .addAllCrossings(subset(Crossing.values(), 0, rs))
              .build());
    }
    Optional<LocalTime> start = Optional.empty();
    Optional<LocalTime> end = Optional.empty();
    if (booleans().all().generate(rs)) {
      int from = integers().between(6 * 60, 18 * 60).generate(rs);
      start = Optional.of(LocalTime.of(from / 60, from % 60));
      if (booleans().all().generate(rs)) {
        int to = from + integers().between(0, 5 * 60).generate(rs);
        end = Optional.of(LocalTime.of(to / 60, to % 60));
      }
    }
    Optional<String> owner =
        booleans().all().generate(rs) ? Optional.of(Generate.pick(units).generate(rs).id()) : Optional.empty();
    String walkId = "纪实-" + index;
    List<Finding> findings = new ArrayList<>();
    for (int j = 0, n = integers().between(0, 3).generate(rs); j < n; j++) {
      findings.add(finding(walkId + "-问题" + j, leader.unitId(), date, units, rs));
    }
    return Walk.builder()
        .id(walkId)
        .leaderId(leader.id())
        .unitId(leader.unitId())
        .date(date)
        .startTime(start)
        .endTime(end)
        .servicePoint(
            ServicePoint.builder()
                .id(Ids.servicePoint(place))
                .name(place)
                .kind(Generate.enumValues(ServicePointKind.class).generate(rs))
                .ownerUnitId(owner)
                .build())
        .addAllMatters(matters)
        .role(Generate.enumValues(Role.class).generate(rs))
        .approach(Generate.enumValues(Approach.class).generate(rs))
        .addAllForms(subset(WalkForm.values(), 1, rs))
        .visibility(visibility)
        .fourNoTwoStraight(visibility == Visibility.UNANNOUNCED && booleans().all().generate(rs))
        .coverage(Generate.enumValues(Coverage.class).generate(rs))
        .notes(booleans().all().generate(rs) ? Optional.of(Generate.pick(NOTES).generate(rs)) : Optional.empty())
        .addAllFindings(findings)
        .build();
  }

  private static Finding finding(String id, String walkUnitId, LocalDate walkDate, List<Unit> units, RandomnessSource rs) {
    LocalDate foundOn = walkDate.plusDays(integers().between(0, 2).generate(rs) == 0 ? 1 : 0);
    String responsible =
        integers().between(0, 3).generate(rs) == 0 ? Generate.pick(units).generate(rs).id() : walkUnitId;
    Optional<Rectification> rectification = Optional.empty();
    if (integers().between(0, 3).generate(rs) > 0) {
      Optional<String> ownerUnit =
          !responsible.equals(walkUnitId) || booleans().all().generate(rs)
              ? Optional.of(responsible)
              : Optional.empty();
      rectification = Optional.of(rectification(foundOn, ownerUnit, rs));
    }
    return Finding.builder()
        .id(id)
        .source(FindingSource.WALK)
        .description(Generate.pick(DESCRIPTIONS).generate(rs))
        .category(Generate.enumValues(FindingCategory.class).generate(rs))
        .responsibleUnitId(responsible)
        .priority(booleans().all().generate(rs) ? Optional.of(Generate.enumValues(Priority.class).generate(rs)) : Optional.empty())
        .foundOn(foundOn)
        .rectification(rectification)
        .build();
  }

  private static Rectification rectification(LocalDate foundOn, Optional<String> ownerUnit, RandomnessSource rs) {
    Rectification.Builder b =
        Rectification.builder()
            .mode(Generate.enumValues(RectificationMode.class).generate(rs))
            .ownerUnitId(ownerUnit);
    if (booleans().all().generate(rs)) {
      b.deadline(foundOn.plusDays(integers().between(0, 60).generate(rs)));
    }
    if (booleans().all().generate(rs)) {
      b.owner(Generate.pick(OWNERS).generate(rs));
    }
    for (int i = 0, n = integers().between(0, 2).generate(rs); i < n; i++) {
      b.addMeasures(MEASURES.get((i * 3 + integers().between(0, 5).generate(rs)) % MEASURES.size()));
    }
    for (int i = 0, n = integers().between(0, 2).generate(rs); i < n; i++) {
      b.addEffects(
          Effect.of(
              INDICATORS.get(i),
              decimal(rs),
              decimal(rs),
              Generate.pick(EFFECT_UNITS).generate(rs)));
    }
    if (booleans().all().generate(rs)) {
      b.effectNote(Generate.pick(EFFECT_NOTES).generate(rs));
    }
    int stage = integers().between(0, 3).generate(rs); // open, started, rectified, closed out
    LocalDate day = foundOn;
    if (stage >= 1 && (stage == 1 || booleans().all().generate(rs))) {
      day = day.plusDays(integers().between(0, 3).generate(rs));
      b.startedOn(day);
    }
    if (stage >= 2) {
      day = day.plusDays(integers().between(0, 10).generate(rs));
      b.rectifiedOn(day);
      if (booleans().all().generate(rs)) {
        b.callback(
            Callback.of(day.plusDays(integers().between(0, 2).generate(rs)), Generate.enumValues(CallbackResult.class).generate(rs)));
      }
    }
    if (stage == 3) {
      b.closedOn(day.plusDays(integers().between(0, 10).generate(rs)));
    }
    return b.build();
  }

  private static BigDecimal decimal(RandomnessSource rs) {
    return BigDecimal.valueOf(integers().between(-500, 5000).generate(rs), integers().between(0, 2).generate(rs));
  }

  private static <E> List<E> subset(E[] values, int atLeast, RandomnessSource rs) {
    List<E> picked = new ArrayList<>();
    for (E e : values) {
      if (booleans().all().generate(rs)) {
        picked.add(e);
      }
    }
    if (picked.size() < atLeast) {
      picked.add(values[integers().between(0, values.length - 1).generate(rs)]);
    }
    return picked;
  }
}
