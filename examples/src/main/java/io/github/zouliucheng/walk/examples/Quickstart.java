package io.github.zouliucheng.walk.examples;

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
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's quickstart: build one walk record in code, check it, turn it into JSON and back,
 * analyse it and print the overall sentence of its bulletin.
 * The part between the README markers is copied into the README, and a test keeps the two equal.
 */
public final class Quickstart {
  private Quickstart() {}

  /** Runs the quickstart and returns its JSON. */
  public static String run() {
    // README:begin
    Roster roster =
        Roster.of(
            List.of(Unit.of("U-HN", "桦南县", UnitKind.COUNTY)),
            List.of(
                Member.builder()
                    .id("M-001").name("王明").title("县长").unitId("U-HN").principal(true)
                    .build()));

    Finding fewWindows =
        Finding.builder()
            .id("F-001")
            .source(FindingSource.WALK)
            .description("医保局办事窗口设置少，办事群众较多，等待时间较长")
            .category(FindingCategory.WAITING_CAPACITY)
            .responsibleUnitId("U-HN")
            .foundOn(LocalDate.of(2023, 2, 14))
            .rectification(
                Rectification.builder()
                    .mode(RectificationMode.IMMEDIATE)
                    .addMeasures("医保窗口由2个增加到4个", "增加2个电子服务终端")
                    .addEffects(Effect.of("医保办事窗口", new BigDecimal("2"), new BigDecimal("4"), "个"))
                    .rectifiedOn(LocalDate.of(2023, 2, 20))
                    .build())
            .build();

    Walk walk =
        Walk.builder()
            .id("W-001")
            .leaderId("M-001")
            .unitId("U-HN")
            .date(LocalDate.of(2023, 2, 14))
            .servicePoint(
                ServicePoint.builder()
                    .id("SP-HN-YB").name("桦南县医保局办事窗口").kind(ServicePointKind.SERVICE_HALL)
                    .build())
            .addMatters(Matter.of("医保报销", Complexity.SIMPLE))
            .role(Role.CITIZEN)
            .approach(Approach.HANDLED)
            .addForms(WalkForm.ON_SITE)
            .visibility(Visibility.UNANNOUNCED)
            .fourNoTwoStraight(true)
            .coverage(Coverage.WHOLE)
            .addFindings(fewWindows)
            .build();

    // Building checks the whole dataset: references, duplicates, dates inside the period.
    Dataset dataset =
        Dataset.builder().period(Period.parse("2023-Q1")).roster(roster).addWalks(walk).build();

    String json = WalkJson.toJson(dataset);             // canonical, deterministic JSON
    Dataset again = WalkJson.fromJson(json);            // reads it back, validating it
    System.out.println(again.equals(dataset));          // true

    // Analyse, and write the bulletin; its first sentence has the overall figures.
    Analysis analysis = WalkAnalytics.analyze(dataset);
    Bulletin bulletin = Bulletin.builder(dataset, analysis).build();
    Paragraph overview = (Paragraph) bulletin.section("overview").orElseThrow().blocks().get(0);
    System.out.println(overview.statements().get(0).text());
    // 2023年第一季度，全市1个县（市）区、0家市直部门1名党政班子成员“走流程”1次，发现问题1个，解决问题1个。
    // README:end
    return json;
  }

  /** Prints what the quickstart prints. */
  public static void main(String[] args) {
    run();
  }
}
