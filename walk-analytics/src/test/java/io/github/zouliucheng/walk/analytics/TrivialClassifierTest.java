package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrivialClassifierTest {
  private static final TrivialClassifier DEFAULTS = new TrivialClassifier(Policy.defaults());

  private static Finding finding(FindingCategory category, String description) {
    return Finding.builder()
        .id("F1")
        .source(FindingSource.PETITION)
        .description(description)
        .category(category)
        .responsibleUnitId("U1")
        .foundOn(LocalDate.of(2023, 1, 3))
        .build();
  }

  /* 桌面摆放不整齐 comes first in the text, but 卫生清扫不够彻底 comes first in the policy. */
  @Test
  void phrase_severalMatch_firstInPolicyOrder() {
    assertThat(DEFAULTS.phrase("桌面摆放不整齐，卫生清扫不够彻底")).contains("卫生清扫不够彻底");
  }

  @Test
  void phrase_splitByLineBreakAndIdeographicSpace_stillMatches() {
    assertThat(DEFAULTS.phrase("会议室\n未在醒目位置\u3000张贴\r\n规章制度")).contains("未在醒目位置张贴规章制度");
  }

  @Test
  void phrase_partOfAPhraseOnly_noMatch() {
    assertThat(DEFAULTS.phrase("灭火器数量不足")).isEmpty();
  }

  @Test
  void isTrivial_byCategoryOrPhraseOnly() {
    assertThat(DEFAULTS.isTrivial(finding(FindingCategory.HOUSEKEEPING, "大厅地面有积水"))).isTrue();
    assertThat(DEFAULTS.isTrivial(finding(FindingCategory.FACILITIES, "卫生清扫不够彻底"))).isTrue();
    assertThat(DEFAULTS.isTrivial(finding(FindingCategory.APPROVAL_TIME, "审批需3个工作日"))).isFalse();
  }

  /* A finding from another source has no walk: its flag names no walk and no leader. */
  @Test
  void flags_bothRulesWithoutWalk_oneFlagPerRuleCategoryFirst() {
    List<Flag> flags = DEFAULTS.flags(finding(FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底"), Optional.empty());

    assertThat(flags).extracting(Flag::judgment).containsExactly(Judgment.TRIVIAL_CATEGORY, Judgment.TRIVIAL_PHRASE);
    assertThat(flags).allSatisfy(f -> {
      assertThat(f.walkIds()).isEmpty();
      assertThat(f.memberIds()).isEmpty();
      assertThat(f.unitIds()).containsExactly("U1");
    });
  }

  /* A phrase of a zero-width space is not blank to the policy, but empty once normalised: ignored. */
  @Test
  void phrase_emptyOnceNormalised_ignored() {
    TrivialClassifier c = new TrivialClassifier(Policy.defaults().withTrivialPhrases(List.of("\u200b")));

    assertThat(c.phrase("卫生清扫不够彻底")).isEmpty();
    assertThat(c.phraseIndex("任何描述")).isEqualTo(-1);
  }

  @Test
  void normalize_fullWidthFormsAndSpaces_halfWidthWithoutSpaces() {
    assertThat(TrivialClassifier.normalize("Ｒ＆Ｄ　经费（万元） ２０２３")).isEqualTo("R&D经费(万元)2023");
  }
}
