package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.addDepartment;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.county;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.department;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.matter;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.member;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.members;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.otherFinding;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.ownedPoint;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.simple;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walk;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walks;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DepthTest {

  /*
   * Roster: county C1 with members C1-a (principal) and C1-b; department D1 with one member, D1-a;
   * department D2 with one member, D2-a, who did not walk.
   *
   *   W1  C1-a  C1  a complex matter crossing departments and regions
   *         F1 "食堂卫生清扫不够彻底。"        facilities     phrase 卫生清扫不够彻底
   *         F2 "灭火器　摆放不规范" (U+3000)    safety hazard  phrase 灭火器摆放不规范
   *   W2  C1-b  C1  two simple matters, one crossing divisions
   *         F3 "未在醒目位置 张贴规章制度" (a space) other   phrase 未在醒目位置张贴规章制度
   *         F5 "经济困难证明需到乡镇盖章"       materials      not trivial
   *   W3  D1-a  D1  a simple matter
   *         F4 "大厅地面有积水"                 housekeeping   category housekeeping
   *         F6 "卫生清扫不够彻底，灭火器摆放不规范" housekeeping  category, and phrase 卫生清扫不够彻底
   *                                            (the first of the two phrases in policy order)
   *   W4  D1-a  D1  a complex matter crossing nothing; no finding (an empty walk)
   *   G1  a petition "卫生清扫不够彻底" charged to C1: not a walk's finding, so not classified
   *
   * walks 4; complex: W1, W4 = 2/4; crossing: W1, W2 = 2/4 (by their matters; every walk is on
   * site at a hall run by no known unit); by crossing: division 1 (W2), department 1 (W1), level 0,
   * region 1 (W1), records 4.
   * by unit: complex C1 W1 = 1/2, D1 W4 = 1/2, D2 0/0; crossing C1 W1 W2 = 2/2, D1 0/2, D2 0/0.
   * no unit has 3 walks: no ONLY_SIMPLE_MATTERS flag (and C1, D1 each had a complex walk).
   * findings on walks 2 + 2 + 2 + 0 = 6, per walk 6/4 = 1.5; trivial F1 F2 F3 F4 F6 = 5/6.
   * by unit: C1 F1 F2 F3 of F1 F2 F3 F5 = 3/4; D1 F4 F6 = 2/2; D2 0/0.
   * by leader: C1-a 2/2; C1-b 1/2; D1-a 2/2; D2-a 0/0.
   * flags: category F4, F6; phrase F1, F2, F3, F6 = 6 flags.
   */
  private static final Dataset BULLETIN =
      dataset(
          List.of(county("C1"), department("D1"), department("D2")),
          List.of(member("C1-a", "C1", true), member("C1-b", "C1", false), member("D1-a", "D1", true), member("D2-a", "D2", true)),
          List.of(
              walk("W1", "C1-a", "C1")
                  .matters(matter(Complexity.COMPLEX, Crossing.DEPARTMENT, Crossing.REGION))
                  .finding("F1", FindingCategory.FACILITIES, "食堂卫生清扫不够彻底。")
                  .finding("F2", FindingCategory.SAFETY_HAZARD, "灭火器\u3000摆放不规范")
                  .build(),
              walk("W2", "C1-b", "C1")
                  .matters(simple(), matter(Complexity.SIMPLE, Crossing.DIVISION))
                  .finding("F3", FindingCategory.OTHER, "未在醒目位置 张贴规章制度")
                  .finding("F5", FindingCategory.MATERIALS_PROOFS, "经济困难证明需到乡镇盖章")
                  .build(),
              walk("W3", "D1-a", "D1")
                  .finding("F4", FindingCategory.HOUSEKEEPING, "大厅地面有积水")
                  .finding("F6", FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底，灭火器摆放不规范")
                  .build(),
              walk("W4", "D1-a", "D1").matters(matter(Complexity.COMPLEX)).build()),
          List.of(otherFinding("G1", "C1", FindingCategory.FACILITIES, "卫生清扫不够彻底")));

  @Test
  void of_bulletinExamples_countsComplexAndCrossingWalks() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.walks()).isEqualTo(4);
    assertThat(depth.complexWalks()).isEqualTo(Ratio.of(2, 4));
    assertThat(depth.crossingWalks()).isEqualTo(Ratio.of(2, 4));
    assertThat(depth.crossings().counts())
        .containsExactly(
            entry(Crossing.DIVISION, 1L), entry(Crossing.DEPARTMENT, 1L), entry(Crossing.LEVEL, 0L), entry(Crossing.REGION, 1L));
    assertThat(depth.crossings().records()).isEqualTo(4);
  }

  @Test
  void of_bulletinExamples_complexAndCrossingSharesPerUnit() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.complexByUnit())
        .isEqualTo(ImmutableSortedMap.of("C1", Ratio.of(1, 2), "D1", Ratio.of(1, 2), "D2", Ratio.zero()));
    assertThat(depth.crossingByUnit())
        .isEqualTo(ImmutableSortedMap.of("C1", Ratio.of(2, 2), "D1", Ratio.of(0, 2), "D2", Ratio.zero()));
  }

  @Test
  void of_bulletinExamples_countsFindingsPerWalk() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.findingsOnWalks()).isEqualTo(6);
    assertThat(depth.findingsPerWalk()).isEqualTo(1.5);
  }

  @Test
  void of_bulletinExamples_findsTrivialFindingsOnWalksOnly() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.trivialFindings()).isEqualTo(Ratio.of(5, 6));
    assertThat(depth.flags()).extracting(Flag::subject).doesNotContain("G1", "F5");
  }

  @Test
  void of_bulletinExamples_flagsEachRuleThatMatched() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.flags())
        .extracting(f -> f.judgment().code() + " " + f.subject() + " " + (f.words().isEmpty() ? "-" : String.join("、", f.words())))
        .containsExactly(
            "trivial_category F4 housekeeping",
            "trivial_category F6 housekeeping",
            "trivial_phrase F1 卫生清扫不够彻底",
            "trivial_phrase F2 灭火器摆放不规范",
            "trivial_phrase F3 未在醒目位置张贴规章制度",
            "trivial_phrase F6 卫生清扫不够彻底",
            // water on the hall's floor: a trivial object (地面) with a blemish (积水), in any category
            "trivial_wording F4 地面、积水");
  }

  @Test
  void of_trivialFinding_flagCarriesItsEvidence() {
    Depth depth = Depth.of(index(BULLETIN));

    Flag f2 = depth.flags().stream().filter(f -> f.subject().equals("F2")).findFirst().orElseThrow();
    assertThat(f2)
        .isEqualTo(
            Flag.of(Judgment.TRIVIAL_PHRASE, "F2")
                .addWords("灭火器摆放不规范")
                .ownerUnitIds(ImmutableSortedSet.of("C1"))
                .ownerMemberIds(ImmutableSortedSet.of("C1-a"))
                .findingIds(ImmutableSortedSet.of("F2"))
                .walkIds(ImmutableSortedSet.of("W1"))
                .memberIds(ImmutableSortedSet.of("C1-a"))
                .unitIds(ImmutableSortedSet.of("C1"))
                .build());
  }

  @Test
  void of_bulletinExamples_givesTrivialSharePerUnitAndLeader() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThat(depth.trivialByUnit())
        .isEqualTo(ImmutableSortedMap.of("C1", Ratio.of(3, 4), "D1", Ratio.of(2, 2), "D2", Ratio.zero()));
    assertThat(depth.trivialByLeader())
        .isEqualTo(
            ImmutableSortedMap.of(
                "C1-a", Ratio.of(2, 2), "C1-b", Ratio.of(1, 2), "D1-a", Ratio.of(2, 2), "D2-a", Ratio.zero()));
  }

  /*
   * U1 has one leader, L1, with one walk W1 and its findings:
   *   F1 "１２３４５工单未回访"  (full-width digits) against the phrase "12345工单未回访"
   *   F2 "12345 热线工单未回访" does not contain the phrase (热线 sits inside it), not trivial
   *   F3 "ABC 系统无法登录"     half-width, with a space, against the phrase written in full width,
   *                            "ＡＢＣ系统无法登录": both normalise to "ABC系统无法登录", trivial;
   *                            the detail is the phrase as the policy writes it
   *   F4 "abc系统无法登录"        no case folding: not trivial
   * trivial 2 of 4; unit U1 2/4; leader L1 2/4.
   */
  @Test
  void of_widthVariants_matchAfterNormalisationAndCaseStillCounts() {
    Policy policy = Policy.defaults().withTrivialLexicon(TrivialLexicon.builder().addPhrases("12345工单未回访", "ＡＢＣ系统无法登录").build());
    Dataset d =
        dataset(
            List.of(department("U1")),
            List.of(member("L1", "U1", true)),
            List.of(
                walk("W1", "L1", "U1")
                    .finding("F1", FindingCategory.FOLLOW_UP, "１２３４５工单未回访")
                    .finding("F2", FindingCategory.FOLLOW_UP, "12345 热线工单未回访")
                    .finding("F3", FindingCategory.OTHER, "ABC 系统无法登录")
                    .finding("F4", FindingCategory.OTHER, "abc系统无法登录")
                    .build()),
            List.of());

    Depth depth = Depth.of(index(d, policy));

    assertThat(depth.flags())
        .extracting(f -> f.subject() + " " + (f.words().isEmpty() ? "-" : String.join("、", f.words())))
        .containsExactly("F1 12345工单未回访", "F3 ＡＢＣ系统无法登录");
    assertThat(depth.trivialFindings()).isEqualTo(Ratio.of(2, 4));
    assertThat(depth.trivialByUnit()).containsExactly(entry("U1", Ratio.of(2, 4)));
    assertThat(depth.trivialByLeader()).containsExactly(entry("L1", Ratio.of(2, 4)));
  }

  @Test
  void of_turkishDefaultLocale_sameFlags() {
    Policy policy = Policy.defaults().withTrivialLexicon(TrivialLexicon.builder().addPhrases("WIFI信号弱").build());
    Dataset d =
        dataset(
            List.of(department("U1")),
            List.of(member("L1", "U1", true)),
            List.of(walk("W1", "L1", "U1").finding("F1", FindingCategory.FACILITIES, "大厅WIFI信号弱").build()),
            List.of());
    Locale saved = Locale.getDefault();
    Depth inTurkish;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      inTurkish = Depth.of(index(d, policy));
    } finally {
      Locale.setDefault(saved);
    }

    assertThat(inTurkish).isEqualTo(Depth.of(index(d, policy)));
    assertThat(inTurkish.trivialFindings()).isEqualTo(Ratio.of(1, 1));
  }

  @Test
  void of_noTrivialRules_flagsNothing() {
    Policy policy = Policy.defaults().withTrivialCategories(List.of()).withTrivialLexicon(TrivialLexicon.builder().build());

    Depth depth = Depth.of(index(BULLETIN, policy));

    assertThat(depth.flags()).isEmpty();
    assertThat(depth.trivialFindings()).isEqualTo(Ratio.of(0, 6));
  }

  @Test
  void of_emptyDataset_allZeroAndUndefined() {
    Depth depth = Depth.of(index(Dataset.empty(Q1)));

    assertThat(depth.walks()).isZero();
    assertThat(depth.complexWalks().isUndefined()).isTrue();
    assertThat(depth.crossingWalks().isUndefined()).isTrue();
    assertThat(depth.crossings().records()).isZero();
    assertThat(depth.crossings().counts().values()).containsOnly(0L);
    assertThat(depth.findingsOnWalks()).isZero();
    assertThat(depth.findingsPerWalk()).isZero();
    assertThat(depth.trivialFindings().isUndefined()).isTrue();
    assertThat(depth.trivialByUnit()).isEmpty();
    assertThat(depth.trivialByLeader()).isEmpty();
    assertThat(depth.complexByUnit()).isEmpty();
    assertThat(depth.crossingByUnit()).isEmpty();
    assertThat(depth.flags()).isEmpty();
  }

  @Test
  void of_rosterWithoutWalks_everyUnitAndMemberUndefined() {
    Dataset d = dataset(List.of(county("C1")), List.of(member("C1-a", "C1", true)), List.of(), List.of());

    Depth depth = Depth.of(index(d));

    assertThat(depth.trivialByUnit()).containsExactly(entry("C1", Ratio.zero()));
    assertThat(depth.trivialByLeader()).containsExactly(entry("C1-a", Ratio.zero()));
    assertThat(depth.complexByUnit()).containsExactly(entry("C1", Ratio.zero()));
    assertThat(depth.crossingByUnit()).containsExactly(entry("C1", Ratio.zero()));
    assertThat(depth.flags()).isEmpty();
  }

  // ------------------------------------------------------------------ per-unit figures and judgment

  /*
   * One walk changes a unit's depth. Every department below has 3 walks (the least to be judged)
   * by its two leaders (<unit>-1 and <unit>-3 by <unit>-a, <unit>-2 by <unit>-b), except B (2 walks)
   * and Z (none). Every walk has one simple matter crossing nothing, on site, at a hall run by no
   * known unit, except each unit's first walk, changed as the table says:
   *
   *   unit  first walk                                complex  crossing  ONLY_SIMPLE_MATTERS
   *   A     plain                                     0/3      0/3       flagged
   *   B     plain, and B has 2 walks only             0/2      0/2       not: too few walks
   *   K     a simple and a complex matter             1/3      0/3       not: one complex walk
   *   P     at a hall run by A (another unit)         0/3      1/3       flagged: crossing is not complex
   *   Q     at a hall run by Q itself                 0/3      0/3       flagged
   *   L     cross-linked form                         0/3      1/3       flagged
   *   M     a simple matter crossing regions          0/3      1/3       flagged
   *   Z     no walk                                   0/0      0/0       not: flagged elsewhere
   *
   * walks 6 × 3 + 2 = 20; complex K-1 = 1/20; crossing P-1, L-1, M-1 = 3/20; by kind of boundary
   * the matters cross: region 1 (M-1), the others 0, records 20 (P-1 and L-1 cross under no kind).
   */
  private static Dataset oneWalkChanges() {
    List<Unit> units = new ArrayList<>();
    List<Member> ms = new ArrayList<>();
    List<Walk> ws = new ArrayList<>();
    addDepartment(units, ms, ws, "A", 3, w -> w);
    addDepartment(units, ms, ws, "B", 2, w -> w);
    addDepartment(units, ms, ws, "K", 3, w -> w.matters(simple(), matter(Complexity.COMPLEX)));
    addDepartment(units, ms, ws, "P", 3, w -> w.at(ownedPoint("P-A", "A")));
    addDepartment(units, ms, ws, "Q", 3, w -> w.at(ownedPoint("P-Q", "Q")));
    addDepartment(units, ms, ws, "L", 3, w -> w.forms(WalkForm.ON_SITE, WalkForm.CROSS_LINKED));
    addDepartment(units, ms, ws, "M", 3, w -> w.matters(matter(Complexity.SIMPLE, Crossing.REGION)));
    addDepartment(units, ms, ws, "Z", 0, w -> w);
    return dataset(units, ms, ws, List.of());
  }



  @Test
  void of_oneWalkChanges_crossingByFormServicePointOrMatter() {
    Depth depth = Depth.of(index(oneWalkChanges()));

    assertThat(depth.complexWalks()).isEqualTo(Ratio.of(1, 20));
    assertThat(depth.crossingWalks()).isEqualTo(Ratio.of(3, 20));
    assertThat(depth.crossings().counts())
        .containsExactly(
            entry(Crossing.DIVISION, 0L), entry(Crossing.DEPARTMENT, 0L), entry(Crossing.LEVEL, 0L), entry(Crossing.REGION, 1L));
    assertThat(depth.crossings().records()).isEqualTo(20);
  }

  @Test
  void of_oneWalkChanges_complexAndCrossingSharesPerUnit() {
    Depth depth = Depth.of(index(oneWalkChanges()));

    assertThat(depth.complexByUnit())
        .containsExactly(
            entry("A", Ratio.of(0, 3)),
            entry("B", Ratio.of(0, 2)),
            entry("K", Ratio.of(1, 3)),
            entry("L", Ratio.of(0, 3)),
            entry("M", Ratio.of(0, 3)),
            entry("P", Ratio.of(0, 3)),
            entry("Q", Ratio.of(0, 3)),
            entry("Z", Ratio.zero()));
    // P's walk at A's hall crosses; Q's at its own hall does not
    assertThat(depth.crossingByUnit())
        .containsExactly(
            entry("A", Ratio.of(0, 3)),
            entry("B", Ratio.of(0, 2)),
            entry("K", Ratio.of(0, 3)),
            entry("L", Ratio.of(1, 3)),
            entry("M", Ratio.of(1, 3)),
            entry("P", Ratio.of(1, 3)),
            entry("Q", Ratio.of(0, 3)),
            entry("Z", Ratio.zero()));
  }

  @Test
  void of_oneWalkChanges_onlySimpleMattersForJudgedUnitsWithNoComplexWalk() {
    Depth depth = Depth.of(index(oneWalkChanges()));

    // K had one complex matter among simple ones: not flagged; B has 2 walks only; Z did not walk
    assertThat(depth.flags())
        .extracting(Flag::subject)
        .containsExactly("A", "L", "M", "P", "Q")
        .doesNotContain("B", "K", "Z");
    assertThat(depth.flags()).extracting(Flag::judgment).containsOnly(Judgment.ONLY_SIMPLE_MATTERS);
    assertThat(depth.flags().get(0))
        .isEqualTo(
            Flag.of(Judgment.ONLY_SIMPLE_MATTERS, "A")
                .ownerUnitIds(ImmutableSortedSet.of("A"))
                .count(3)
                .walkIds(ImmutableSortedSet.of("A-1", "A-2", "A-3"))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ImmutableSortedSet.of("A-a", "A-b"))
                .unitIds(ImmutableSortedSet.of("A"))
                .build());
  }

  /*
   * The trivial flags and the unit flags of one section sort together by judgment, then subject:
   * U1 (3 walks of simple matters, by L1) found F1 "卫生清扫不够彻底" on its first walk.
   */
  @Test
  void of_trivialFindingInAUnitOfSimpleMatters_bothFlagsInJudgmentOrder() {
    Dataset d =
        dataset(
            List.of(department("U1")),
            List.of(member("L1", "U1", true)),
            List.of(
                walk("W1", "L1", "U1").finding("F1", FindingCategory.FACILITIES, "卫生清扫不够彻底").build(),
                walk("W2", "L1", "U1").build(),
                walk("W3", "L1", "U1").build()),
            List.of());

    Depth depth = Depth.of(index(d));

    assertThat(depth.flags())
        .extracting(f -> f.judgment().code() + " " + f.subject())
        .containsExactly("trivial_phrase F1", "only_simple_matters U1");
  }

  @Test
  void thresholds_defaultsAndExactComparison() {
    assertThat(Policy.defaults().unitJudgmentMinWalks()).isEqualTo(3);
    assertThat(Policy.defaults().onlySimpleMaxComplexShare()).isEqualByComparingTo("0");
    // a unit is judged with at least the least walks, and never with none
    assertThat(UnitJudgments.judged(2, 3)).isFalse();
    assertThat(UnitJudgments.judged(3, 3)).isTrue();
    assertThat(UnitJudgments.judged(0, 0)).isFalse();
    // 0 of 3 is at most 0; 1 of 3 is not; 1 of 4 is at most 0.25 exactly, 2 of 7 is not (0.2857…);
    // 1 of 3 is not at most 0.33 but is at most 0.3334
    assertThat(UnitJudgments.atMost(0, 3, BigDecimal.ZERO)).isTrue();
    assertThat(UnitJudgments.atMost(1, 3, BigDecimal.ZERO)).isFalse();
    assertThat(UnitJudgments.atMost(1, 4, new BigDecimal("0.25"))).isTrue();
    assertThat(UnitJudgments.atMost(2, 7, new BigDecimal("0.25"))).isFalse();
    assertThat(UnitJudgments.atMost(1, 3, new BigDecimal("0.33"))).isFalse();
    assertThat(UnitJudgments.atMost(1, 3, new BigDecimal("0.3334"))).isTrue();
  }

  @Test
  void plus_unitsJudgedInTheirOwnDataset_keepTheirFlagsAndFigures() {
    Dataset other = prefixed(oneWalkChanges(), "x.");

    Depth sum = Depth.of(index(BULLETIN)).plus(Depth.of(index(other)));

    assertThat(sum).isEqualTo(Depth.of(index(union(BULLETIN, other))));
    assertThat(sum.crossingByUnit()).containsEntry("x.P", Ratio.of(1, 3)).containsEntry("C1", Ratio.of(2, 2));
    assertThat(sum.crossingWalks()).isEqualTo(Ratio.of(2 + 3, 4 + 20));
  }

  @Test
  void plus_sameUnitInBoth_throws() {
    Depth depth = Depth.of(index(BULLETIN));

    assertThatIllegalArgumentException().isThrownBy(() -> depth.plus(depth)).withMessageContaining("unit C1");
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K k, V v) {
    return java.util.Map.entry(k, v);
  }
}
