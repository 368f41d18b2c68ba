package io.github.zouliucheng.walk.report.testing;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
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
import io.github.zouliucheng.walk.report.Bulletin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A small dataset for the report's tests: four units, nine members, eight walks, made so that the
 * analysis detects every {@link io.github.zouliucheng.walk.report.ProblemKind} and finds an exemplar of every theme. What each walk is
 * for is said next to it.
 *
 * <p>{@link #dataset(UnaryOperator)} passes every user-written string (names, titles, places,
 * matters, descriptions, measures, notes) through a function, so that tests can plant hostile text
 * or personal data in every field a bulletin may quote.
 */
public final class ReportFixtures {
  public static final Period Q1 = Period.ofQuarter(2023, 1);

  private ReportFixtures() {}

  /** Returns the dataset with its own texts. */
  public static Dataset dataset() {
    return dataset(UnaryOperator.identity());
  }

  /** Returns the analysis of {@link #dataset()} with the default policy, as of the period's end. */
  public static Analysis analysis() {
    return WalkAnalytics.analyze(dataset());
  }

  /** Returns the bulletin of {@link #dataset()} with default options but for a fixed issue date. */
  public static Bulletin bulletin() {
    Dataset dataset = dataset();
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).issuedOn(LocalDate.of(2023, 4, 10)).build();
  }

  /** Returns the dataset with every user-written string passed through {@code text}. */
  public static Dataset dataset(UnaryOperator<String> text) {
    Unit qc = Unit.of("qc", text.apply("青川县"), UnitKind.COUNTY);
    Unit yh = Unit.of("yh", text.apply("云河区"), UnitKind.COUNTY);
    Unit yb = Unit.of("yb", text.apply("市医保局"), UnitKind.DEPARTMENT);
    Unit sf = Unit.of("sf", text.apply("市司法局"), UnitKind.DEPARTMENT);
    List<Member> members =
        List.of(
            member(text, "qc-01", "王立新", "县委书记", "qc", true),
            member(text, "qc-02", "刘海燕", "县长", "qc", true),
            member(text, "qc-03", "张伟", "副县长", "qc", false),
            member(text, "yh-01", "赵建华", "区委书记", "yh", true), // never walks: principal did not walk
            member(text, "yh-02", "孙丽", "副区长", "yh", false),
            member(text, "yb-01", "陈明", "局长", "yb", true),
            member(text, "yb-02", "周敏", "副局长", "yb", false),
            member(text, "sf-01", "吴刚", "局长", "sf", true),
            member(text, "sf-02", "郑洁", "副局长", "sf", false)); // never walks

    ServicePoint qcHall = point(text, "qc-hall", "青川县政务服务中心", ServicePointKind.SERVICE_HALL, "qc");
    ServicePoint yhHall = point(text, "yh-hall", "云河区政务服务中心", ServicePointKind.SERVICE_HALL, "yh");
    ServicePoint online = point(text, "city-online", "市网上办事大厅", ServicePointKind.ONLINE_PLATFORM, "yb");
    ServicePoint centre = point(text, "city-centre", "市民服务中心", ServicePointKind.SERVICE_HALL, "yb");
    ServicePoint legal = point(text, "sf-legal", "市公共法律服务中心法律援助窗口", ServicePointKind.SERVICE_HALL, "sf");

    List<Walk> walks =
        List.of(
            // 6 Feb: unannounced, as a citizen, handled personally, whole process, a complex matter across
            // departments; the problem solved with a measured effect and a callback: all three themes
            walk("w01", "qc-01", "qc", day(2, 6), qcHall, text)
                .role(Role.CITIZEN)
                .approach(Approach.HANDLED)
                .forms(Set.of(WalkForm.ON_SITE, WalkForm.CROSS_LINKED))
                .visibility(Visibility.UNANNOUNCED)
                .fourNoTwoStraight(true)
                .coverage(Coverage.WHOLE)
                .addMatters(
                    Matter.builder().name(text.apply("退休人员医保待遇核定")).complexity(Complexity.COMPLEX)
                        .addCrossings(Crossing.DEPARTMENT).build())
                .addFindings(
                    finding(text, "f01", FindingCategory.WAITING_CAPACITY, "医保窗口设置少，办事群众等待时间较长", "qc", day(2, 6))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .owner(text.apply("李强"))
                                .ownerUnitId("qc")
                                .addMeasures(text.apply("医保窗口由2个增加到4个"), text.apply("增加2个电子服务终端"))
                                .addEffects(effect(text, "医保办事窗口", "2", "4", "个"), effect(text, "平均等待时间", "40", "15", "分钟"))
                                .effectNote(text.apply("极大提升了办事效率"))
                                .startedOn(day(2, 6))
                                .rectifiedOn(day(2, 10))
                                .closedOn(day(2, 20))
                                .callback(Callback.of(day(2, 12), CallbackResult.SATISFIED))
                                .build())
                        .build())
                .build(),
            // 7 Feb, the day after w01, same unit: a cluster; a housekeeping finding in the bulletin's words
            walk("w02", "qc-02", "qc", day(2, 7), qcHall, text)
                .addFindings(
                    finding(text, "f02", FindingCategory.HOUSEKEEPING, "大厅卫生清扫不够彻底", "qc", day(2, 7))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .addMeasures(text.apply("当即安排保洁人员清扫"))
                                .effectNote(text.apply("已清扫干净"))
                                .rectifiedOn(day(2, 7))
                                .build())
                        .build())
                .build(),
            // 8 Feb, same unit again, online; a scheduled rectification past its deadline: overdue
            walk("w03", "qc-03", "qc", day(2, 8), online, text)
                .forms(Set.of(WalkForm.ONLINE))
                .addFindings(
                    finding(text, "f03", FindingCategory.MATERIALS_PROOFS, "网上申报的材料清单与窗口要求不一致", "qc", day(2, 8))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.SCHEDULED)
                                .deadline(day(3, 15))
                                .owner(text.apply("张伟"))
                                .ownerUnitId("qc")
                                .addMeasures(text.apply("统一网上和窗口的材料清单"))
                                .startedOn(day(2, 9))
                                .build())
                        .build())
                .build(),
            // the only walk of yh-02: announced, part of the process, a simple matter, nothing found:
            // an empty walk, a leader whose every walk was empty and shallow; 云河区 has no online walk
            walk("w04", "yh-02", "yh", day(1, 16), yhHall, text).build(),
            // 1 Mar at 市民服务中心: three leaders of two units at one point on one day
            walk("w05", "yb-01", "yb", day(3, 1), centre, text)
                .role(Role.CITIZEN)
                .visibility(Visibility.UNANNOUNCED)
                .coverage(Coverage.WHOLE)
                .addFindings(
                    // rectified with a measure but no effect at all
                    finding(text, "f05", FindingCategory.MATERIALS_PROOFS, "异地就医备案需提交纸质证明材料", "yb", day(3, 1))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .addMeasures(text.apply("取消纸质证明，改为告知承诺"))
                                .rectifiedOn(day(3, 3))
                                .build())
                        .build())
                .build(),
            walk("w06", "yb-02", "yb", day(3, 1), centre, text)
                .forms(Set.of(WalkForm.ONLINE))
                .addFindings(
                    // marked rectified with nothing to show for it: no measures, no effect
                    finding(text, "f06", FindingCategory.FACILITIES, "等候区座椅不足", "yb", day(3, 1))
                        .rectification(
                            Rectification.builder().mode(RectificationMode.IMMEDIATE).rectifiedOn(day(3, 2)).build())
                        .build())
                .build(),
            walk("w07", "sf-01", "sf", day(3, 1), centre, text)
                .addFindings(
                    // a measured effect that has nothing to do with approval time: a mismatch
                    finding(text, "f07", FindingCategory.APPROVAL_TIME, "公证事项办理时间过长", "sf", day(3, 1))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .addMeasures(text.apply("增加宣传展板"))
                                .addEffects(effect(text, "宣传展板", "0", "2", "块"))
                                .rectifiedOn(day(3, 6))
                                .build())
                        .build())
                .build(),
            // 20 Mar: accompanied an applicant through a complex matter as ordinary staff; approval time
            // from 3 working days to 0: deeper and substantive; and a problem scheduled with neither
            // deadline nor owner
            walk("w08", "sf-01", "sf", day(3, 20), legal, text)
                .role(Role.STAFF)
                .approach(Approach.ACCOMPANIED)
                .coverage(Coverage.WHOLE)
                .matters(List.of(Matter.of(text.apply("申请法律援助"), Complexity.COMPLEX)))
                .addFindings(
                    finding(text, "f08", FindingCategory.APPROVAL_TIME, "法律援助审批需要3个工作日", "sf", day(3, 20))
                        .rectification(
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .addMeasures(text.apply("简化审批环节，当日受理、当日审批、当日指派律师"))
                                .addEffects(effect(text, "审批时限", "3", "0", "工作日"))
                                .rectifiedOn(day(3, 24))
                                .build())
                        .build(),
                    finding(text, "f09", FindingCategory.CROSS_DEPARTMENT, "经济困难证明需到乡镇盖章", "sf", day(3, 20))
                        .rectification(Rectification.builder().mode(RectificationMode.SCHEDULED).build())
                        .build())
                .build());
    return Dataset.builder()
        .period(Q1)
        .roster(Roster.of(List.of(qc, yh, yb, sf), members))
        .addAllWalks(walks)
        .build();
  }

  public static LocalDate day(int month, int day) {
    return LocalDate.of(2023, month, day);
  }

  private static Member member(UnaryOperator<String> text, String id, String name, String title, String unit, boolean principal) {
    return Member.builder().id(id).name(text.apply(name)).title(text.apply(title)).unitId(unit).principal(principal).build();
  }

  private static ServicePoint point(UnaryOperator<String> text, String id, String name, ServicePointKind kind, String owner) {
    return ServicePoint.builder().id(id).name(text.apply(name)).kind(kind).ownerUnitId(owner).build();
  }

  private static Effect effect(UnaryOperator<String> text, String indicator, String before, String after, String unit) {
    return Effect.of(text.apply(indicator), new BigDecimal(before), new BigDecimal(after), text.apply(unit));
  }

  private static Finding.Builder finding(
      UnaryOperator<String> text, String id, FindingCategory category, String description, String unit, LocalDate on) {
    return Finding.builder()
        .id(id)
        .source(FindingSource.WALK)
        .description(text.apply(description))
        .category(category)
        .responsibleUnitId(unit)
        .foundOn(on);
  }

  private static Spec walk(String id, String leader, String unit, LocalDate date, ServicePoint point, UnaryOperator<String> text) {
    return new Spec(id, leader, unit, date, point, text);
  }

  /**
   * A walk under construction whose defaults are the plainest walk: announced, openly as a leader,
   * experienced, on site, part of the process, one simple matter.
   */
  private static final class Spec {
    private final Walk.Builder walk;
    private final UnaryOperator<String> text;
    private Role role = Role.LEADER;
    private Approach approach = Approach.EXPERIENCED;
    private Set<WalkForm> forms = Set.of(WalkForm.ON_SITE);
    private Visibility visibility = Visibility.ANNOUNCED;
    private boolean fourNoTwoStraight;
    private Coverage coverage = Coverage.PART;
    private List<Matter> matters;
    private final List<Finding> findings = new java.util.ArrayList<>();

    Spec(String id, String leader, String unit, LocalDate date, ServicePoint point, UnaryOperator<String> text) {
      this.walk = Walk.builder().id(id).leaderId(leader).unitId(unit).date(date).servicePoint(point);
      this.text = text;
      this.matters = List.of(Matter.of(text.apply("咨询办事指南"), Complexity.SIMPLE));
    }

    Spec role(Role value) {
      role = value;
      return this;
    }

    Spec approach(Approach value) {
      approach = value;
      return this;
    }

    Spec forms(Set<WalkForm> value) {
      forms = value;
      return this;
    }

    Spec visibility(Visibility value) {
      visibility = value;
      return this;
    }

    Spec fourNoTwoStraight(boolean value) {
      fourNoTwoStraight = value;
      return this;
    }

    Spec coverage(Coverage value) {
      coverage = value;
      return this;
    }

    Spec matters(List<Matter> value) {
      matters = value;
      return this;
    }

    Spec addMatters(Matter value) {
      matters = List.of(value);
      return this;
    }

    Spec addFindings(Finding... values) {
      findings.addAll(List.of(values));
      return this;
    }

    Walk build() {
      // sets keep declaration order, so the walk does not depend on Set.of's iteration order
      java.util.EnumSet<WalkForm> sorted = java.util.EnumSet.noneOf(WalkForm.class);
      sorted.addAll(forms);
      return walk.role(role)
          .approach(approach)
          .addAllForms(sorted)
          .visibility(visibility)
          .fourNoTwoStraight(fourNoTwoStraight)
          .coverage(coverage)
          .addAllMatters(matters)
          .addAllFindings(findings)
          .build();
    }

    @Override
    public String toString() {
      return "Spec[" + text + "]";
    }
  }
}
