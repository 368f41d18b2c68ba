package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.callback;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.county;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.day;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.department;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.effect;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixed;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixedBuilder;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.flag;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.member;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.only;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.point;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.problem;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.subjects;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetAssembler;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.RecordKind;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The issue's "examples to prove by hand": for each of the bulletin's four problem kinds and each
 * of its three good-practice themes, a small dataset run through {@link WalkAnalytics#analyze}, with
 * its figures and flags derived in the comments; then the edge cases.
 */
class WalkAnalyticsTest {
  private static final Optional<String> NONE = Optional.empty();

  private static Optional<String> detail(String s) {
    return Optional.of(s);
  }

  /** Returns a {@link Judgment#SAME_UNIT_CLUSTER} flag of {@code unit} as the analysis builds it. */
  private static Flag cluster(
      String unit, LocalDate first, LocalDate last, long pairs, long achievable, String expected, List<String> walks, List<String> members) {
    return Flag.of(Judgment.SAME_UNIT_CLUSTER, unit)
        .ownerUnitIds(ImmutableSortedSet.of(unit))
        .firstDay(first)
        .lastDay(last)
        .count(pairs)
        .achievable(achievable)
        .expected(new BigDecimal(expected))
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.of(unit))
        .build();
  }

  // =========================================================================== 1. 时间安排扎堆

  /**
   * Clustered scheduling: county c (a the principal, b, e) and department d (d1, its principal).
   *
   * <pre>
   * w1 a  Tue 14 Feb  hall P1, 办理营业执照
   * w2 b  Tue 14 Feb  hall P1, 办理社保卡: the same window on the same day, only another matter
   * w3 e  Wed 15 Feb  hall P2: one day after a and b
   * w4 a  Fri 10 Mar  hall P2: alone
   * w5 d1 Tue 14 Feb  hall P1: another unit at the same window on the same day
   * </pre>
   */
  private static Dataset clustered() {
    return dataset(
        List.of(county("c"), department("d")),
        List.of(member("a", "c", true), member("b", "c", false), member("e", "c", false), member("d1", "d", true)),
        List.of(
            walk("w1", "a", "c", day(2, 14)).at(point("P1", ServicePointKind.SERVICE_HALL)).matter("办理营业执照").build(),
            walk("w2", "b", "c", day(2, 14)).at(point("P1", ServicePointKind.SERVICE_HALL)).matter("办理社保卡").build(),
            walk("w3", "e", "c", day(2, 15)).at(point("P2", ServicePointKind.SERVICE_HALL)).build(),
            walk("w4", "a", "c", day(3, 10)).at(point("P2", ServicePointKind.SERVICE_HALL)).build(),
            walk("w5", "d1", "d", day(2, 14)).at(point("P1", ServicePointKind.SERVICE_HALL)).build()),
        List.of());
  }

  @Test
  void analyze_clusteredScheduling_countsPairsClustersAndSamePointGroups() {
    Analysis a = WalkAnalytics.analyze(clustered());
    Scheduling s = a.scheduling();

    // window 1 day. c's walks by date: a 14, b 14, e 15, a 10 Mar. Pairs of different leaders at
    // most a day apart: (w1 a, w2 b) the same day, (w1 a, w3 e) and (w2 b, w3 e) a day apart = 3;
    // w4 is 23 days from the others; d has one walk
    assertThat(s.windowDays()).isEqualTo(1);
    assertThat(s.walks()).isEqualTo(5);
    assertThat(s.conflictingPairs()).isEqualTo(3);
    assertThat(s.sameDayPairs()).isEqualTo(1);
    assertThat(s.nearbyPairs()).isEqualTo(2);
    // w1 w2 w3 are in a pair, w4 and w5 not
    assertThat(s.walksInConflict()).isEqualTo(Ratio.of(3, 5));
    // c: the run 14–15 Feb (w1 w2 w3, three leaders) is a run; 10 Mar (w4 alone) is not
    assertThat(s.sameUnitClusters()).isEqualTo(1);
    // Is it material? 2023-Q1 under the China calendar has D = 61 working days and N = 159 ordered
    // pairs of working days at most a day apart (see SchedulingTest). c has n = 4 walks: the fewest
    // achievable pairs are 0 (four working days more than a day apart exist), the expected
    // C(4,2)·159/61² = 954/3721 = 0.256… → 0.26. Avoidable 3 ≥ 2 and 3 ≥ 1.5 × 0.26: one flag for c,
    // its evidence the walks in conflict, from 14 to 15 Feb.
    assertThat(s.units().get("c").avoidablePairs()).isEqualTo(3);
    assertThat(s.unitsClustered()).isEqualTo(Ratio.of(1, 2));
    assertThat(only(a.flags(), Judgment.SAME_UNIT_CLUSTER))
        .containsExactly(cluster("c", day(2, 14), day(2, 15), 3, 0, "0.26", List.of("w1", "w2", "w3"), List.of("a", "b", "e")));
    assertThat(s.runs()).singleElement().satisfies(r -> {
      assertThat(r.unitId()).isEqualTo("c");
      assertThat(r.walkIds()).containsExactly("w1", "w2", "w3");
    });
    // P1 on 14 Feb: w1 (a) and w2 (b) of c — c's own same-point group, c's flag — and w5 (d1) of d:
    // leaders of two units at one window, an overlap for the office, not a flag of either
    assertThat(s.samePointSameDayGroups()).isEqualTo(1);
    assertThat(only(a.flags(), Judgment.SAME_POINT_SAME_DAY))
        .containsExactly(
            AnalysisFixtures.owned(
                    Flag.of(Judgment.SAME_POINT_SAME_DAY, "P1"), Judgment.SAME_POINT_SAME_DAY, detail("2023-02-14"),
                    List.of("a", "b"), List.of("c"))
                .count(2)
                .walkIds(ImmutableSortedSet.of("w1", "w2"))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ImmutableSortedSet.of("a", "b"))
                .unitIds(ImmutableSortedSet.of("c"))
                .build());
    assertThat(s.pointOverlaps()).singleElement().satisfies(o -> {
      assertThat(o.servicePointId()).isEqualTo("P1");
      assertThat(o.day()).isEqualTo(day(2, 14));
      assertThat(o.unitIds()).containsExactly("c", "d");
      assertThat(o.walkIds()).containsExactly("w1", "w2", "w5");
      assertThat(o.memberIds()).containsExactly("a", "b", "d1");
    });
    assertThat(a.flags()).noneMatch(f -> f.ownerUnitIds().contains("d")
        && (f.judgment() == Judgment.SAME_UNIT_CLUSTER || f.judgment() == Judgment.SAME_POINT_SAME_DAY));
  }

  @Test
  void analyze_clusteredScheduling_givesTheUnitsConcentrationAndTheCalendar() {
    Scheduling s = WalkAnalytics.analyze(clustered()).scheduling();

    UnitSchedule c = s.units().get("c");
    assertThat(c.walks()).isEqualTo(4);
    assertThat(c.conflictingPairs()).isEqualTo(3);
    assertThat(c.walksInConflict()).isEqualTo(Ratio.of(3, 4));
    assertThat(c.clusters()).isEqualTo(1);
    // days 14 Feb, 15 Feb, 10 Mar: 3 distinct days of 4 walks; 2 walks on 14 Feb
    assertThat(c.distinctDays()).isEqualTo(Ratio.of(3, 4));
    assertThat(c.largestSameDay()).isEqualTo(2);
    // weeks of Mon 13 Feb and Mon 6 Mar, of the 14 ISO weeks 2023-Q1 touches (26 Dec 2022 .. 27 Mar)
    assertThat(c.weekSpread()).isEqualTo(Ratio.of(2, 14));
    assertThat(s.units().get("d").conflictingPairs()).isZero();
    // the calendar: every day of the quarter (90), 3 walks on 14 Feb, 1 on 15 Feb and on 10 Mar
    assertThat(s.calendar()).hasSize(90);
    assertThat(s.calendar().get(day(2, 14))).isEqualTo(3);
    assertThat(s.calendar().get(day(2, 15))).isEqualTo(1);
    assertThat(s.calendar().get(day(3, 10))).isEqualTo(1);
    assertThat(s.calendar().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
  }

  @Test
  void analyze_policyWindowZero_countsOnlyTheSameDay() {
    // window 0: only (w1 a, w2 b) on 14 Feb is a pair. With the same day only, every one of the 61
    // working days can take a walk of its own: achievable 0, avoidable 1, below the default 2, so
    // c is not flagged; 14 Feb is still a run of two leaders, counted but not listed. The
    // same-point group does not depend on the window.
    Analysis a = WalkAnalytics.analyze(clustered(), Policy.defaults().withConflictWindowDays(0));

    assertThat(a.scheduling().windowDays()).isZero();
    assertThat(a.scheduling().conflictingPairs()).isEqualTo(1);
    assertThat(a.scheduling().sameDayPairs()).isEqualTo(1);
    assertThat(a.scheduling().walksInConflict()).isEqualTo(Ratio.of(2, 5));
    assertThat(a.scheduling().units().get("c").avoidablePairs()).isEqualTo(1);
    assertThat(a.scheduling().sameUnitClusters()).isEqualTo(1);
    assertThat(a.scheduling().runs()).isEmpty();
    assertThat(only(a.flags(), Judgment.SAME_UNIT_CLUSTER)).isEmpty();
    assertThat(a.scheduling().samePointSameDayGroups()).isEqualTo(1);
    assertThat(subjects(a.flags(), Judgment.SAME_POINT_SAME_DAY)).containsExactly("P1");
    assertThat(a.policy().conflictWindowDays()).isZero();

    // a policy for which one avoidable pair is material flags c for 14 Feb alone; expected
    // C(4,2)·61/61² = 6/61 = 0.098… → 0.10
    Analysis strict =
        WalkAnalytics.analyze(clustered(), Policy.defaults().withConflictWindowDays(0).withClusterMinAvoidablePairs(1));
    assertThat(only(strict.flags(), Judgment.SAME_UNIT_CLUSTER))
        .containsExactly(cluster("c", day(2, 14), day(2, 14), 1, 0, "0.10", List.of("w1", "w2"), List.of("a", "b")));
  }

  // =========================================================================== 2. 发现问题浮浅

  /**
   * Shallow findings: county s (s1 the principal, s2), all walks announced, as a leader, part of
   * the process.
   *
   * <pre>
   * w1 s1  9 Jan  simple   f1 facilities      "大厅卫生清扫不够彻底"           trivial: phrase 卫生清扫不够彻底
   * w2 s1 16 Jan  simple   f2 housekeeping    "灭火器摆放不规范"               trivial: category, and phrase
   * w3 s2  6 Feb  simple   f3 other           "未在醒目位置 张贴规章制度"       trivial: phrase, once the space is gone
   * w4 s2  6 Mar  complex, crossing departments
   *                        f4 materials_proofs "开办企业需在三个部门重复提交材料" substantive
   * </pre>
   */
  private static Dataset shallow() {
    return dataset(
        List.of(county("s")),
        List.of(member("s1", "s", true), member("s2", "s", false)),
        List.of(
            walk("w1", "s1", "s", day(1, 9))
                .finding(problem("f1", FindingCategory.FACILITIES, "大厅卫生清扫不够彻底", "s", day(1, 9)))
                .build(),
            walk("w2", "s1", "s", day(1, 16))
                .finding(problem("f2", FindingCategory.HOUSEKEEPING, "灭火器摆放不规范", "s", day(1, 16)))
                .build(),
            walk("w3", "s2", "s", day(2, 6))
                .finding(problem("f3", FindingCategory.OTHER, "未在醒目位置 张贴规章制度", "s", day(2, 6)))
                .build(),
            walk("w4", "s2", "s", day(3, 6))
                .complex(Crossing.DEPARTMENT)
                .finding(problem("f4", FindingCategory.MATERIALS_PROOFS, "开办企业需在三个部门重复提交材料", "s", day(3, 6)))
                .build()),
        List.of());
  }

  @Test
  void analyze_shallowFindings_countsSimpleMattersAndTrivialProblems() {
    Analysis a = WalkAnalytics.analyze(shallow());
    Depth d = a.depth();

    // one complex walk (w4) of 4, which is also the only one crossing a boundary (departments)
    assertThat(d.complexWalks()).isEqualTo(Ratio.of(1, 4));
    assertThat(d.crossingWalks()).isEqualTo(Ratio.of(1, 4));
    assertThat(d.crossings().count(Crossing.DEPARTMENT)).isEqualTo(1);
    assertThat(d.crossings().count(Crossing.REGION)).isZero();
    // 4 problems on 4 walks; f1 f2 f3 trivial
    assertThat(d.findingsPerWalk()).isEqualTo(1.0);
    assertThat(d.trivialFindings()).isEqualTo(Ratio.of(3, 4));
    assertThat(d.trivialByUnit()).containsExactly(Map.entry("s", Ratio.of(3, 4)));
    // s1: f1 f2 of f1 f2; s2: f3 of f3 f4
    assertThat(d.trivialByLeader()).containsExactly(Map.entry("s1", Ratio.of(2, 2)), Map.entry("s2", Ratio.of(1, 2)));
  }

  @Test
  void analyze_shallowFindings_flagsEachTrivialProblemByTheRuleThatMatched() {
    Analysis a = WalkAnalytics.analyze(shallow());

    assertThat(only(a.flags(), Judgment.TRIVIAL_CATEGORY))
        .containsExactly(
            flag(Judgment.TRIVIAL_CATEGORY, "f2", detail("housekeeping"), List.of("w2"), List.of("f2"), List.of("s1"), List.of("s")));
    assertThat(only(a.flags(), Judgment.TRIVIAL_PHRASE))
        .containsExactly(
            flag(Judgment.TRIVIAL_PHRASE, "f1", detail("卫生清扫不够彻底"), List.of("w1"), List.of("f1"), List.of("s1"), List.of("s")),
            flag(Judgment.TRIVIAL_PHRASE, "f2", detail("灭火器摆放不规范"), List.of("w2"), List.of("f2"), List.of("s1"), List.of("s")),
            flag(Judgment.TRIVIAL_PHRASE, "f3", detail("未在醒目位置张贴规章制度"), List.of("w3"), List.of("f3"), List.of("s2"), List.of("s")));
    // s1's walks (w1 w2) were all announced, part of the process and simple: shallow; s2's w4 was not
    assertThat(a.accountability().shallowWalks()).isEqualTo(Ratio.of(3, 4));
    assertThat(subjects(a.flags(), Judgment.ALL_WALKS_SHALLOW)).containsExactly("s1");
    // the scorecard: deep w4 of 4; substantive (a non-trivial problem found) w4 of 4
    UnitScore s = a.scorecard().unit("s").orElseThrow();
    assertThat(s.components().get(ScoreComponent.DEPTH)).isEqualTo(Ratio.of(1, 4));
    assertThat(s.components().get(ScoreComponent.SUBSTANCE)).isEqualTo(Ratio.of(1, 4));
  }

  @Test
  void analyze_policyWithAnExtraTrivialPhrase_makesThatProblemTrivial() {
    // f4 "开办企业需在三个部门重复提交材料" is substantive by default; add the phrase 重复提交材料
    // (an office that extends the lexicon so: the default exclusions, 提交 and 材料 among them, would
    // veto the phrase, so this office also drops the exclusions)
    TrivialLexicon lexicon =
        Policy.defaults().trivialLexicon().plus(TrivialLexicon.builder().addPhrases("重复提交材料").build()).withExclusions(List.of());
    Analysis a = WalkAnalytics.analyze(shallow(), Policy.defaults().withTrivialLexicon(lexicon));

    // now 4 of 4 trivial, with a TRIVIAL_PHRASE flag naming the new phrase
    assertThat(a.depth().trivialFindings()).isEqualTo(Ratio.of(4, 4));
    assertThat(only(a.flags(), Judgment.TRIVIAL_PHRASE))
        .extracting(Flag::subject, Flag::words)
        .contains(tuple("f4", List.of("重复提交材料")));
    // no walk found a substantive problem: substance 1 of 4 → 0 of 4 (weight 15) and findings not
    // trivial 1 of 4 → 0 of 4 (weight 10); rectification over the problems not trivial was 0 of 1
    // (f4 open) and is now 0 of 0, both 0: the default-weighted score drops by
    // 15 × 1/4 + 10 × 1/4 = 6.25 points
    UnitScore before = WalkAnalytics.analyze(shallow()).scorecard().unit("s").orElseThrow();
    UnitScore after = a.scorecard().unit("s").orElseThrow();
    assertThat(after.components().get(ScoreComponent.SUBSTANCE)).isEqualTo(Ratio.of(0, 4));
    assertThat(before.score().subtract(after.score())).isEqualByComparingTo("6.25");
  }

  // =========================================================================== 3. 体验事项单一

  /**
   * Narrow modes: county n (n1 the principal, n2) walked only on site and between internal offices,
   * announced, openly as leaders, part of the process; department o (o1) walked once online.
   *
   * <pre>
   * w1 n1 10 Jan  on site
   * w2 n1  7 Feb  on site and internal
   * w3 n2 20 Feb  internal
   * w4 n2 14 Mar  on site
   * w5 o1  1 Mar  online, at an online platform, as a citizen, unannounced, the whole process
   * </pre>
   */
  private static Dataset narrow() {
    return dataset(
        List.of(county("n"), department("o")),
        List.of(member("n1", "n", true), member("n2", "n", false), member("o1", "o", true)),
        List.of(
            walk("w1", "n1", "n", day(1, 10)).build(),
            walk("w2", "n1", "n", day(2, 7)).forms(WalkForm.ON_SITE, WalkForm.INTERNAL).build(),
            walk("w3", "n2", "n", day(2, 20)).forms(WalkForm.INTERNAL).build(),
            walk("w4", "n2", "n", day(3, 14)).build(),
            walk("w5", "o1", "o", day(3, 1))
                .at(point("P-net", ServicePointKind.ONLINE_PLATFORM))
                .forms(WalkForm.ONLINE)
                .role(Role.CITIZEN)
                .unannounced()
                .whole()
                .build()),
        List.of());
  }

  @Test
  void analyze_narrowModes_givesTheDistributionsAndTheSharesAskedFor() {
    Modes m = WalkAnalytics.analyze(narrow()).modes();

    // forms, a walk once per form: on site w1 w2 w4 = 3, internal w2 w3 = 2, online w5 = 1
    assertThat(m.forms().count(WalkForm.ON_SITE)).isEqualTo(3);
    assertThat(m.forms().count(WalkForm.INTERNAL)).isEqualTo(2);
    assertThat(m.forms().count(WalkForm.ONLINE)).isEqualTo(1);
    assertThat(m.forms().records()).isEqualTo(5);
    // the modes asked for, each of 5 walks: only w5 is online, as a citizen, unannounced, whole
    assertThat(m.onlineWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(m.citizenWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(m.unannouncedWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(m.wholeProcessWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(m.grassrootsWalks()).isEqualTo(Ratio.of(0, 5));
    assertThat(m.crossLinkedWalks()).isEqualTo(Ratio.of(0, 5));
    assertThat(m.fourNoTwoStraightWalks()).isEqualTo(Ratio.of(0, 5));
    // n's forms: on site 3, internal 2 of 5 counts: -(0.6 ln 0.6 + 0.4 ln 0.4) / ln 5 ≈ 0.4182;
    // o used one form only: 0
    assertThat(m.diversityByUnit().get("n"))
        .isCloseTo(-(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4)) / Math.log(5), within(1e-12));
    assertThat(m.diversityByUnit().get("o")).isZero();
  }

  @Test
  void analyze_narrowModes_flagsTheUnitWithNarrowModesAndTheShallowLeaders() {
    Analysis a = WalkAnalytics.analyze(narrow());

    assertThat(only(a.flags(), Judgment.NO_ONLINE_WALK))
        .containsExactly(
            flag(Judgment.NO_ONLINE_WALK, "n", NONE, List.of("w1", "w2", "w3", "w4"), List.of(), List.of("n1", "n2"), List.of("n")));
    // n's 4 walks (at least 3: judged) were all announced, as leaders, part of the process, of
    // simple matters, neither to the grassroots nor crossing: one flag per missing mode, and simple
    // matters only; o, with one walk, is not judged (though its walk had no grassroots or crossing)
    for (Judgment j :
        List.of(
            Judgment.NO_UNANNOUNCED_WALK,
            Judgment.NO_ORDINARY_ROLE_WALK,
            Judgment.NO_WHOLE_PROCESS_WALK,
            Judgment.NO_GRASSROOTS_OR_CROSSING_WALK,
            Judgment.ONLY_SIMPLE_MATTERS)) {
      assertThat(only(a.flags(), j))
          .as(j.code())
          .containsExactly(flag(j, "n", NONE, List.of("w1", "w2", "w3", "w4"), List.of(), List.of("n1", "n2"), List.of("n")));
    }
    // every walk of n1 and n2 announced, part, simple; o1's was not
    assertThat(subjects(a.flags(), Judgment.ALL_WALKS_SHALLOW)).containsExactly("n1", "n2");
    // the scorecard's modes: n 0 of 6 × 4; o online + citizen + unannounced + whole = 4 of 6
    assertThat(a.scorecard().unit("n").orElseThrow().components().get(ScoreComponent.MODES)).isEqualTo(Ratio.of(0, 24));
    assertThat(a.scorecard().unit("o").orElseThrow().components().get(ScoreComponent.MODES)).isEqualTo(Ratio.of(4, 6));
  }

  // =========================================================================== 4. 整改效果敷衍

  /**
   * Perfunctory rectification and empty walks: county p (p1 the principal, p2, p3) and department q
   * (q1 the principal, q2). Every walk is unannounced, whole, on site, online and extended to the
   * grassroots, as an ordinary citizen, of a complex matter, so that it is neither shallow nor
   * narrow in any mode (p, with 4 walks, is judged on its modes and matters and draws no flag for
   * them); their days are weeks apart, so that nothing clusters.
   *
   * <pre>
   * w1 p2  5 Jan  f1 waiting_capacity "窗口少、排队时间长": marked rectified 6 Jan, no measure, no effect
   *               f2 approval_time "审批环节多": rectified 20 Jan with a measure, but its measured
   *                  effect 宣传材料 0 → 200 份 has no word of approval time
   * w2 p2  2 Feb  f3 facilities "候诊区座椅不足": scheduled, owner 后勤科, deadline 28 Feb, started
   *                  3 Feb, never rectified
   *               f4 safety_hazard "消防通道堵塞": scheduled, no deadline, no owner, open
   * w3 p3 16 Feb  nothing found (空走)
   * w4 p3  2 Mar  nothing found (空走)
   * w5 q1 20 Mar  f5 other "办事指南未更新": rectified 21 Mar, with a measure and an effect note
   * p1 (p's principal) and q2 did not walk.
   * </pre>
   */
  private static Dataset perfunctory() {
    return dataset(
        List.of(county("p"), department("q")),
        List.of(
            member("p1", "p", true),
            member("p2", "p", false),
            member("p3", "p", false),
            member("q1", "q", true),
            member("q2", "q", false)),
        List.of(
            real(walk("w1", "p2", "p", day(1, 5)))
                .finding(
                    problem("f1", FindingCategory.WAITING_CAPACITY, "窗口少、排队时间长", "p", day(1, 5),
                        Rectification.builder().mode(RectificationMode.IMMEDIATE).rectifiedOn(day(1, 6)).build()),
                    problem("f2", FindingCategory.APPROVAL_TIME, "审批环节多", "p", day(1, 5),
                        Rectification.builder()
                            .mode(RectificationMode.IMMEDIATE)
                            .addMeasures("精简审批环节")
                            .addEffects(effect("宣传材料", "0", "200", "份"))
                            .rectifiedOn(day(1, 20))
                            .build()))
                .build(),
            real(walk("w2", "p2", "p", day(2, 2)))
                .finding(
                    problem("f3", FindingCategory.FACILITIES, "候诊区座椅不足", "p", day(2, 2),
                        Rectification.builder()
                            .mode(RectificationMode.SCHEDULED)
                            .owner("后勤科")
                            .deadline(day(2, 28))
                            .startedOn(day(2, 3))
                            .build()),
                    problem("f4", FindingCategory.SAFETY_HAZARD, "消防通道堵塞", "p", day(2, 2),
                        Rectification.builder().mode(RectificationMode.SCHEDULED).build()))
                .build(),
            real(walk("w3", "p3", "p", day(2, 16))).build(),
            real(walk("w4", "p3", "p", day(3, 2))).build(),
            real(walk("w5", "q1", "q", day(3, 20)))
                .finding(problem("f5", FindingCategory.OTHER, "办事指南未更新", "q", day(3, 20), fixed(day(3, 21))))
                .build()),
        List.of());
  }

  /**
   * Makes a walk unannounced, whole, online and to the grassroots as well as on site, as a citizen,
   * of a complex matter: not shallow, and lacking no mode a unit is judged on.
   */
  private static AnalysisFixtures.WalkSpec real(AnalysisFixtures.WalkSpec w) {
    return w.unannounced()
        .whole()
        .forms(WalkForm.ON_SITE, WalkForm.ONLINE, WalkForm.GRASSROOTS)
        .role(Role.CITIZEN)
        .complex();
  }

  @Test
  void analyze_perfunctoryRectification_countsEveryFigure() {
    Analysis a = WalkAnalytics.analyze(perfunctory());
    RectificationQuality r = a.rectification();

    // solved by 31 Mar: f1 (6 Jan), f2 (20 Jan), f5 (21 Mar) of f1..f5
    assertThat(r.solved()).isEqualTo(Ratio.of(3, 5));
    assertThat(a.participation().solvedOnWalks()).isEqualTo(Ratio.of(3, 5));
    // of the 3 solved: f1 has no measure; f1 has no effect (f2 a measured one, f5 a note)
    assertThat(r.withoutMeasures()).isEqualTo(Ratio.of(1, 3));
    assertThat(r.withoutEffect()).isEqualTo(Ratio.of(1, 3));
    // only f2 has measured effects, and they do not match
    assertThat(r.effectMismatch()).isEqualTo(Ratio.of(1, 1));
    // only f3 has a deadline before 31 Mar; it was not rectified by it and is still open
    assertThat(r.overdue()).isEqualTo(Ratio.of(1, 1));
    assertThat(r.openPastDeadline()).isEqualTo(Ratio.of(1, 1));
    // scheduled: f3 and f4; f4 has neither a deadline nor an owner
    assertThat(r.scheduledWithoutDeadline()).isEqualTo(Ratio.of(1, 2));
    assertThat(r.scheduledWithoutOwner()).isEqualTo(Ratio.of(1, 2));
    // empty walks w3 w4 of 5; p2 p3 q1 walked, p1 q2 did not; p3's walks were all empty;
    // p's principal did not walk; f3 and f4 are open
    Accountability acc = a.accountability();
    assertThat(acc.emptyWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(acc.membersWalked()).isEqualTo(Ratio.of(3, 5));
    assertThat(acc.membersDidNotWalk()).isEqualTo(Ratio.of(2, 5));
    assertThat(acc.leadersAllWalksEmpty()).isEqualTo(Ratio.of(1, 3));
    assertThat(acc.unitsPrincipalDidNotWalk()).isEqualTo(Ratio.of(1, 2));
    assertThat(acc.openProblems()).isEqualTo(2);
    // p's rectification component: f1 and f2 were solved, but perfunctorily (f1 without measures or
    // effect, f2 with a mismatched effect), so none of f1..f4 counts: 0 of 4
    assertThat(a.scorecard().unit("p").orElseThrow().components().get(ScoreComponent.RECTIFICATION)).isEqualTo(Ratio.of(0, 4));
  }

  @Test
  void analyze_perfunctoryRectification_flagsEveryJudgmentWithItsEvidenceAndNothingElse() {
    Analysis a = WalkAnalytics.analyze(perfunctory());

    // every flag of the analysis, in judgment order, then by subject
    assertThat(a.flags())
        .containsExactly(
            flag(Judgment.EMPTY_WALK, "w3", NONE, List.of("w3"), List.of(), List.of("p3"), List.of("p")),
            flag(Judgment.EMPTY_WALK, "w4", NONE, List.of("w4"), List.of(), List.of("p3"), List.of("p")),
            flag(Judgment.ALL_WALKS_EMPTY, "p3", NONE, List.of("w3", "w4"), List.of(), List.of("p3"), List.of("p")),
            flag(Judgment.DID_NOT_WALK, "p1", NONE, List.of(), List.of(), List.of("p1"), List.of("p")),
            flag(Judgment.DID_NOT_WALK, "q2", NONE, List.of(), List.of(), List.of("q2"), List.of("q")),
            flag(Judgment.PRINCIPAL_DID_NOT_WALK, "p", NONE, List.of(), List.of(), List.of("p1"), List.of("p")),
            flag(Judgment.RECTIFIED_WITHOUT_MEASURES, "f1", NONE, List.of("w1"), List.of("f1"), List.of("p2"), List.of("p")),
            flag(Judgment.RECTIFIED_WITHOUT_EFFECT, "f1", NONE, List.of("w1"), List.of("f1"), List.of("p2"), List.of("p")),
            flag(Judgment.EFFECT_MISMATCH, "f2", detail("宣传材料"), List.of("w1"), List.of("f2"), List.of("p2"), List.of("p")),
            flag(Judgment.OVERDUE, "f3", detail("2023-02-28"), List.of("w2"), List.of("f3"), List.of("p2"), List.of("p")),
            flag(Judgment.SCHEDULED_WITHOUT_DEADLINE, "f4", NONE, List.of("w2"), List.of("f4"), List.of("p2"), List.of("p")),
            flag(Judgment.SCHEDULED_WITHOUT_OWNER, "f4", NONE, List.of("w2"), List.of("f4"), List.of("p2"), List.of("p")));
  }

  @Test
  void analyze_referenceDate_changesSolvedAndOverdue() {
    // county r, one leader r1. f1: deadline 15 Mar, rectified late on 5 Apr; f2: deadline 10 Apr,
    // open; f3: no deadline, rectified 20 Mar.
    Dataset d =
        dataset(
            List.of(county("r")),
            List.of(member("r1", "r", true)),
            List.of(
                walk("w1", "r1", "r", day(3, 1))
                    .finding(
                        problem("f1", FindingCategory.OTHER, "问题一", "r", day(3, 1),
                            fixedBuilder(day(4, 5)).deadline(day(3, 15)).build()),
                        problem("f2", FindingCategory.OTHER, "问题二", "r", day(3, 1),
                            Rectification.builder().mode(RectificationMode.SCHEDULED).owner("张三").deadline(day(4, 10)).build()),
                        problem("f3", FindingCategory.OTHER, "问题三", "r", day(3, 1), fixed(day(3, 20))))
                    .build()),
            List.of());

    // 10 Mar: nothing rectified yet, no deadline has passed
    Analysis march10 = WalkAnalytics.analyze(d, Policy.defaults(), day(3, 10));
    assertThat(march10.asOf()).isEqualTo(day(3, 10));
    assertThat(march10.participation().solvedOnWalks()).isEqualTo(Ratio.of(0, 3));
    assertThat(march10.rectification().overdue()).isEqualTo(Ratio.of(0, 0));
    assertThat(subjects(march10.flags(), Judgment.OVERDUE)).isEmpty();
    assertThat(march10.accountability().openProblems()).isEqualTo(3);
    // 31 Mar (the default): f3 solved; f1 past its deadline of 15 Mar and still open
    Analysis march31 = WalkAnalytics.analyze(d);
    assertThat(march31.asOf()).isEqualTo(day(3, 31));
    assertThat(march31.participation().solvedOnWalks()).isEqualTo(Ratio.of(1, 3));
    assertThat(march31.rectification().overdue()).isEqualTo(Ratio.of(1, 1));
    assertThat(march31.rectification().openPastDeadline()).isEqualTo(Ratio.of(1, 1));
    assertThat(subjects(march31.flags(), Judgment.OVERDUE)).containsExactly("f1");
    assertThat(march31.accountability().openProblems()).isEqualTo(2);
    // 30 Apr: f1 solved (late: still overdue, no longer open); f2's deadline of 10 Apr has passed
    Analysis april30 = WalkAnalytics.analyze(d, Policy.defaults(), LocalDate.of(2023, 4, 30));
    assertThat(april30.participation().solvedOnWalks()).isEqualTo(Ratio.of(2, 3));
    assertThat(april30.rectification().overdue()).isEqualTo(Ratio.of(2, 2));
    assertThat(april30.rectification().openPastDeadline()).isEqualTo(Ratio.of(1, 2));
    assertThat(subjects(april30.flags(), Judgment.OVERDUE)).containsExactly("f1", "f2");
    assertThat(april30.accountability().openProblems()).isEqualTo(1);
  }

  // =========================================================================== good practice

  /**
   * 走得更广: 桦南县 (county hn). hn1 walked the medical-insurance hall 四不两直 as a citizen on 6 Feb
   * and found too few windows (f1), rectified 8 Feb: windows 2 → 4 个, terminals 0 → 2 个. hn2
   * walked it announced as a leader on 20 Feb and found a missing sign (f2), rectified the next
   * day, with a note only.
   */
  @Test
  void analyze_widerTheme_picksTheUnannouncedWalkAsACitizen() {
    Dataset d =
        dataset(
            List.of(county("hn")),
            List.of(member("hn1", "hn", true), member("hn2", "hn", false)),
            List.of(
                walk("w1", "hn1", "hn", day(2, 6))
                    .fourNoTwoStraight()
                    .role(Role.CITIZEN)
                    .whole()
                    .finding(
                        problem("f1", FindingCategory.WAITING_CAPACITY, "医保窗口设置少、等待时间长", "hn", day(2, 6),
                            fixedBuilder(day(2, 8))
                                .addEffects(effect("医保办事窗口", "2", "4", "个"), effect("电子服务终端", "0", "2", "个"))
                                .build()))
                    .build(),
                walk("w2", "hn2", "hn", day(2, 20))
                    .finding(problem("f2", FindingCategory.OTHER, "缺少指引标识", "hn", day(2, 20), fixed(day(2, 21))))
                    .build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    // w1 is WIDER (四不两直 as a citizen) and SUBSTANTIVE (窗口 in the indicator); w2 neither
    assertThat(a.goodPractice().qualifying()).isEqualTo(Map.of(Theme.WIDER, 1L, Theme.DEEPER, 0L, Theme.SUBSTANTIVE, 1L));
    assertThat(a.goodPractice().of(Theme.WIDER)).extracting(Exemplar::walkId).containsExactly("w1");
    // the modes behind it: 1 of 2 walks unannounced, 四不两直, as a citizen
    assertThat(a.modes().unannouncedWalks()).isEqualTo(Ratio.of(1, 2));
    assertThat(a.modes().fourNoTwoStraightWalks()).isEqualTo(Ratio.of(1, 2));
    assertThat(a.modes().citizenWalks()).isEqualTo(Ratio.of(1, 2));
    // both problems solved; the one measured effect set matches
    assertThat(a.rectification().solved()).isEqualTo(Ratio.of(2, 2));
    assertThat(a.rectification().effectMismatch()).isEqualTo(Ratio.of(0, 1));
  }

  /**
   * 走得更深: 抚远市 (county fy) and 市科技局 (department kj). fy1 walked restaurants on 10 Feb as an
   * ordinary law-enforcement officer, cross-linked with other departments, and found gas hoses and
   * alarms installed wrongly (f1), rectified 1 Mar with measures and a note. kj1 accompanied an
   * enterprise through filing its R&D spend on 15 Feb (a matter crossing departments) and found it
   * under-reported (f2), rectified 20 Feb: R&D spend filed 5 → 50 万元.
   */
  @Test
  void analyze_deeperTheme_praisesOnlyAMeasuredEffect() {
    Dataset d =
        dataset(
            List.of(county("fy"), department("kj")),
            List.of(member("fy1", "fy", true), member("kj1", "kj", true)),
            List.of(
                walk("w1", "fy1", "fy", day(2, 10))
                    .at(point("P-canyin", ServicePointKind.OTHER))
                    .role(Role.STAFF)
                    .forms(WalkForm.ON_SITE, WalkForm.CROSS_LINKED)
                    .finding(problem("f1", FindingCategory.SAFETY_HAZARD, "商户私接软管、燃气报警器安装不正确", "fy", day(2, 10), fixed(day(3, 1))))
                    .build(),
                walk("w2", "kj1", "kj", day(2, 15))
                    .at(point("P-qiye", ServicePointKind.ENTERPRISE))
                    .approach(Approach.ACCOMPANIED)
                    .simpleCrossing(Crossing.DEPARTMENT)
                    .finding(
                        problem("f2", FindingCategory.ENTERPRISE_SERVICE, "研发投入归集范围理解不准确", "kj", day(2, 15),
                            fixedBuilder(day(2, 20)).addEffects(effect("研发经费归集金额", "5", "50", "万元")).build()))
                    .build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    // both walked DEEPER, but only w2 can be praised: w1's rectification measured nothing (a note
    // only); w2's measured effect matches (经费 is a keyword), so it is SUBSTANTIVE too
    assertThat(a.goodPractice().qualifying()).isEqualTo(Map.of(Theme.WIDER, 0L, Theme.DEEPER, 1L, Theme.SUBSTANTIVE, 1L));
    assertThat(a.goodPractice().of(Theme.DEEPER)).extracting(Exemplar::walkId).containsExactly("w2");
    // the figures behind it: 1 of 2 cross-linked, as staff, accompanied; 1 of 2 with a matter
    // crossing departments; both cross into another unit's work, w1 by its form, w2 by its matter
    assertThat(a.modes().crossLinkedWalks()).isEqualTo(Ratio.of(1, 2));
    assertThat(a.modes().roles().count(Role.STAFF)).isEqualTo(1);
    assertThat(a.modes().approaches().count(Approach.ACCOMPANIED)).isEqualTo(1);
    assertThat(a.depth().crossings().count(Crossing.DEPARTMENT)).isEqualTo(1);
    assertThat(a.depth().crossingWalks()).isEqualTo(Ratio.of(2, 2));
  }

  /**
   * 走得更实: 同江市 (county tj), 市卫健委 (department wj) and 市教育局 (department jy).
   *
   * <pre>
   * w1 tj1  6 Mar  the 12345 hotline; f1 follow_up: tickets never followed up; rectified 10 Mar,
   *                the citizen called back 12 Mar: satisfied                          (callback)
   * w2 wj1  8 Mar  the tumour hospital, as a citizen; f2 facilities: too few seats; rectified
   *                15 Mar: 候诊区座椅 0 → 20 个 (座椅 is a facilities keyword)            (measured)
   * w3 jy1 13 Mar  schools; f3 facilities: old, leaking windows; rectified 27 Mar: 修缮资金
   *                0 → 50 万元 (修缮 and 元 are facilities keywords)                      (measured)
   * </pre>
   */
  @Test
  void analyze_substantiveTheme_picksMeasuredEffectsNotCallbacks() {
    Dataset d =
        dataset(
            List.of(county("tj"), department("wj"), department("jy")),
            List.of(member("tj1", "tj", true), member("wj1", "wj", true), member("jy1", "jy", true)),
            List.of(
                walk("w1", "tj1", "tj", day(3, 6))
                    .at(point("P-12345", ServicePointKind.HOTLINE))
                    .finding(
                        problem("f1", FindingCategory.FOLLOW_UP, "承接工单缺少跟踪反馈", "tj", day(3, 6),
                            fixedBuilder(day(3, 10)).callback(callback(day(3, 12), CallbackResult.SATISFIED)).build()))
                    .build(),
                walk("w2", "wj1", "wj", day(3, 8))
                    .at(point("P-hospital", ServicePointKind.HOSPITAL))
                    .role(Role.CITIZEN)
                    .finding(
                        problem("f2", FindingCategory.FACILITIES, "候诊区等候座椅较少", "wj", day(3, 8),
                            fixedBuilder(day(3, 15)).addEffects(effect("候诊区座椅", "0", "20", "个")).build()))
                    .build(),
                walk("w3", "jy1", "jy", day(3, 13))
                    .at(point("P-school", ServicePointKind.SCHOOL))
                    .finding(
                        problem("f3", FindingCategory.FACILITIES, "塑钢窗年久失修、漏风严重", "jy", day(3, 13),
                            fixedBuilder(day(3, 27)).addEffects(effect("修缮资金", "0", "50", "万元")).build()))
                    .build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    // w2 and w3 SUBSTANTIVE (a measured effect each, both of size 1.0; w2 as a citizen before w3 as
    // a leader); w1 is not praised: a satisfied callback is not a measured effect
    assertThat(a.goodPractice().qualifying()).isEqualTo(Map.of(Theme.WIDER, 0L, Theme.DEEPER, 0L, Theme.SUBSTANTIVE, 2L));
    assertThat(a.goodPractice().of(Theme.SUBSTANTIVE)).extracting(Exemplar::walkId).containsExactly("w2", "w3");
    // the figures behind it: all 3 solved; 1 called back of 3, satisfied; both measured sets match
    assertThat(a.rectification().solved()).isEqualTo(Ratio.of(3, 3));
    assertThat(a.rectification().callbacks()).isEqualTo(Ratio.of(1, 3));
    assertThat(a.rectification().callbackResults().count(CallbackResult.SATISFIED)).isEqualTo(1);
    assertThat(a.rectification().effectMismatch()).isEqualTo(Ratio.of(0, 2));
    // days to rectify: 4 (6 → 10 Mar), 7 (8 → 15 Mar), 14 (13 → 27 Mar): median 7, p90 14
    assertThat(a.rectification().medianDaysToRectify()).contains(7L);
    assertThat(a.rectification().p90DaysToRectify()).contains(14L);
    assertThat(a.flags()).filteredOn(f -> f.judgment() == Judgment.EFFECT_MISMATCH).isEmpty();
  }

  // =========================================================================== edge cases

  @Test
  void analyze_emptyPeriod_givesZerosEverywhereAndNoFlag() {
    Analysis a = WalkAnalytics.analyze(Dataset.empty(Q1));

    assertThat(a.period()).isEqualTo(Q1);
    assertThat(a.asOf()).isEqualTo(day(3, 31));
    assertThat(a.policy()).isEqualTo(Policy.defaults());
    assertThat(a.participation().walks()).isZero();
    assertThat(a.participation().membersWalked()).isEqualTo(Ratio.zero());
    assertThat(a.participation().countiesWalked()).isEqualTo(Ratio.zero());
    assertThat(a.scheduling().calendar()).hasSize(90).allSatisfy((day, n) -> assertThat(n).isZero());
    assertThat(a.scheduling().walksInConflict()).isEqualTo(Ratio.zero());
    assertThat(a.depth().findingsPerWalk()).isZero();
    assertThat(a.depth().trivialFindings()).isEqualTo(Ratio.zero());
    assertThat(a.modes().onlineWalks()).isEqualTo(Ratio.zero());
    assertThat(a.rectification().solved()).isEqualTo(Ratio.zero());
    assertThat(a.rectification().medianDaysToRectify()).isEmpty();
    assertThat(a.accountability().emptyWalks()).isEqualTo(Ratio.zero());
    assertThat(a.accountability().openProblems()).isZero();
    assertThat(a.goodPractice().exemplars()).isEmpty();
    assertThat(a.goodPractice().qualifying()).isEqualTo(Map.of(Theme.WIDER, 0L, Theme.DEEPER, 0L, Theme.SUBSTANTIVE, 0L));
    assertThat(a.scorecard().ranking()).isEmpty();
    assertThat(a.flags()).isEmpty();
  }

  @Test
  void analyze_unitWithOneLeader_neverConflictsWithItself() {
    // department solo, whose only member is its principal: two walks on 1 Feb at the same hall,
    // the first empty, the second finding f1, solved the next day
    Dataset d =
        dataset(
            List.of(department("solo")),
            List.of(member("only", "solo", true)),
            List.of(
                walk("w1", "only", "solo", day(2, 1)).build(),
                walk("w2", "only", "solo", day(2, 1))
                    .finding(problem("f1", FindingCategory.WAITING_CAPACITY, "窗口少", "solo", day(2, 1), fixed(day(2, 2))))
                    .build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    // one leader: no pair, no cluster, no same-point group, though two walks on one day at one hall
    assertThat(a.scheduling().conflictingPairs()).isZero();
    assertThat(a.scheduling().units().get("solo").largestSameDay()).isEqualTo(2);
    assertThat(a.flags()).noneMatch(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER || f.judgment() == Judgment.SAME_POINT_SAME_DAY);
    // the team walked in full, its principal included
    assertThat(a.participation().membersWalked()).isEqualTo(Ratio.of(1, 1));
    assertThat(a.accountability().units().get("solo").principalsWalked()).isEqualTo(Ratio.of(1, 1));
    assertThat(subjects(a.flags(), Judgment.DID_NOT_WALK)).isEmpty();
    assertThat(subjects(a.flags(), Judgment.PRINCIPAL_DID_NOT_WALK)).isEmpty();
    // w1 was empty, but not every walk of the leader was
    assertThat(subjects(a.flags(), Judgment.EMPTY_WALK)).containsExactly("w1");
    assertThat(subjects(a.flags(), Judgment.ALL_WALKS_EMPTY)).isEmpty();
    UnitScore s = a.scorecard().unit("solo").orElseThrow();
    assertThat(s.components().get(ScoreComponent.PARTICIPATION)).isEqualTo(Ratio.of(1, 1));
    assertThat(s.components().get(ScoreComponent.PRINCIPAL)).isEqualTo(Ratio.of(1, 1));
    assertThat(s.rank()).isEqualTo(1);
  }

  @Test
  void analyze_walksOnTheFirstAndLastDayOfThePeriod_areCountedOnThoseDays() {
    // county f: f1 walks on Sun 1 Jan, f2 on Fri 31 Mar; f2's finding is rectified the same day;
    // f1's finding has a deadline of 31 Mar and is open
    Dataset d =
        dataset(
            List.of(county("f")),
            List.of(member("f1", "f", true), member("f2", "f", false)),
            List.of(
                walk("first", "f1", "f", day(1, 1))
                    .finding(
                        problem("g1", FindingCategory.OTHER, "问题", "f", day(1, 1),
                            Rectification.builder().mode(RectificationMode.SCHEDULED).owner("张三").deadline(day(3, 31)).build()))
                    .build(),
                walk("last", "f2", "f", day(3, 31))
                    .finding(problem("g2", FindingCategory.OTHER, "问题", "f", day(3, 31), fixed(day(3, 31))))
                    .build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    assertThat(a.scheduling().calendar().firstEntry()).isEqualTo(Map.entry(day(1, 1), 1L));
    assertThat(a.scheduling().calendar().lastEntry()).isEqualTo(Map.entry(day(3, 31), 1L));
    // 89 days apart: no conflict; the weeks of Mon 26 Dec 2022 and Mon 27 Mar, the first and the
    // last of the 14 the quarter touches
    assertThat(a.scheduling().conflictingPairs()).isZero();
    assertThat(a.scheduling().units().get("f").weekSpread()).isEqualTo(Ratio.of(2, 14));
    // g2, rectified on the reference date itself, is solved, in 0 days
    assertThat(a.participation().solvedOnWalks()).isEqualTo(Ratio.of(1, 2));
    assertThat(a.rectification().daysToRectify()).containsExactly(Map.entry(0L, 1L));
    // g1's deadline is the reference date: not overdue yet; it is the day after
    assertThat(subjects(a.flags(), Judgment.OVERDUE)).isEmpty();
    assertThat(subjects(WalkAnalytics.analyze(d, Policy.defaults(), LocalDate.of(2023, 4, 1)).flags(), Judgment.OVERDUE))
        .containsExactly("g1");
  }

  @Test
  void analyze_twentyNinthOfFebruary_isADayLikeAnyOther() {
    // 2024-Q1 (a leap year, 91 days). County l: l1 walks Wed 28 Feb and Fri 1 Mar, l2 Thu 29 Feb.
    // l1's finding of 28 Feb is rectified on 1 Mar: 2 days, across 29 Feb.
    Period q1 = Period.ofQuarter(2024, 1);
    Dataset d =
        dataset(
            q1,
            List.of(county("l")),
            List.of(member("l1", "l", true), member("l2", "l", false)),
            List.of(
                walk("w1", "l1", "l", LocalDate.of(2024, 2, 28))
                    .finding(problem("f1", FindingCategory.OTHER, "问题", "l", LocalDate.of(2024, 2, 28), fixed(LocalDate.of(2024, 3, 1))))
                    .build(),
                walk("w2", "l2", "l", LocalDate.of(2024, 2, 29)).build(),
                walk("w3", "l1", "l", LocalDate.of(2024, 3, 1)).build()),
            List.of());

    Analysis a = WalkAnalytics.analyze(d);

    assertThat(a.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(a.scheduling().calendar()).hasSize(91).containsEntry(LocalDate.of(2024, 2, 29), 1L);
    // pairs at most a day apart, of different leaders: (w1 28, w2 29) and (w2 29, w3 1 Mar) = 2.
    // 2024-Q1 under the China calendar: 61 working days, 49 pairs of them a day apart (N = 159,
    // see SchedulingTest); n = 3: achievable 0, expected 3·159/3721 = 0.128… → 0.13; avoidable 2:
    // flagged, across 29 Feb
    assertThat(a.scheduling().conflictingPairs()).isEqualTo(2);
    assertThat(a.scheduling().workingDays()).isEqualTo(61);
    assertThat(only(a.flags(), Judgment.SAME_UNIT_CLUSTER))
        .containsExactly(
            cluster("l", LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), 2, 0, "0.13",
                List.of("w1", "w2", "w3"), List.of("l1", "l2")));
    // all three in the ISO week of Mon 26 Feb, one of the 13 weeks of 2024-Q1 (1 Jan is a Monday)
    assertThat(a.scheduling().units().get("l").weekSpread()).isEqualTo(Ratio.of(1, 13));
    assertThat(a.rectification().daysToRectify()).containsExactly(Map.entry(2L, 1L));
  }

  @Test
  void analyze_leaderInTwoUnitsRosters_isKeptOnceAsAssembled() {
    // m1 sits on the teams of county u1 and department u2; the importer adds both roster entries.
    // The model keeps the first (u1) and rejects the second as a duplicate identifier; m1's walk
    // for u2 then names a leader who is not on u2's roster, and is rejected too.
    DatasetResult result =
        new DatasetAssembler()
            .period(Q1)
            .addUnit(county("u1"), "/roster/units/0")
            .addUnit(department("u2"), "/roster/units/1")
            .addMember(member("m1", "u1", true), "/roster/members/0")
            .addMember(member("m1", "u2", false), "/roster/members/1")
            .addMember(member("m2", "u2", true), "/roster/members/2")
            .addWalk(walk("w1", "m1", "u1", day(2, 1)).build(), "/walks/0")
            .addWalk(walk("w2", "m1", "u2", day(2, 2)).build(), "/walks/1")
            .addWalk(walk("w3", "m2", "u2", day(2, 3)).build(), "/walks/2")
            .assemble();

    assertThat(result.rejections()).hasSize(2);
    assertThat(result.rejections().get(0).kind()).isEqualTo(RecordKind.MEMBER);
    assertThat(result.rejections().get(0).location()).isEqualTo("/roster/members/1");
    assertThat(result.rejections().get(0).problems()).extracting(p -> p.rule()).contains(Rule.DUPLICATE_ID);
    assertThat(result.rejections().get(1).kind()).isEqualTo(RecordKind.WALK);
    assertThat(result.rejections().get(1).id()).contains("w2");
    assertThat(result.dataset().roster().members()).extracting(m -> m.id() + "@" + m.unitId()).containsExactly("m1@u1", "m2@u2");

    Analysis a = WalkAnalytics.analyze(result.dataset());

    // the person is counted once: 2 members, both walked once; u1 has m1, u2 has m2
    assertThat(a.participation().membersWalked()).isEqualTo(Ratio.of(2, 2));
    assertThat(a.participation().walks()).isEqualTo(2);
    assertThat(a.participation().walksByMember()).containsExactly(Map.entry("m1", 1L), Map.entry("m2", 1L));
    assertThat(a.participation().units().get("u1").members()).isEqualTo(Ratio.of(1, 1));
    assertThat(a.participation().units().get("u2").members()).isEqualTo(Ratio.of(1, 1));
    assertThat(subjects(a.flags(), Judgment.DID_NOT_WALK)).isEmpty();
  }

  @Test
  void analyze_defaultPolicyAndReferenceDate_areThoseOfTheLongerForms() {
    Dataset d = perfunctory();

    assertThat(WalkAnalytics.analyze(d)).isEqualTo(WalkAnalytics.analyze(d, Policy.defaults()));
    assertThat(WalkAnalytics.analyze(d)).isEqualTo(WalkAnalytics.analyze(d, Policy.defaults(), day(3, 31)));
    assertThat(WalkAnalytics.analyze(d)).isNotEqualTo(WalkAnalytics.analyze(d, Policy.defaults(), day(3, 30)));
  }

  @Test
  void analyze_policyWeights_reachTheScorecardOnly() {
    Policy policy = Policy.defaults().withWeights(Map.of(ScoreComponent.PARTICIPATION, BigDecimal.ONE));
    Analysis byDefault = WalkAnalytics.analyze(perfunctory());
    Analysis weighted = WalkAnalytics.analyze(perfunctory(), policy);

    // p: 2 of 3 members walked → 66.67; q: 1 of 2 → 50.00
    assertThat(weighted.scorecard().unit("p").orElseThrow().score()).isEqualTo(new BigDecimal("66.67"));
    assertThat(weighted.scorecard().unit("q").orElseThrow().score()).isEqualTo(new BigDecimal("50.00"));
    assertThat(weighted.flags()).isEqualTo(byDefault.flags());
    assertThat(weighted.rectification()).isEqualTo(byDefault.rectification());
  }
}
