package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.callback;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.county;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.day;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.department;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.effect;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixed;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixedBuilder;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.member;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.point;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.problem;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoodPracticeTest {

  private static GoodPractice goodPractice(Dataset d) {
    return WalkAnalytics.analyze(d).goodPractice();
  }

  private static GoodPractice goodPractice(Dataset d, LocalDate asOf) {
    return WalkAnalytics.analyze(d, Policy.defaults(), asOf).goodPractice();
  }

  private static Exemplar exemplar(
      Theme theme, String walk, String unit, String leader, LocalDate date, List<String> solved, long measured, List<String> praised) {
    return ImmutableExemplar.builder()
        .addAllPraisedFindingIds(praised)
        .theme(theme)
        .walkId(walk)
        .unitId(unit)
        .leaderId(leader)
        .date(date)
        .solvedFindingIds(ImmutableSortedSet.copyOf(solved))
        .measuredEffects(measured)
        .build();
  }

  /** A dataset of one county, u, whose leader m walked {@code walks}. */
  private static Dataset oneUnit(List<Walk> walks) {
    return dataset(List.of(county("u")), List.of(member("m", "u", true)), walks, List.of());
  }

  private static Map<Theme, Long> qualifying(long wider, long deeper, long substantive) {
    return Map.of(Theme.WIDER, wider, Theme.DEEPER, deeper, Theme.SUBSTANTIVE, substantive);
  }

  /**
   * The bulletin's good-practice cases, as records.
   *
   * <pre>
   * w-hn  桦南县 (county hn), 6 Feb: 四不两直 (so unannounced), as an ordinary citizen, experienced
   *       it, on site, at the medical-insurance hall. f-hn waiting_capacity: too few windows, long
   *       waits; rectified 8 Feb: windows 2 → 4 个, self-service terminals 0 → 2 个.
   *       Praiseworthy: measures, and the indicator 医保办事窗口 holds the waiting_capacity keyword
   *       窗口 (1 measured effect; effect size 1.0 from the terminals 0 → 2).
   *       WIDER (unannounced, 四不两直 as a citizen) and SUBSTANTIVE; not DEEPER (experienced, as a
   *       citizen, on site, a matter crossing nothing).
   * w-fy  抚远市 (county fy), 10 Feb: announced, as ordinary law-enforcement staff, on site and
   *       cross-linked, at restaurants. f-fy safety_hazard: hoses connected privately, gas alarms
   *       wrongly installed; rectified 1 Mar with measures and an effect note, no measured effect.
   *       Not praiseworthy (nothing measured), so no exemplar, though walked in a DEEPER manner.
   * w-sfj 市司法局 (department sfj), 1 Mar: unannounced, as a citizen, handled it personally, the
   *       legal-aid application (a complex matter crossing levels: the township's stamp).
   *       f-sfj-1 approval_time: 3 working days; rectified 3 Mar: approval 3 → 0 工作日 (the unit 工作日
   *       is a keyword: 1 measured effect, size 1.0). f-sfj-2 materials_proofs: the hardship
   *       certificate; rectified 3 Mar with measures and a note, nothing measured, so not praised.
   *       WIDER, DEEPER and SUBSTANTIVE; 2 solved, 1 measured, 1 praised; before w-hn (same effect
   *       size, but a complex matter).
   * w-tj  同江市 (county tj), 6 Mar: announced, as a leader, experienced, at the 12345 hotline.
   *       f-tj follow_up: tickets with no follow-up; rectified 10 Mar, the citizen called back on
   *       12 Mar and satisfied. Not praiseworthy: a satisfied callback is not a measured effect.
   * </pre>
   */
  private static Dataset bulletin() {
    return dataset(
        List.of(county("hn"), county("fy"), department("sfj"), county("tj")),
        List.of(member("hn-1", "hn", false), member("fy-1", "fy", false), member("sfj-1", "sfj", false), member("tj-1", "tj", false)),
        List.of(
            walk("w-hn", "hn-1", "hn", day(2, 6))
                .at(point("hn-ybj", ServicePointKind.SERVICE_HALL))
                .fourNoTwoStraight()
                .role(Role.CITIZEN)
                .whole()
                .finding(
                    problem(
                        "f-hn",
                        FindingCategory.WAITING_CAPACITY,
                        "医保局办事窗口设置少、办事群众较多、等待时间较长",
                        "hn",
                        day(2, 6),
                        Rectification.builder()
                            .mode(RectificationMode.IMMEDIATE)
                            .addMeasures("医保窗口由2个增加到4个", "增加2个电子服务终端")
                            .addEffects(effect("医保办事窗口", "2", "4", "个"), effect("电子服务终端", "0", "2", "个"))
                            .rectifiedOn(day(2, 8))
                            .build()))
                .build(),
            walk("w-fy", "fy-1", "fy", day(2, 10))
                .at(point("fy-canyin", ServicePointKind.OTHER))
                .role(Role.STAFF)
                .forms(WalkForm.ON_SITE, WalkForm.CROSS_LINKED)
                .finding(
                    problem(
                        "f-fy",
                        FindingCategory.SAFETY_HAZARD,
                        "很多商户私接软管、燃气报警器安装不正确",
                        "fy",
                        day(2, 10),
                        Rectification.builder()
                            .mode(RectificationMode.SCHEDULED)
                            .deadline(day(3, 15))
                            .owner("县应急局")
                            .addMeasures("组织商务、应急、住建、消防等部门开展餐饮行业安全生产大排查")
                            .effectNote("排查并整改各类隐患")
                            .rectifiedOn(day(3, 1))
                            .build()))
                .build(),
            walk("w-sfj", "sfj-1", "sfj", day(3, 1))
                .at(point("sfj-fyzx", ServicePointKind.SERVICE_HALL))
                .unannounced()
                .role(Role.CITIZEN)
                .approach(Approach.HANDLED)
                .complex(Crossing.LEVEL)
                .finding(
                    problem(
                        "f-sfj-1",
                        FindingCategory.APPROVAL_TIME,
                        "法律援助审批需3个工作日",
                        "sfj",
                        day(3, 1),
                        fixedBuilder(day(3, 3)).addEffects(effect("法律援助审批时间", "3", "0", "工作日")).build()),
                    problem(
                        "f-sfj-2",
                        FindingCategory.MATERIALS_PROOFS,
                        "经济困难证明需到乡（镇）或街道盖章",
                        "sfj",
                        day(3, 1),
                        fixed(day(3, 3))))
                .build(),
            walk("w-tj", "tj-1", "tj", day(3, 6))
                .at(point("tj-12345", ServicePointKind.HOTLINE))
                .finding(
                    problem(
                        "f-tj",
                        FindingCategory.FOLLOW_UP,
                        "承接工单缺少对群众诉求的跟踪反馈",
                        "tj",
                        day(3, 6),
                        fixedBuilder(day(3, 10)).callback(callback(day(3, 12), CallbackResult.SATISFIED)).build()))
                .build()),
        List.of());
  }

  @Test
  void of_bulletinCases_qualifyUnderTheirThemes() {
    GoodPractice g = goodPractice(bulletin());

    assertThat(g.qualifying()).isEqualTo(qualifying(2, 1, 2));
    assertThat(g.of(Theme.WIDER)).extracting(Exemplar::walkId).containsExactly("w-sfj", "w-hn");
    assertThat(g.of(Theme.DEEPER)).extracting(Exemplar::walkId).containsExactly("w-sfj");
    assertThat(g.of(Theme.SUBSTANTIVE)).extracting(Exemplar::walkId).containsExactly("w-sfj", "w-hn");
  }

  @Test
  void of_bulletinCases_exemplarsCarryTheirEvidence() {
    GoodPractice g = goodPractice(bulletin());

    // by theme, then strongest first: w-sfj and w-hn have the same effect size (1.0), and w-sfj's
    // matter is complex
    List<String> sfj = List.of("f-sfj-1", "f-sfj-2");
    assertThat(g.exemplars())
        .containsExactly(
            exemplar(Theme.WIDER, "w-sfj", "sfj", "sfj-1", day(3, 1), sfj, 1, List.of("f-sfj-1")),
            exemplar(Theme.WIDER, "w-hn", "hn", "hn-1", day(2, 6), List.of("f-hn"), 1, List.of("f-hn")),
            exemplar(Theme.DEEPER, "w-sfj", "sfj", "sfj-1", day(3, 1), sfj, 1, List.of("f-sfj-1")),
            exemplar(Theme.SUBSTANTIVE, "w-sfj", "sfj", "sfj-1", day(3, 1), sfj, 1, List.of("f-sfj-1")),
            exemplar(Theme.SUBSTANTIVE, "w-hn", "hn", "hn-1", day(2, 6), List.of("f-hn"), 1, List.of("f-hn")));
  }

  @Test
  void of_walkThatSolvedNothing_neverQualifies() {
    // three walks in the best manner there is — 四不两直 as a citizen, handled personally,
    // cross-linked, a matter crossing departments — that solved nothing as of 31 Mar:
    //   wa found nothing (空走);
    //   wb found fa, in progress, with a measured effect that matches it (窗口), but not rectified;
    //   wc found fc, rectified only on 1 Apr, the day after the reference date
    Dataset d =
        oneUnit(
            List.of(
                best("wa", day(3, 1)).build(),
                best("wb", day(3, 2))
                    .finding(
                        problem(
                            "fa",
                            FindingCategory.WAITING_CAPACITY,
                            "窗口少",
                            "u",
                            day(3, 2),
                            Rectification.builder()
                                .mode(RectificationMode.SCHEDULED)
                                .deadline(day(4, 30))
                                .owner("张三")
                                .startedOn(day(3, 3))
                                .addEffects(effect("办事窗口", "2", "4", "个"))
                                .build()))
                    .build(),
                best("wc", day(3, 3))
                    .finding(
                        problem(
                            "fc",
                            FindingCategory.WAITING_CAPACITY,
                            "窗口少",
                            "u",
                            day(3, 3),
                            fixedBuilder(day(4, 1)).addEffects(effect("办事窗口", "2", "4", "个")).build()))
                    .build()));

    GoodPractice g = goodPractice(d);

    assertThat(g.exemplars()).isEmpty();
    assertThat(g.qualifying()).isEqualTo(qualifying(0, 0, 0));
    // as of 1 Apr, wc has solved fc: it qualifies under every theme; wa and wb still do not
    GoodPractice later = goodPractice(d, day(4, 1));
    assertThat(later.qualifying()).isEqualTo(qualifying(1, 1, 1));
    assertThat(later.exemplars()).extracting(Exemplar::walkId).containsExactly("wc", "wc", "wc");
  }

  /** Returns a walk of m in the best manner there is, under every theme, with no finding yet. */
  private static AnalysisFixtures.WalkSpec best(String id, LocalDate date) {
    return walk(id, "m", "u", date)
        .fourNoTwoStraight()
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .whole()
        .forms(WalkForm.ON_SITE, WalkForm.CROSS_LINKED)
        .complex(Crossing.DEPARTMENT);
  }

  /**
   * Returns a walk of m on {@code date} that found one problem, solved the day after with measures
   * and a measured effect that matches it (windows 2 → 4, effect size 0.5): praiseworthy.
   */
  private static AnalysisFixtures.WalkSpec solvedOne(String id, LocalDate date) {
    return solvedOne(id, date, "2", "4");
  }

  /** As {@link #solvedOne(String, LocalDate)}, with the number of windows going from {@code before} to {@code after}. */
  private static AnalysisFixtures.WalkSpec solvedOne(String id, LocalDate date, String before, String after) {
    return walk(id, "m", "u", date)
        .finding(
            problem(id + "-f", FindingCategory.WAITING_CAPACITY, "办事窗口少，群众排队时间长", "u", date,
                fixedBuilder(date.plusDays(1)).addEffects(effect("办事窗口", before, after, "个")).build()));
  }

  @Test
  void of_wider_needsUnannouncedAsACitizenOrFourNoTwoStraight() {
    // as the code decides: unannounced and (四不两直 or as a citizen)
    Dataset d =
        oneUnit(
            List.of(
                solvedOne("citizen-unannounced", day(1, 2)).unannounced().role(Role.CITIZEN).build(),
                solvedOne("four-no-two-straight", day(1, 3)).fourNoTwoStraight().build(),
                solvedOne("leader-unannounced", day(1, 4)).unannounced().build(),
                solvedOne("citizen-announced", day(1, 5)).role(Role.CITIZEN).build()));

    assertThat(goodPractice(d).of(Theme.WIDER))
        .extracting(Exemplar::walkId)
        .containsExactly("citizen-unannounced", "four-no-two-straight");
  }

  @Test
  void of_deeper_isHandledAccompaniedStaffCrossLinkedOrAComplexOrCrossingMatter() {
    Dataset d =
        oneUnit(
            List.of(
                solvedOne("handled", day(1, 2)).approach(Approach.HANDLED).build(),
                solvedOne("accompanied", day(1, 3)).approach(Approach.ACCOMPANIED).build(),
                solvedOne("staff", day(1, 4)).role(Role.STAFF).build(),
                solvedOne("cross-linked", day(1, 5)).forms(WalkForm.CROSS_LINKED).build(),
                solvedOne("crossing", day(1, 6)).simpleCrossing(Crossing.REGION).build(),
                // a complex matter crossing nothing, experienced as a leader on site and online
                solvedOne("plain-complex", day(1, 7)).forms(WalkForm.ON_SITE, WalkForm.ONLINE).complex().build(),
                // neither: a simple matter crossing nothing, experienced as a leader on site and online
                solvedOne("plain-simple", day(1, 8)).forms(WalkForm.ON_SITE, WalkForm.ONLINE).build()));

    GoodPractice g = goodPractice(d);

    assertThat(g.of(Theme.DEEPER))
        .extracting(Exemplar::walkId)
        .containsExactlyInAnyOrder("handled", "accompanied", "staff", "cross-linked", "crossing", "plain-complex");
    assertThat(g.qualifying().get(Theme.DEEPER)).isEqualTo(6);
  }

  @Test
  void of_praise_needsMeasuresAndAMatchingMeasuredEffectOnASolvedFinding() {
    Dataset d =
        oneUnit(
            List.of(
                // measures, and a measured effect whose indicator holds the category's keyword 窗口
                walk("matching", "m", "u", day(1, 2))
                    .finding(
                        problem("f1", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(1, 2),
                            fixedBuilder(day(1, 3)).addEffects(effect("办事窗口", "2", "4", "个")).build()))
                    .build(),
                // an effect that has nothing to do with waiting (宣传册, 份): no keyword of waiting_capacity
                walk("mismatched", "m", "u", day(1, 3))
                    .finding(
                        problem("f2", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(1, 3),
                            fixedBuilder(day(1, 4)).addEffects(effect("宣传册", "0", "500", "份")).build()))
                    .build(),
                // a satisfied callback is not a measured effect
                walk("basically-satisfied", "m", "u", day(1, 4))
                    .finding(
                        problem("f3", FindingCategory.FOLLOW_UP, "无回访", "u", day(1, 4),
                            fixedBuilder(day(1, 5)).callback(callback(day(1, 6), CallbackResult.BASICALLY_SATISFIED)).build()))
                    .build(),
                // the matching effect is on the finding that is not solved; the solved one has none
                walk("effect-on-unsolved", "m", "u", day(1, 6))
                    .finding(
                        problem("f5", FindingCategory.OTHER, "问题", "u", day(1, 6), fixed(day(1, 7))),
                        problem("f6", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(1, 6),
                            Rectification.builder().mode(RectificationMode.IMMEDIATE).addEffects(effect("办事窗口", "2", "4", "个")).build()))
                    .build(),
                // a category with no effect keywords cannot be checked, so its measured effect does not
                // make the walk an example of good practice
                walk("unchecked-category", "m", "u", day(1, 7))
                    .finding(
                        problem("f7", FindingCategory.OTHER, "问题", "u", day(1, 7),
                            fixedBuilder(day(1, 8)).addEffects(effect("某指标", "1", "2", "项")).build()))
                    .build(),
                // a matching measured effect but no measure: what was done is not said
                walk("no-measures", "m", "u", day(1, 8))
                    .finding(
                        problem("f8", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(1, 8),
                            Rectification.builder()
                                .mode(RectificationMode.IMMEDIATE)
                                .rectifiedOn(day(1, 9))
                                .addEffects(effect("办事窗口", "2", "4", "个"))
                                .build()))
                    .build()));

    GoodPractice g = goodPractice(d);

    assertThat(g.of(Theme.SUBSTANTIVE))
        .extracting(Exemplar::walkId, Exemplar::measuredEffects)
        .containsExactly(tuple("matching", 1L));
    assertThat(g.of(Theme.SUBSTANTIVE).get(0).praisedFindingIds()).containsExactly("f1");
    assertThat(g.qualifying()).isEqualTo(qualifying(0, 0, 1));
  }

  @Test
  void of_trivialFinding_isNeverPraisedButItsSubstantiveLookAlikeIs() {
    // both in waiting_capacity with a measured effect on 等候 seats that matches the category; the
    // first is housekeeping (chairs not lined up), the second is a real problem about the same chairs
    Dataset d =
        oneUnit(
            List.of(
                walk("tidy", "m", "u", day(2, 2))
                    .unannounced()
                    .role(Role.CITIZEN)
                    .finding(
                        problem("f-tidy", FindingCategory.WAITING_CAPACITY, "Ａ区等候椅横竖不一，未成排对齐", "u", day(2, 2),
                            fixedBuilder(day(2, 3)).addEffects(effect("等候座椅", "0", "20", "把")).build()))
                    .build(),
                walk("seats", "m", "u", day(2, 4))
                    .unannounced()
                    .role(Role.CITIZEN)
                    .finding(
                        problem("f-seats", FindingCategory.WAITING_CAPACITY, "两个窗口之间的座椅被移走用于会议，等候群众只能站立排队", "u", day(2, 4),
                            fixedBuilder(day(2, 5)).addEffects(effect("等候座椅", "0", "20", "把")).build()))
                    .build()));

    Analysis analysis = WalkAnalytics.analyze(d);

    assertThat(analysis.depth().flags()).extracting(Flag::subject).contains("f-tidy").doesNotContain("f-seats");
    assertThat(analysis.goodPractice().exemplars()).extracting(Exemplar::walkId).containsOnly("seats");
    assertThat(analysis.goodPractice().qualifying()).isEqualTo(qualifying(1, 0, 1));
  }

  @Test
  void of_findingFlaggedForRectification_isNeverPraisedEvenIfSolved() {
    // both solved with measures and a matching effect; "late" only after its deadline (OVERDUE)
    Dataset d =
        oneUnit(
            List.of(
                walk("late", "m", "u", day(2, 2))
                    .finding(
                        problem("f-late", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(2, 2), scheduled(day(3, 1), day(3, 5))))
                    .build(),
                walk("in-time", "m", "u", day(2, 3))
                    .finding(
                        problem("f-in-time", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(2, 3), scheduled(day(3, 10), day(3, 5))))
                    .build()));

    Analysis analysis = WalkAnalytics.analyze(d);

    assertThat(analysis.rectification().flags(Judgment.OVERDUE)).extracting(Flag::subject).containsExactly("f-late");
    assertThat(analysis.goodPractice().exemplars()).extracting(Exemplar::walkId).containsOnly("in-time");
  }

  private static Rectification scheduled(LocalDate deadline, LocalDate rectifiedOn) {
    return Rectification.builder()
        .mode(RectificationMode.SCHEDULED)
        .deadline(deadline)
        .owner("张三")
        .startedOn(deadline.minusDays(20))
        .addMeasures("增设窗口")
        .addEffects(effect("办事窗口", "2", "4", "个"))
        .rectifiedOn(rectifiedOn)
        .build();
  }

  @Test
  void of_exemplars_rankedByEffectSizeComplexityCrossingIncognitoCountDateAndIdentifier() {
    Dataset d =
        oneUnit(
            List.of(
                // equal in all but date and id
                solvedOne("x3", day(2, 1)).build(),
                solvedOne("x1", day(2, 1)).build(),
                solvedOne("z9", day(1, 15)).build(),
                // two praiseworthy findings
                walk("two", "m", "u", day(3, 30))
                    .finding(
                        problem("two-1", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(3, 30),
                            fixedBuilder(day(3, 31)).addEffects(effect("办事窗口", "2", "4", "个")).build()),
                        problem("two-2", FindingCategory.WAITING_CAPACITY, "排队久", "u", day(3, 30),
                            fixedBuilder(day(3, 31)).addEffects(effect("排队时间", "20", "10", "分钟")).build()))
                    .build(),
                // as the citizen, unannounced
                solvedOne("incognito", day(3, 20)).unannounced().role(Role.CITIZEN).build(),
                // a matter crossing departments
                solvedOne("crossing", day(3, 21)).simpleCrossing(Crossing.DEPARTMENT).build(),
                // a complex matter, crossing nothing
                solvedOne("complex", day(3, 22)).complex().build(),
                // the largest effect (2 → 10, size 0.8) of all, on a plain walk
                solvedOne("large", day(3, 30), "2", "10").build()));

    assertThat(goodPractice(d).of(Theme.SUBSTANTIVE))
        .extracting(Exemplar::walkId)
        .containsExactly("large", "complex", "crossing", "incognito", "two", "z9", "x1", "x3");
  }

  @Test
  void effectSize_isTheLargestRelativeChangeOfTheFindingsEffects() {
    Finding f =
        problem("f", FindingCategory.WAITING_CAPACITY, "窗口少", "u", day(1, 1),
            fixedBuilder(day(1, 2))
                .addEffects(effect("办事窗口", "2", "4", "个"), effect("等候时间", "50", "10", "分钟"), effect("终端", "0", "0", "台"))
                .build());

    assertThat(GoodPractice.effectSize(f)).isEqualByComparingTo("0.8");
    assertThat(GoodPractice.effectSize(problem("g", FindingCategory.OTHER, "问题", "u", day(1, 1), fixed(day(1, 2)))))
        .isEqualByComparingTo("0");
  }

  @Test
  void of_manyQualifying_keepsTheStrongestButCountsThemAll() {
    // 65 walks from 1 Jan on, each solved one problem alike: equally strong, so the earliest are
    // kept; ids run against the dates (w199 on 1 Jan, w135 on 6 Mar) so that the date decides, not
    // the id. One later walk on 30 Mar with a larger effect is strongest.
    int many = GoodPractice.EXEMPLARS_PER_THEME + 5;
    List<Walk> walks = new ArrayList<>();
    for (int i = 0; i < many; i++) {
      walks.add(solvedOne("w" + (199 - i), day(1, 1).plusDays(i)).unannounced().role(Role.CITIZEN).build());
    }
    walks.add(solvedOne("best", day(3, 30), "2", "10").unannounced().role(Role.CITIZEN).build());

    GoodPractice g = goodPractice(oneUnit(walks));

    assertThat(g.qualifying()).isEqualTo(qualifying(many + 1, 0, many + 1));
    List<String> expected = new ArrayList<>();
    expected.add("best");
    for (int i = 0; i < GoodPractice.EXEMPLARS_PER_THEME - 1; i++) {
      expected.add("w" + (199 - i));
    }
    assertThat(g.of(Theme.WIDER)).extracting(Exemplar::walkId).containsExactlyElementsOf(expected);
    assertThat(g.of(Theme.SUBSTANTIVE)).extracting(Exemplar::walkId).containsExactlyElementsOf(expected);
    assertThat(g.of(Theme.DEEPER)).isEmpty();
  }

  @Test
  void of_emptyDataset_hasNoExemplarAndCountsEveryThemeAsZero() {
    GoodPractice g = goodPractice(Dataset.empty(AnalysisFixtures.Q1));

    assertThat(g.exemplars()).isEmpty();
    assertThat(g.qualifying()).isEqualTo(qualifying(0, 0, 0));
    assertThat(g.qualifying().keySet()).containsExactly(Theme.values());
  }
}
