package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.model.FindingCategory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class PolicyJsonTest {

  @Test
  void fromJson_emptyObject_isTheDefaults() {
    assertThat(PolicyJson.fromJson("{}")).isEqualTo(Policy.defaults());
  }

  @Test
  void toJson_defaults_readsBackEqual() {
    assertThat(PolicyJson.fromJson(PolicyJson.toJson(Policy.defaults()))).isEqualTo(Policy.defaults());
  }

  @Test
  void toJson_defaults_startsWithTheWindowAndWritesTheBulletinsPhrasesFirst() {
    String json = PolicyJson.toJson(Policy.defaults());

    assertThat(json).startsWith("{\n  \"conflictWindowDays\": 1,\n  \"workCalendar\": {\n    \"holidays\": [\n      \"2023-01-01\",");
    assertThat(json)
        .contains(
            "  \"trivialLexicon\": {\n    \"extend\": false,\n    \"phrases\": [\n      \"卫生清扫不够彻底\",\n"
                + "      \"灭火器摆放不规范\",\n      \"未在醒目位置张贴规章制度\",");
  }

  @Test
  void fromJson_lexiconAndCalendar_extendOrReplace() {
    Policy extended = PolicyJson.fromJson("{\"trivialLexicon\": {\"objects\": [\"门帘\"]}, \"workCalendar\": \"weekends_only\"}");
    Policy replaced = PolicyJson.fromJson("{\"trivialLexicon\": {\"extend\": false, \"objects\": [\"门帘\"]}}");

    assertThat(extended.trivialLexicon().objects()).endsWith("门帘").hasSize(Policy.defaults().trivialLexicon().objects().size() + 1);
    assertThat(extended.trivialLexicon().phrases()).isEqualTo(Policy.defaults().trivialLexicon().phrases());
    assertThat(extended.workCalendar()).isEqualTo(WorkCalendar.weekendsOnly());
    assertThat(replaced.trivialLexicon().objects()).containsExactly("门帘");
    assertThat(replaced.trivialLexicon().exclusions()).isEqualTo(Policy.defaults().trivialLexicon().exclusions());
  }

  @Test
  void fromJson_partialPolicy_changesOnlyWhatItNames() {
    Policy p =
        PolicyJson.fromJson(
            "{\"conflictWindowDays\": 2, \"trivialLexicon\": {\"phrases\": [\"桌椅摆放不整齐\"]},"
                + " \"effectKeywords\": {\"follow_up\": [\"回访率\"]}, \"weights\": {\"participation\": 30.5}}");

    assertThat(p.conflictWindowDays()).isEqualTo(2);
    assertThat(p.trivialLexicon().phrases()).endsWith("桌椅摆放不整齐");
    assertThat(p.trivialCategories()).isEqualTo(Policy.defaults().trivialCategories());
    assertThat(p.effectKeywords().get(FindingCategory.FOLLOW_UP)).containsExactly("回访率");
    assertThat(p.effectKeywords().get(FindingCategory.APPROVAL_TIME))
        .isEqualTo(Policy.defaults().effectKeywords().get(FindingCategory.APPROVAL_TIME));
    assertThat(p.weight(ScoreComponent.PARTICIPATION)).isEqualByComparingTo(new BigDecimal("30.5"));
    assertThat(p.weight(ScoreComponent.RECTIFICATION)).isEqualByComparingTo("15");
  }

  @Test
  void fromJson_badFields_listsEveryProblem() {
    assertThatThrownBy(
            () ->
                PolicyJson.fromJson(
                    "{\"conflictWindowDays\": 1.5, \"trivialCategories\": [\"dirt\"], \"weights\":"
                        + " {\"speed\": 1, \"depth\": -2}, \"colour\": \"red\"}"))
        .isInstanceOf(InvalidPolicyException.class)
        .satisfies(
            e ->
                assertThat(((InvalidPolicyException) e).problems())
                    .containsExactly(
                        "/colour: not a field of a policy; known fields: clusterMinAvoidablePairs, clusterMinRatioToChance, conflictWindowDays, effectKeywords, onlySimpleMaxComplexShare, trivialCategories, trivialLexicon, unitJudgmentMinWalks, weights, workCalendar",
                        "/conflictWindowDays: must be a whole number of days, found 1.5",
                        "/trivialCategories/0: unknown code \"dirt\"; expected one of waiting_capacity, materials_proofs, approval_time, cross_department, safety_hazard, facilities, follow_up, enterprise_service, housekeeping, other",
                        "/weights/speed: unknown code \"speed\"; expected one of participation, principal, depth, modes, substance, rectification, scheduling, findings",
                        "/weights/depth: must not be negative: -2"));
  }

  @Test
  void fromJson_ruleOfThePolicyBroken_isReported() {
    assertThatThrownBy(() -> PolicyJson.fromJson("{\"conflictWindowDays\": 40}"))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("invalid policy: /: conflictWindowDays must be 0 to 31: 40");
  }

  @Test
  void fromJson_malformed_isReported() {
    assertThatThrownBy(() -> PolicyJson.fromJson("{\"conflictWindowDays\": }"))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageStartingWith("invalid policy: /: not well-formed JSON");
  }

  @Test
  void builder_allWeightsZero_isRejected() {
    assertThatThrownBy(() -> Policy.defaults().withWeights(java.util.Map.of(ScoreComponent.DEPTH, BigDecimal.ZERO)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("weights must give at least one component a positive weight");
  }
}
