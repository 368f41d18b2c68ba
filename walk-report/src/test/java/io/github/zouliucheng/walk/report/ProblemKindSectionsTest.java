package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
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
import io.github.zouliucheng.walk.report.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


/**
 * A subsection of "二、主要问题" appears exactly when the analysis detected its kind. A clean
 * dataset (one unit whose two leaders each walk once, weeks apart, unannounced, the whole process,
 * online and on site, each finding a real problem fixed with a measure and a matching measured
 * effect) detects nothing; each kind then has one change to the clean dataset that brings it in.
 */
class ProblemKindSectionsTest {
  private static final Period Q1 = Period.ofQuarter(2023, 1);

  /** What a variant of the clean dataset changes. */
  private static final class Faults {
    boolean secondWalkNextDay; // clustered scheduling
    boolean trivialWording; // shallow findings
    boolean noOnline; // narrow modes
    boolean noMeasures; // perfunctory rectification
    boolean secondWalkEmpty; // empty walks
    boolean idleMember; // not walked

    static Faults of(ProblemKind kind) {
      Faults f = new Faults();
      switch (kind) {
        case CLUSTERED_SCHEDULING:
          f.secondWalkNextDay = true;
          break;
        case SHALLOW_FINDINGS:
          f.trivialWording = true;
          break;
        case NARROW_MODES:
          f.noOnline = true;
          break;
        case PERFUNCTORY_RECTIFICATION:
          f.noMeasures = true;
          break;
        case EMPTY_WALKS:
          f.secondWalkEmpty = true;
          break;
        default:
          f.idleMember = true;
          break;
      }
      return f;
    }
  }

  private static Dataset dataset(Faults faults) {
    Unit unit = Unit.of("qc", "青川县", UnitKind.COUNTY);
    List<Member> members = new ArrayList<>();
    members.add(Member.builder().id("m1").name("王立新").title("县长").unitId("qc").principal(true).build());
    members.add(Member.builder().id("m2").name("刘海燕").title("副县长").unitId("qc").build());
    if (faults.idleMember) {
      members.add(Member.builder().id("m3").name("张伟").title("副县长").unitId("qc").build());
    }
    ServicePoint hall = ServicePoint.builder().id("hall").name("青川县政务服务中心").kind(ServicePointKind.SERVICE_HALL).build();
    Walk first =
        walk("w1", "m1", LocalDate.of(2023, 1, 10), hall, faults.noOnline ? EnumSet.of(WalkForm.ON_SITE) : EnumSet.of(WalkForm.ON_SITE, WalkForm.ONLINE))
            .addFindings(
                finding(
                    "f1",
                    faults.trivialWording ? "大厅卫生清扫不够彻底" : "医保窗口设置少，办事群众等候时间较长",
                    faults.noMeasures,
                    LocalDate.of(2023, 1, 10)))
            .build();
    Walk.Builder second =
        walk("w2", "m2", faults.secondWalkNextDay ? LocalDate.of(2023, 1, 11) : LocalDate.of(2023, 2, 20), hall, EnumSet.of(WalkForm.ON_SITE));
    if (!faults.secondWalkEmpty) {
      second.addFindings(finding("f2", "社保窗口叫号系统故障，群众排队等候", false, faults.secondWalkNextDay ? LocalDate.of(2023, 1, 11) : LocalDate.of(2023, 2, 20)));
    }
    // a third walk, by m1, so that the unit has the walks its per-unit judgments need (3): complex,
    // down to the grassroots; on the day of the second walk when scheduling is to cluster (then
    // m1 on 10 and 11 Jan and m2 on 11 Jan make 2 avoidable pairs, and m1 and m2 share the hall on
    // 11 Jan), alone in March otherwise
    LocalDate thirdDay = faults.secondWalkNextDay ? LocalDate.of(2023, 1, 11) : LocalDate.of(2023, 3, 15);
    Walk third =
        walk("w3", "m1", thirdDay, hall, EnumSet.of(WalkForm.ON_SITE, WalkForm.GRASSROOTS))
            .addMatters(Matter.of("办理不动产登记和税费缴纳", Complexity.COMPLEX))
            .addFindings(finding("f3", "不动产登记需群众往返3次", false, thirdDay))
            .build();
    return Dataset.builder()
        .period(Q1)
        .roster(Roster.of(List.of(unit), members))
        .addWalks(first, second.build(), third)
        .build();
  }

  private static Walk.Builder walk(String id, String leader, LocalDate date, ServicePoint point, Set<WalkForm> forms) {
    return Walk.builder()
        .id(id)
        .leaderId(leader)
        .unitId("qc")
        .date(date)
        .servicePoint(point)
        .addMatters(Matter.of("办理医保参保登记", Complexity.SIMPLE))
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .addAllForms(forms)
        .visibility(Visibility.UNANNOUNCED)
        .coverage(Coverage.WHOLE);
  }

  private static Finding finding(String id, String description, boolean noMeasures, LocalDate on) {
    Rectification.Builder r = Rectification.builder().mode(RectificationMode.IMMEDIATE).rectifiedOn(on.plusDays(3));
    if (!noMeasures) {
      r.addMeasures("增设窗口2个");
    }
    r.addEffects(Effect.of("等候时间", new BigDecimal("40"), new BigDecimal("15"), "分钟"));
    return Finding.builder()
        .id(id)
        .source(FindingSource.WALK)
        .description(description)
        .category(FindingCategory.WAITING_CAPACITY)
        .responsibleUnitId("qc")
        .foundOn(on)
        .rectification(r.build())
        .build();
  }

  private static Bulletin bulletin(Dataset dataset) {
    Analysis analysis = WalkAnalytics.analyze(dataset);
    return Bulletin.builder(dataset, analysis).build();
  }

  @Test
  void aCleanDatasetHasNoProblemSectionAndSaysSoOnce() {
    Dataset clean = dataset(new Faults());
    assertThat(WalkAnalytics.analyze(clean).flags()).isEmpty();

    Bulletin bulletin = bulletin(clean);

    assertThat(bulletin.detected()).isEmpty();
    Section problems = bulletin.section("problems").orElseThrow();
    assertThat(problems.subsections()).isEmpty();
    assertThat(((Paragraph) problems.blocks().get(0)).text())
        .isEqualTo("检查发现，本期“走流程”工作未发现通报所列问题。");
    // only the requirement that is always carried
    assertThat(bulletin.section("requirements").orElseThrow().subsections())
        .extracting(Section::id)
        .containsExactly("requirements.supervision");
  }

  @ParameterizedTest
  @EnumSource(ProblemKind.class)
  void eachKindHasItsSectionExactlyWhenDetected(ProblemKind kind) {
    Dataset faulty = dataset(Faults.of(kind));

    Bulletin bulletin = bulletin(faulty);

    assertThat(bulletin.detected()).containsExactly(kind);
    Section problems = bulletin.section("problems").orElseThrow();
    assertThat(problems.subsections()).extracting(Section::id).containsExactly(kind.sectionId());
    assertThat(problems.subsections().get(0).heading()).startsWith("1.");
    // the other five kinds are said to be not found, this one is not among them
    String intro = ((Paragraph) problems.blocks().get(0)).text();
    Messages zh = Messages.of(Messages.BULLETIN, Language.ZH_CN);
    for (ProblemKind other : ProblemKind.values()) {
      assertThat(intro.contains(zh.get("kind." + other.code())))
          .as("intro mentions %s as not found", other)
          .isEqualTo(other != kind);
    }
    // the requirements that the kind calls for, and supervision
    assertThat(bulletin.section("requirements").orElseThrow().subsections())
        .extracting(Section::id)
        .containsExactlyElementsOf(
            Requirement.calledFor(Set.of(kind)).stream().map(r -> "requirements." + r.code()).toList());
    assertThat(Requirement.calledFor(Set.of(kind))).hasSizeGreaterThan(1);
  }

  @ParameterizedTest
  @EnumSource(ProblemKind.class)
  void eachKindsSectionCarriesTheEvidenceOfItsFlags(ProblemKind kind) {
    Dataset faulty = dataset(Faults.of(kind));
    Analysis analysis = WalkAnalytics.analyze(faulty);

    Section section = Bulletin.builder(faulty, analysis).build().section(kind.sectionId()).orElseThrow();

    Evidence shown = Evidence.none();
    for (Block block : section.blocks()) {
      shown = shown.plus(((Paragraph) block).evidence());
    }
    assertThat(shown).isEqualTo(Evidence.ofAll(analysis.flags()));
  }
}
