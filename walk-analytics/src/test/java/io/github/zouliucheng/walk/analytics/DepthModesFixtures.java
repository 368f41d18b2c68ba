package io.github.zouliucheng.walk.analytics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import org.quicktheories.core.Gen;

/**
 * Hand-building helpers for the depth and modes examples, and the datasets their laws run over: the
 * shared {@link WalkGenerators#datasets()}, mixed with datasets whose findings are worded in the
 * ways the trivial classifier must see through. The laws reorder, copy and unite datasets with the
 * shared {@link io.github.zouliucheng.walk.model.testing.DatasetTransforms}.
 */
final class DepthModesFixtures {
  static final Period Q1 = Period.ofQuarter(2023, 1);

  private DepthModesFixtures() {}

  static Index index(Dataset dataset) {
    return index(dataset, Policy.defaults());
  }

  static Index index(Dataset dataset, Policy policy) {
    return new Index(dataset, policy, dataset.period().end());
  }

  static Unit county(String id) {
    return Unit.of(id, id + "县", UnitKind.COUNTY);
  }

  static Unit department(String id) {
    return Unit.of(id, "市" + id + "局", UnitKind.DEPARTMENT);
  }

  static Member member(String id, String unitId, boolean principal) {
    return Member.builder().id(id).name("成员" + id).title(principal ? "书记" : "副职").unitId(unitId).principal(principal).build();
  }

  static ServicePoint point(String id, ServicePointKind kind) {
    return ServicePoint.builder().id(id).name("服务点" + id).kind(kind).build();
  }

  /** Returns a service hall run by {@code ownerUnitId}. */
  static ServicePoint ownedPoint(String id, String ownerUnitId) {
    return ServicePoint.builder().id(id).name("服务点" + id).kind(ServicePointKind.SERVICE_HALL).ownerUnitId(ownerUnitId).build();
  }

  /** Returns the members of {@code unit}: {@code <unit>-a} (its principal), {@code <unit>-b}, … */
  static List<Member> members(String unit, int n) {
    List<Member> ms = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ms.add(member(unit + "-" + (char) ('a' + k), unit, k == 0));
    }
    return ms;
  }

  /**
   * Returns {@code n} walks of {@code unit}, {@code <unit>-1} to {@code <unit>-n}, by its {@code
   * leaders} members in turn ({@code <unit>-a} first): the plainest walks of {@link
   * AnalysisFixtures.WalkSpec} (announced, openly as a leader, on site, part of the process, one
   * simple matter crossing nothing, at a hall run by no known unit), the first changed by {@code
   * first}.
   */
  static List<Walk> walks(String unit, int n, int leaders, UnaryOperator<AnalysisFixtures.WalkSpec> first) {
    List<Walk> ws = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      AnalysisFixtures.WalkSpec w = walk(unit + "-" + i, unit + "-" + (char) ('a' + (i - 1) % leaders), unit);
      ws.add((i == 1 ? first.apply(w) : w).build());
    }
    return ws;
  }

  /**
   * Adds a department {@code unit} with two members and {@code n} of its {@linkplain #walks plainest
   * walks}, the first changed by {@code first}.
   */
  static void addDepartment(
      List<Unit> units, List<Member> ms, List<Walk> ws, String unit, int n, UnaryOperator<AnalysisFixtures.WalkSpec> first) {
    units.add(department(unit));
    ms.addAll(members(unit, 2));
    ws.addAll(walks(unit, n, 2, first));
  }

  static Matter simple() {
    return Matter.of("简单事项", Complexity.SIMPLE);
  }

  static Matter matter(Complexity complexity, Crossing... crossings) {
    return Matter.builder().name("事项").complexity(complexity).addCrossings(crossings).build();
  }

  /** Returns a finding from another source than walks, found on the period's first day. */
  static Finding otherFinding(String id, String unitId, FindingCategory category, String description) {
    return Finding.builder()
        .id(id)
        .source(FindingSource.PETITION)
        .description(description)
        .category(category)
        .responsibleUnitId(unitId)
        .foundOn(Q1.start())
        .build();
  }

  static Dataset dataset(List<Unit> units, List<Member> members, List<Walk> walks, List<Finding> other) {
    return Dataset.builder().period(Q1).roster(Roster.of(units, members)).addAllWalks(walks).addAllFindings(other).build();
  }

  /** Returns a walk on the period's first day, to be refined; see {@link AnalysisFixtures.WalkSpec}. */
  static AnalysisFixtures.WalkSpec walk(String id, String leaderId, String unitId) {
    return AnalysisFixtures.walk(id, leaderId, unitId, Q1.start());
  }

  // ------------------------------------------------------------------ generators for the laws

  /**
   * Returns valid datasets: three in four from {@link WalkGenerators#datasets()}, one in four from
   * {@link #variantDatasets()}.
   */
  static Gen<Dataset> datasets() {
    return WalkGenerators.datasets().mix(variantDatasets(), 25);
  }

  /** Descriptions the generator draws from: substantive ones, and trivial ones written in several ways. */
  static final List<String> DESCRIPTIONS =
      List.of(
          "医保窗口设置少，办事群众等待时间较长",
          "经济困难证明需到乡镇盖章",
          "卫生清扫不够彻底",
          "灭火器　摆放不规范",
          "大厅未在醒目位置 张贴规章制度，群众不知流程",
          "桌面摆放不整齐；卫生清扫不够\t彻底",
          "１２３４５热线工单缺少跟踪反馈",
          "工作人员着装不规范");

  private static final List<ServicePoint> POINTS =
      List.of(
          point("P-hall", ServicePointKind.SERVICE_HALL),
          point("P-net", ServicePointKind.ONLINE_PLATFORM),
          point("P-hospital", ServicePointKind.HOSPITAL),
          point("P-hotline", ServicePointKind.HOTLINE),
          ownedPoint("P-U0", "U0"),
          ownedPoint("P-U1", "U1"));

  /**
   * Returns valid datasets for 2023-Q1 whose findings are worded from {@link #DESCRIPTIONS}: trivial
   * phrases with spaces, tabs and full-width characters inside, two phrases in one description, and
   * substantive problems. Up to 4 units (county and department alternating) with 0 to 3 members
   * each, up to 25 walks by their members with 0 to 3 findings each, one in six at an online
   * platform and one in three at a hall run by U0 or U1 (the walker's own unit or another), and up
   * to 4 findings from other sources. Each unit may lack some of the modes and depth the per-unit
   * judgments look for (online, unannounced, ordinary role, whole process, grassroots or crossing,
   * complex matters): its walks are then drawn without them, so that units that must be flagged
   * are common. Every unit is decoded from one generated number (its members and the modes it
   * lacks) and every walk from another, so lists shrink unit by unit and walk by walk, and a unit's
   * number shrinks towards one that lacks nothing.
   */
  static Gen<Dataset> variantDatasets() {
    return lists().of(integers().between(0, 4 * (1 << LACKS) - 1)).ofSizeBetween(0, 4)
        .zip(
            lists().of(longs().all()).ofSizeBetween(0, 25),
            lists().of(longs().all()).ofSizeBetween(0, 4),
            DepthModesFixtures::decode);
  }

  /** The modes and depth a unit may lack, one bit each, in the generated unit codes above the member count. */
  private static final int LACK_ONLINE = 1;
  private static final int LACK_UNANNOUNCED = 2;
  private static final int LACK_ORDINARY_ROLE = 4;
  private static final int LACK_WHOLE = 8;
  private static final int LACK_GRASSROOTS_OR_CROSSING = 16;
  private static final int LACK_COMPLEX = 32;
  private static final int LACKS = 6;

  private static Dataset decode(List<Integer> unitCodes, List<Long> walkCodes, List<Long> otherCodes) {
    List<Unit> units = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    List<Member> walkers = new ArrayList<>();
    java.util.Map<String, Integer> lacks = new java.util.HashMap<>();
    for (int u = 0; u < unitCodes.size(); u++) {
      String unitId = "U" + u;
      units.add(u % 2 == 0 ? county(unitId) : department(unitId));
      lacks.put(unitId, unitCodes.get(u) / 4);
      for (int k = 0; k < unitCodes.get(u) % 4; k++) {
        Member m = member(unitId + "-m" + k, unitId, k == 0);
        members.add(m);
        walkers.add(m);
      }
    }
    List<Walk> walks = new ArrayList<>();
    if (!walkers.isEmpty()) {
      for (int i = 0; i < walkCodes.size(); i++) {
        walks.add(decodeWalk("W" + i, walkCodes.get(i), walkers, lacks));
      }
    }
    List<Finding> other = new ArrayList<>();
    if (!units.isEmpty()) {
      for (int i = 0; i < otherCodes.size(); i++) {
        SplittableRandom r = new SplittableRandom(otherCodes.get(i));
        other.add(
            otherFinding(
                "G" + i,
                units.get(r.nextInt(units.size())).id(),
                pick(r, FindingCategory.values()),
                DESCRIPTIONS.get(r.nextInt(DESCRIPTIONS.size()))));
      }
    }
    return dataset(units, members, walks, other);
  }

  private static Walk decodeWalk(String id, long code, List<Member> walkers, java.util.Map<String, Integer> lacks) {
    SplittableRandom r = new SplittableRandom(code);
    Member leader = walkers.get(r.nextInt(walkers.size()));
    int lack = lacks.get(leader.unitId());
    AnalysisFixtures.WalkSpec spec =
        walk(id, leader.id(), leader.unitId())
            .date(Q1.start().plusDays(r.nextInt(Q1.lengthInDays())));
    ServicePoint point = POINTS.get(r.nextInt(POINTS.size()));
    boolean online = point.kind() == ServicePointKind.ONLINE_PLATFORM;
    boolean elsewhere = point.ownerUnitId().filter(u -> !u.equals(leader.unitId())).isPresent();
    if (((lack & LACK_ONLINE) != 0 && online) || ((lack & LACK_GRASSROOTS_OR_CROSSING) != 0 && elsewhere)) {
      point = POINTS.get(0);
    }
    spec.at(point);
    Role role = pick(r, Role.values());
    spec.role((lack & LACK_ORDINARY_ROLE) != 0 ? Role.LEADER : role);
    spec.approach(pick(r, Approach.values()));
    int formBits = 1 + r.nextInt(31);
    if ((lack & LACK_ONLINE) != 0) {
      formBits &= ~(1 << WalkForm.ONLINE.ordinal());
    }
    if ((lack & LACK_GRASSROOTS_OR_CROSSING) != 0) {
      formBits &= ~(1 << WalkForm.GRASSROOTS.ordinal()) & ~(1 << WalkForm.CROSS_LINKED.ordinal());
    }
    List<WalkForm> forms = new ArrayList<>();
    for (WalkForm f : WalkForm.values()) {
      if ((formBits & (1 << f.ordinal())) != 0) {
        forms.add(f);
      }
    }
    if (forms.isEmpty()) {
      forms.add(WalkForm.ON_SITE);
    }
    spec.forms(forms.get(0), forms.subList(1, forms.size()).toArray(new WalkForm[0]));
    int visibility = r.nextInt(3);
    if ((lack & LACK_UNANNOUNCED) != 0) {
      visibility = 0;
    }
    if (visibility == 1) {
      spec.unannounced();
    } else if (visibility == 2) {
      spec.fourNoTwoStraight();
    }
    if (r.nextBoolean() && (lack & LACK_WHOLE) == 0) {
      spec.whole();
    }
    Matter[] matters = new Matter[1 + r.nextInt(3)];
    for (int i = 0; i < matters.length; i++) {
      Crossing[] crossings =
          Arrays.stream(Crossing.values()).filter(c -> r.nextInt(4) == 0).toArray(Crossing[]::new);
      Complexity complexity = pick(r, Complexity.values());
      matters[i] =
          matter(
              (lack & LACK_COMPLEX) != 0 ? Complexity.SIMPLE : complexity,
              (lack & LACK_GRASSROOTS_OR_CROSSING) != 0 ? new Crossing[0] : crossings);
    }
    spec.matters(matters);
    int findings = r.nextInt(4);
    for (int i = 0; i < findings; i++) {
      spec.finding(id + "-F" + i, pick(r, FindingCategory.values()), DESCRIPTIONS.get(r.nextInt(DESCRIPTIONS.size())));
    }
    return spec.build();
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
