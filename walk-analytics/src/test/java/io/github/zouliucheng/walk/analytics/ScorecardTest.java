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
    // the trivial findings as the analysis finds them: the subjects of the depth section's flags
    java.util.Set<String> trivial =
        Depth.of(index).flags().stream().map(Flag::subject).collect(java.util.stream.Collectors.toSet());
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

  /**
   * Two otherwise identical departments, each of three members (the principal k-p or l-p and two
   * others), each member walking once, plain and empty. k1's three walks fall on 1 Feb: three
   * conflicting pairs, none achievable, far above chance, so k1 is clustered; l1's fall on 1 Feb,
   * 15 Feb and 1 Mar, two weeks apart.
   *
   * <pre>
   * l1  participation 3/3, principal 1/1, scheduling 1/1, the rest 0:  20 + 10 + 10 = 40.00, rank 1
   * k1  likewise but scheduling 0/1:                                   20 + 10      = 30.00, rank 2
   * </pre>
   */
  @Test
  void of_clusteredUnit_losesExactlyTheSchedulingWeightAndRanksBelow() {
    List<Member> members = new ArrayList<>();
    List<Walk> walks = new ArrayList<>();
    String[] others = {"p", "a", "b"};
    int[][] spread = {{2, 1}, {2, 15}, {3, 1}};
    for (int i = 0; i < others.length; i++) {
      members.add(member("k-" + others[i], "k1", i == 0));
      members.add(member("l-" + others[i], "l1", i == 0));
      walks.add(walk("wk" + i, "k-" + others[i], "k1", day(2, 1)).build());
      walks.add(walk("wl" + i, "l-" + others[i], "l1", day(spread[i][0], spread[i][1])).build());
    }
    Dataset d = dataset(List.of(department("k1"), department("l1")), members, walks, List.of());

    Scorecard card = scorecard(d);

    UnitScore k1 = card.unit("k1").orElseThrow();
    UnitScore l1 = card.unit("l1").orElseThrow();
    assertThat(WalkAnalytics.analyze(d).scheduling().units().get("k1").clustered()).isTrue();
    assertThat(k1.components().get(ScoreComponent.SCHEDULING)).isEqualTo(Ratio.of(0, 1));
    assertThat(l1.components().get(ScoreComponent.SCHEDULING)).isEqualTo(Ratio.of(1, 1));
    Map<ScoreComponent, Ratio> rest = new EnumMap<>(k1.components());
    rest.put(ScoreComponent.SCHEDULING, Ratio.of(1, 1));
    assertThat(rest).isEqualTo(l1.components());
    assertThat(l1.score()).isEqualTo(new BigDecimal("40.00"));
    assertThat(k1.score()).isEqualTo(new BigDecimal("30.00"));
    assertThat(l1.score().subtract(k1.score())).isEqualByComparingTo(Policy.defaults().weight(ScoreComponent.SCHEDULING));
    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("l1", "k1");
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 2);
  }

  /**
   * Two counties of one member, its principal, who walks once, plain, and finds one real problem
   * (materials_proofs "证明材料多次提交"), solved: p1's with a measure and an effect note, p2's with
   * no measure (flagged rectified_without_measures, perfunctory).
   *
   * <pre>
   * p1  participation 1, principal 1, substance 1/1, rectification 1/1, scheduling 1, findings 1/1
   *     20 + 10 + 15 + 15 + 10 + 10 = 80.00
   * p2  likewise but rectification 0/1:   20 + 10 + 15 + 10 + 10 = 65.00
   * </pre>
   */
  @Test
  void of_perfunctoryRectification_costsRectification() {
    Dataset d =
        dataset(
            List.of(county("p1"), county("p2")),
            List.of(member("p1-p", "p1", true), member("p2-p", "p2", true)),
            List.of(
                walk("wp1", "p1-p", "p1", day(2, 1))
                    .finding(problem("fp1", FindingCategory.MATERIALS_PROOFS, "证明材料多次提交", "p1", day(2, 1), fixed(day(2, 3))))
                    .build(),
                walk("wp2", "p2-p", "p2", day(2, 1))
                    .finding(
                        problem(
                            "fp2",
                            FindingCategory.MATERIALS_PROOFS,
                            "证明材料多次提交",
                            "p2",
                            day(2, 1),
                            io.github.zouliucheng.walk.model.Rectification.builder()
                                .mode(io.github.zouliucheng.walk.model.RectificationMode.IMMEDIATE)
                                .effectNote("已整改到位")
                                .rectifiedOn(day(2, 3))
                                .build()))
                    .build()),
            List.of());

    Scorecard card = scorecard(d);

    assertThat(card.unit("p1").orElseThrow().components().get(ScoreComponent.RECTIFICATION)).isEqualTo(Ratio.of(1, 1));
    assertThat(card.unit("p2").orElseThrow().components().get(ScoreComponent.RECTIFICATION)).isEqualTo(Ratio.of(0, 1));
    assertThat(card.unit("p2").orElseThrow().components().get(ScoreComponent.FINDINGS)).isEqualTo(Ratio.of(1, 1));
    assertThat(card.unit("p2").orElseThrow().components().get(ScoreComponent.SUBSTANCE)).isEqualTo(Ratio.of(1, 1));
    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("p1", "p2");
    assertThat(card.ranking()).extracting(UnitScore::score).containsExactly(new BigDecimal("80.00"), new BigDecimal("65.00"));
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 2);
  }

  /**
   * Three counties of one member, its principal, who walks once, plain, and finds one real problem
   * (materials_proofs), solved with measures; q2's walk also finds a trivial problem (housekeeping
   * "卫生清扫不够彻底") left open, q3's the same trivial problem, solved.
   *
   * <pre>
   * q1  rectification 1/1, findings 1/1: 20 + 10 + 15 + 15 + 10 + 10      = 80.00, rank 1
   * q2  rectification 1/1 (the open trivial problem does not count), findings 1/2:
   *     20 + 10 + 15 + 15 + 10 + 10 × 1/2                                  = 75.00, rank 2
   * q3  rectification 1/1 (the solved trivial problem does not count either), findings 1/2:  75.00, rank 2
   * </pre>
   */
  @Test
  void of_trivialFinding_costsFindingsButNeitherCountsForNorAgainstRectification() {
    List<Member> members = List.of(member("q1-p", "q1", true), member("q2-p", "q2", true), member("q3-p", "q3", true));
    List<Walk> walks = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String unit = "q" + i;
      AnalysisFixtures.WalkSpec spec =
          walk("wq" + i, unit + "-p", unit, day(2, 1))
              .finding(problem("fq" + i, FindingCategory.MATERIALS_PROOFS, "证明材料多次提交", unit, day(2, 1), fixed(day(2, 3))));
      if (i == 2) {
        spec.finding(problem("tq2", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", unit, day(2, 1)));
      } else if (i == 3) {
        spec.finding(problem("tq3", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", unit, day(2, 1), fixed(day(2, 2))));
      }
      walks.add(spec.build());
    }
    Dataset d = dataset(List.of(county("q1"), county("q2"), county("q3")), members, walks, List.of());

    Scorecard card = scorecard(d);

    for (String unit : List.of("q1", "q2", "q3")) {
      assertThat(card.unit(unit).orElseThrow().components().get(ScoreComponent.RECTIFICATION)).as(unit).isEqualTo(Ratio.of(1, 1));
      assertThat(card.unit(unit).orElseThrow().components().get(ScoreComponent.SUBSTANCE)).as(unit).isEqualTo(Ratio.of(1, 1));
    }
    assertThat(card.unit("q1").orElseThrow().components().get(ScoreComponent.FINDINGS)).isEqualTo(Ratio.of(1, 1));
    assertThat(card.unit("q2").orElseThrow().components().get(ScoreComponent.FINDINGS)).isEqualTo(Ratio.of(1, 2));
    assertThat(card.unit("q3").orElseThrow().components().get(ScoreComponent.FINDINGS)).isEqualTo(Ratio.of(1, 2));
    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("q1", "q2", "q3");
    assertThat(card.ranking())
        .extracting(UnitScore::score)
        .containsExactly(new BigDecimal("80.00"), new BigDecimal("75.00"), new BigDecimal("75.00"));
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 2, 2);
  }

  /**
   * Three counties of one member, its principal, who walks once, plain and empty, but for the role:
   * as a citizen in s1, as a staff member in s2, as a leader in s3.
   *
   * <pre>
   * s1  modes 1/6: 20 + 10 + 10 × 1/6 + 10 (scheduling) = 41.666…, half-up 41.67, rank 1
   * s2  modes 1/6, as s1:                                                41.67, rank 1
   * s3  modes 0/6: 20 + 10 + 10                                        = 40.00, rank 3
   * </pre>
   */
  @Test
  void of_staffWalk_countsForModesAsACitizenWalkDoes() {
    Dataset d =
        dataset(
            List.of(county("s1"), county("s2"), county("s3")),
            List.of(member("s1-p", "s1", true), member("s2-p", "s2", true), member("s3-p", "s3", true)),
            List.of(
                walk("ws1", "s1-p", "s1", day(2, 1)).role(Role.CITIZEN).build(),
                walk("ws2", "s2-p", "s2", day(2, 1)).role(Role.STAFF).build(),
                walk("ws3", "s3-p", "s3", day(2, 1)).build()),
            List.of());

    Scorecard card = scorecard(d);

    assertThat(card.unit("s1").orElseThrow().components().get(ScoreComponent.MODES)).isEqualTo(Ratio.of(1, 6));
    assertThat(card.unit("s2").orElseThrow().components()).isEqualTo(card.unit("s1").orElseThrow().components());
    assertThat(card.unit("s3").orElseThrow().components().get(ScoreComponent.MODES)).isEqualTo(Ratio.of(0, 6));
    assertThat(card.ranking()).extracting(UnitScore::unitId).containsExactly("s1", "s2", "s3");
    assertThat(card.ranking())
        .extracting(UnitScore::score)
        .containsExactly(new BigDecimal("41.67"), new BigDecimal("41.67"), new BigDecimal("40.00"));
    assertThat(card.ranking()).extracting(UnitScore::rank).containsExactly(1, 1, 3);
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
