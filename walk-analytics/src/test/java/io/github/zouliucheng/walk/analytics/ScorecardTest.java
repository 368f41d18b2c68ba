package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.county;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.day;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.department;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixed;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.member;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.problem;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static Scorecard scorecard(Dataset d, Policy policy) {
    Index index = new Index(d, policy, d.period().end());
    TrivialClassifier classifier = new TrivialClassifier(policy);
    java.util.Set<String> trivial =
        d.allFindings().filter(classifier::isTrivial).map(io.github.zouliucheng.walk.model.Finding::id).collect(java.util.stream.Collectors.toSet());
    // the perfunctory findings and clustered units as the analysis finds them
    RectificationQuality quality = RectificationQuality.of(index);
    java.util.Set<String> perfunctory = new java.util.HashSet<>();
    quality.flags().forEach(f -> {
      switch (f.judgment()) {
        case RECTIFIED_WITHOUT_MEASURES, RECTIFIED_WITHOUT_EFFECT, EFFECT_MISMATCH -> perfunctory.add(f.subject());
        default -> {}
      }
    });
    Scheduling scheduling = Scheduling.of(index);
    return Scorecard.of(
        index,
        Participation.of(index),
        trivial::contains,
        perfunctory::contains,
        id -> scheduling.units().get(id).clustered());
  }

  private static Scorecard scorecard(Dataset d) {
    return scorecard(d, Policy.defaults());
  }

  private static Map<ScoreComponent, Ratio> components(
      Ratio participation,
      Ratio principal,
      Ratio depth,
      Ratio modes,
      Ratio substance,
      Ratio rectification,
      Ratio scheduling,
      Ratio findings) {
    Map<ScoreComponent, Ratio> m = new EnumMap<>(ScoreComponent.class);
    m.put(ScoreComponent.PARTICIPATION, participation);
    m.put(ScoreComponent.PRINCIPAL, principal);
    m.put(ScoreComponent.DEPTH, depth);
    m.put(ScoreComponent.MODES, modes);
    m.put(ScoreComponent.SUBSTANCE, substance);
    m.put(ScoreComponent.RECTIFICATION, rectification);
    m.put(ScoreComponent.SCHEDULING, scheduling);
    m.put(ScoreComponent.FINDINGS, findings);
    return m;
  }

  private static Policy weights(Map<ScoreComponent, BigDecimal> weights) {
    return Policy.defaults().withWeights(weights);
  }

  /**
   * The county u1 with three members, m1 its principal; m3 did not walk.
   *
   * <pre>
   * w1 m1 10 Jan  unannounced, as a citizen, whole process, online; a complex matter
   *               f1 waiting_capacity "医保窗口设置少", rectified 12 Jan
   * w2 m2 11 Jan  the plainest walk: announced, as a leader, part, on site, a simple matter
   *               f2 housekeeping "卫生清扫不够彻底" (trivial by category and phrase), open
   * w3 m2 20 Jan  plain, but its simple matter crosses departments; no finding (an empty walk)
   * w4 m1  1 Feb  announced, as staff, whole process, grassroots and cross-linked; a simple matter
   *               f3 materials_proofs "证明材料多次提交", open
   * </pre>
   */
  private static Dataset u1() {
    return dataset(
        List.of(county("u1")),
        List.of(member("m1", "u1", true), member("m2", "u1", false), member("m3", "u1", false)),
        List.of(
            walk("w1", "m1", "u1", day(1, 10))
                .unannounced()
                .role(Role.CITIZEN)
                .whole()
                .forms(WalkForm.ONLINE)
                .complex()
                .finding(problem("f1", FindingCategory.WAITING_CAPACITY, "医保窗口设置少", "u1", day(1, 10), fixed(day(1, 12))))
                .build(),
            walk("w2", "m2", "u1", day(1, 11))
                .finding(problem("f2", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", "u1", day(1, 11)))
                .build(),
            walk("w3", "m2", "u1", day(1, 20)).simpleCrossing(Crossing.DEPARTMENT).build(),
            walk("w4", "m1", "u1", day(2, 1))
                .role(Role.STAFF)
                .whole()
                .forms(WalkForm.GRASSROOTS, WalkForm.CROSS_LINKED)
                .finding(problem("f3", FindingCategory.MATERIALS_PROOFS, "证明材料多次提交", "u1", day(2, 1)))
                .build()),
        List.of());
  }

  @Test
  void of_handMadeUnit_computesEveryComponent() {
    UnitScore s = scorecard(u1()).unit("u1").orElseThrow();

    assertThat(s.components())
        .isEqualTo(
            components(
                // m1 and m2 walked, of 3 members
                Ratio.of(2, 3),
                // m1, the principal, walked
                Ratio.of(1, 1),
                // deep: w1 (complex matter) and w3 (a matter crossing departments), of 4 walks
                Ratio.of(2, 4),
                // modes asked for: w1 online + citizen + unannounced + whole = 4; w2 0; w3 0;
                // w4 grassroots + cross-linked + staff + whole = 4 (staff counts as a citizen does;
                // announced); 8 of 6 × 4 = 24
                Ratio.of(8, 24),
                // substantive: w1 (f1) and w4 (f3); w2 found only a trivial problem, w3 nothing
                Ratio.of(2, 4),
                // f1 solved of the non-trivial f1 f3 (the trivial f2 counts neither way)
                Ratio.of(1, 2),
                // not clustered: w1 and w2 (m1, m2, a day apart) are the only conflicting pair,
                // fewer than the 2 avoidable pairs a flag needs
                Ratio.of(1, 1),
                // non-trivial f1 f3 of the found f1 f2 f3
                Ratio.of(2, 3)));
    assertThat(s.components().keySet()).containsExactly(ScoreComponent.values());
    assertThat(s.kind()).isEqualTo(UnitKind.COUNTY);
  }

  @Test
  void of_defaultWeights_scoreIsTheWeightedMeanInPercent() {
    // weights 20 10 10 10 15 15 10 10 (sum 100):
    //   20 × 2/3 + 10 × 1 + 10 × 2/4 + 10 × 8/24 + 15 × 2/4 + 15 × 1/2 + 10 × 1 + 10 × 2/3
    // = 40/3 + 10 + 5 + 10/3 + 7.5 + 7.5 + 10 + 20/3 = 70/3 + 40 = 63.3333…,
    // half-up to two decimals 63.33
    UnitScore s = scorecard(u1()).unit("u1").orElseThrow();

    assertThat(s.score()).isEqualTo(new BigDecimal("63.33"));
    assertThat(s.rank()).isEqualTo(1);
  }

  @Test
  void of_onlyDepthWeighs_scoreIsTheDepthShare() {
    // weight 1 on depth, nothing else: 100 × 2/4 = 50.00
    Policy policy = weights(Map.of(ScoreComponent.DEPTH, BigDecimal.ONE));

    assertThat(scorecard(u1(), policy).unit("u1").orElseThrow().score()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void of_participationOneRectificationThree_scoreAsComputedByHand() {
    // 100 × (1 × 2/3 + 3 × 1/2) / (1 + 3) = 100 × (13/6) / 4 = 1300/24 = 54.1666…, half-up 54.17
    Policy policy = weights(Map.of(ScoreComponent.PARTICIPATION, BigDecimal.ONE, ScoreComponent.RECTIFICATION, new BigDecimal("3")));

    UnitScore s = scorecard(u1(), policy).unit("u1").orElseThrow();

    assertThat(s.score()).isEqualTo(new BigDecimal("54.17"));
    // the weights change the score, never the components
    assertThat(s.components()).isEqualTo(scorecard(u1()).unit("u1").orElseThrow().components());
  }

  @Test
  void of_zeroAndFractionalWeights_scoreAsComputedByHand() {
    // modes 2, substance 0.5, principal 0 (left in, weighs nothing):
    // 100 × (2 × 8/24 + 0.5 × 2/4 + 0 × 1) / 2.5 = 100 × (2/3 + 1/4) / 2.5 = 100 × (11/12) / 2.5
    // = 36.666…, half-up 36.67
    Policy policy =
        weights(
            Map.of(
                ScoreComponent.MODES, new BigDecimal("2"),
                ScoreComponent.SUBSTANCE, new BigDecimal("0.5"),
                ScoreComponent.PRINCIPAL, BigDecimal.ZERO));

    assertThat(scorecard(u1(), policy).unit("u1").orElseThrow().score()).isEqualTo(new BigDecimal("36.67"));
  }

  /**
   * Five units whose scores tie. Under the default weights, with every walk plain and empty (so
   * depth, modes and substance are 0 of the walks, rectification and findings 0 of 0) and no unit
   * clustered (one walk each, so scheduling is 1 of 1 for a unit that walked, 0 of 0 otherwise):
   *
   * <pre>
   * z1 county      one member, its principal, walked once:     20 × 1 + 10 + 10 = 40.00
   * b2 department  principal walked, the other member did not: 20 × 1/2 + 10 + 10 = 30.00
   * a3 county      likewise:                                                     30.00
   * c4 county      its principal did not walk, no walk at all:                    0.00
   * d5 department  no principal on the roster, no walk at all:                    0.00
   * </pre>
   *
   * listed in the roster in the order b2 d5 z1 c4 a3.
   */
  private static Dataset ties() {
    return dataset(
        List.of(department("b2"), department("d5"), county("z1"), county("c4"), county("a3")),
        List.of(
            member("b-p", "b2", true),
            member("b-o", "b2", false),
            member("d-o", "d5", false),
            member("z-p", "z1", true),
            member("c-p", "c4", true),
            member("a-p", "a3", true),
            member("a-o", "a3", false)),
        List.of(
            walk("wb", "b-p", "b2", day(2, 1)).build(),
            walk("wz", "z-p", "z1", day(2, 2)).build(),
            walk("wa", "a-p", "a3", day(2, 3)).build()),
        List.of());
  }

  @Test
  void of_ties_shareARankAndTheNextRankIsSkipped() {
    Scorecard card = scorecard(ties());

    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("z1", "a3", "b2", "c4", "d5");
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 2, 2, 4, 4);
    assertThat(card.ranking())
        .extracting(UnitScore::score)
        .containsExactly(
            new BigDecimal("40.00"), new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
  }

  @Test
  void of_unitWithoutWalks_scoresFromParticipationAndPrincipalOnly() {
    Scorecard card = scorecard(ties());

    // c4: nobody walked (0 of 1), its principal did not walk (0 of 1); the walk ratios, scheduling
    // included, are 0 of 0 and count 0, so the score is 0
    UnitScore c4 = card.unit("c4").orElseThrow();
    assertThat(c4.components())
        .isEqualTo(
            components(
                Ratio.of(0, 1), Ratio.of(0, 1), Ratio.zero(), Ratio.zero(), Ratio.zero(), Ratio.zero(), Ratio.zero(), Ratio.zero()));
    assertThat(c4.score()).isEqualTo(new BigDecimal("0.00"));
    // d5 has no principal on the roster: principal is 0 of 1, not 0 of 0
    assertThat(card.unit("d5").orElseThrow().components().get(ScoreComponent.PRINCIPAL)).isEqualTo(Ratio.of(0, 1));
    // with all the weight on a component that is 0 of 0, the score is 0, not undefined
    Policy depthOnly = weights(Map.of(ScoreComponent.DEPTH, BigDecimal.ONE));
    assertThat(scorecard(ties(), depthOnly).unit("c4").orElseThrow().score()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void of_walksThatFoundNothing_rectificationIsUndefinedAndCountsZero() {
    // z1 walked once and found nothing: rectification and findings 0 of 0 earn nothing, so
    // 20 + 10 + 10 (scheduling) = 40.00 and not 40 + 15 + 10 = 65.00
    UnitScore z1 = scorecard(ties()).unit("z1").orElseThrow();

    assertThat(z1.components())
        .isEqualTo(
            components(
                Ratio.of(1, 1),
                Ratio.of(1, 1),
                Ratio.of(0, 1),
                Ratio.of(0, 6),
                Ratio.of(0, 1),
                Ratio.zero(),
                Ratio.of(1, 1),
                Ratio.zero()));
    assertThat(z1.score()).isEqualTo(new BigDecimal("40.00"));
  }

  @Test
  void of_ranking_isByRankThenUnitIdentifierWhateverTheRosterOrder() {
    Dataset d = ties();
    Dataset reversed =
        dataset(
            d.roster().units().reverse(),
            d.roster().members().reverse(),
            d.walks().reverse(),
            List.of());

    assertThat(scorecard(reversed)).isEqualTo(scorecard(d));
  }

  /**
   * Two units whose exact scores are both 23.125, on the rounding boundary. The default weights
   * (20 10 10 10 15 15 10 10) cannot put these units on a boundary, so the test weighs participation
   * 25, principal 10, depth 15, modes 15, substance 15 and findings 20 (sum 100; rectification and
   * scheduling left out, weighing 0), so that r9's thirds and ninths meet again in a whole number.
   *
   * <pre>
   * r9 county: 8 members, r1 walked (not the principal r8); 9 walks of r1, all plain except that
   *    w1 and w2 have a complex matter; w1 found f1 and w2 found f2 (both solved), w3 found the
   *    trivial f3 (open); w4..w9 found nothing. One leader: no conflicting pair, not clustered.
   *    components 1/8, 0/1, 2/9, 0/54, 2/9, rectification 2/2, scheduling 1/1, findings 2/3
   *    25 × 1/8 + 10 × 0 + 15 × 2/9 + 15 × 0/54 + 15 × 2/9 + 20 × 2/3
   *    = 3.125 + 10/3 + 10/3 + 40/3 = 3.125 + 20 = 23.125 exactly
   * t1 county: 8 members, the principal t8 walked (t1..t7 did not); one walk, unannounced, as a
   *    citizen, whole process, online (4 of the 6 modes), that found the trivial g1, solved.
   *    components 1/8, 1/1, 0/1, 4/6, 0/1, rectification 0/0, scheduling 1/1, findings 0/1
   *    25 × 1/8 + 10 × 1 + 15 × 0/1 + 15 × 4/6 + 15 × 0/1 + 20 × 0/1 = 3.125 + 10 + 10 = 23.125
   * </pre>
   *
   * Half-up to two decimals, both score 23.13 and share rank 1: equal scores must not be told
   * apart by the thirds on the way to them.
   */
  @Test
  void of_exactScoreOnTheRoundingBoundary_roundsHalfUpWhateverTheFractionsOnTheWay() {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      members.add(member("r" + i, "r9", i == 8));
      members.add(member("t" + i, "t1", i == 8));
    }
    List<Walk> walks = new ArrayList<>();
    walks.add(
        walk("w1", "r1", "r9", day(1, 1)).complex()
            .finding(problem("f1", FindingCategory.WAITING_CAPACITY, "窗口少", "r9", day(1, 1), fixed(day(1, 2))))
            .build());
    walks.add(
        walk("w2", "r1", "r9", day(1, 2)).complex()
            .finding(problem("f2", FindingCategory.APPROVAL_TIME, "审批慢", "r9", day(1, 2), fixed(day(1, 3))))
            .build());
    walks.add(
        walk("w3", "r1", "r9", day(1, 3))
            .finding(problem("f3", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", "r9", day(1, 3)))
            .build());
    for (int i = 4; i <= 9; i++) {
      walks.add(walk("w" + i, "r1", "r9", day(1, i)).build());
    }
    walks.add(
        walk("v1", "t8", "t1", day(2, 1))
            .unannounced()
            .role(Role.CITIZEN)
            .whole()
            .forms(WalkForm.ONLINE)
            .finding(problem("g1", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", "t1", day(2, 1), fixed(day(2, 2))))
            .build());
    Dataset d = dataset(List.of(county("r9"), county("t1")), members, walks, List.of());
    Map<ScoreComponent, BigDecimal> w = new EnumMap<>(ScoreComponent.class);
    w.put(ScoreComponent.PARTICIPATION, new BigDecimal("25"));
    w.put(ScoreComponent.PRINCIPAL, new BigDecimal("10"));
    w.put(ScoreComponent.DEPTH, new BigDecimal("15"));
    w.put(ScoreComponent.MODES, new BigDecimal("15"));
    w.put(ScoreComponent.SUBSTANCE, new BigDecimal("15"));
    w.put(ScoreComponent.FINDINGS, new BigDecimal("20"));

    Scorecard card = scorecard(d, weights(w));

    assertThat(card.unit("r9").orElseThrow().components())
        .isEqualTo(
            components(
                Ratio.of(1, 8),
                Ratio.of(0, 1),
                Ratio.of(2, 9),
                Ratio.of(0, 54),
                Ratio.of(2, 9),
                Ratio.of(2, 2),
                Ratio.of(1, 1),
                Ratio.of(2, 3)));
    assertThat(card.unit("t1").orElseThrow().components())
        .isEqualTo(
            components(
                Ratio.of(1, 8),
                Ratio.of(1, 1),
                Ratio.of(0, 1),
                Ratio.of(4, 6),
                Ratio.of(0, 1),
                Ratio.zero(),
                Ratio.of(1, 1),
                Ratio.of(0, 1)));
    assertThat(card.ranking()).extracting(UnitScore::score).containsExactly(new BigDecimal("23.13"), new BigDecimal("23.13"));
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 1);
    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("r9", "t1");
  }

  @Test
  void unit_notOnTheRoster_isEmpty() {
    assertThat(scorecard(ties()).unit("no-such-unit")).isEmpty();
  }

  @Test
  void of_emptyRoster_hasAnEmptyRanking() {
    assertThat(scorecard(Dataset.empty(AnalysisFixtures.Q1)).ranking()).isEmpty();
  }

  @Test
  void analyze_scorecard_isTheScorecardOfTheDatasetUnderThePolicy() {
    Policy policy = weights(Map.of(ScoreComponent.PARTICIPATION, BigDecimal.ONE, ScoreComponent.RECTIFICATION, new BigDecimal("3")));

    assertThat(WalkAnalytics.analyze(u1(), policy).scorecard()).isEqualTo(scorecard(u1(), policy));
    assertThat(WalkAnalytics.analyze(ties()).scorecard()).isEqualTo(scorecard(ties()));
  }
}
