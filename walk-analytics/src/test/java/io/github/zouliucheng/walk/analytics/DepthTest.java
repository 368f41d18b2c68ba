package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.county;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.department;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.matter;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.member;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.otherFinding;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.simple;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.FindingCategory;
import java.util.List;
import java.util.Locale;
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
   * walks 4; complex: W1, W4 = 2/4; crossing: W1, W2 = 2/4; by crossing: division 1 (W2),
   * department 1 (W1), level 0, region 1 (W1), records 4.
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
    assertThat(depth.flags()).isEmpty();
  }

  @Test
  void of_rosterWithoutWalks_everyUnitAndMemberUndefined() {
    Dataset d = dataset(List.of(county("C1")), List.of(member("C1-a", "C1", true)), List.of(), List.of());

    Depth depth = Depth.of(index(d));

    assertThat(depth.trivialByUnit()).containsExactly(entry("C1", Ratio.zero()));
    assertThat(depth.trivialByLeader()).containsExactly(entry("C1-a", Ratio.zero()));
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
