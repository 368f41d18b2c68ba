package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two rules of {@link TrivialClassifier} and who answers for a trivial finding. */
class TrivialClassifierTest {
  private static final TrivialClassifier DEFAULTS = new TrivialClassifier(Policy.defaults());

  private static Finding finding(FindingCategory category, String description, String responsibleUnit) {
    return Finding.builder()
        .id("F1")
        .source(FindingSource.WALK)
        .description(description)
        .category(category)
        .responsibleUnitId(responsibleUnit)
        .foundOn(LocalDate.of(2023, 3, 1))
        .build();
  }

  /** A walk by member d-01 of department d at county c's service hall, run by county c. */
  private static Walk walk(Finding f) {
    return walk(f, "某县政务服务大厅");
  }

  private static Walk walk(Finding f, String pointName) {
    return Walk.builder()
        .id("W1")
        .leaderId("d-01")
        .unitId("d")
        .date(LocalDate.of(2023, 3, 1))
        .servicePoint(
            ServicePoint.builder().id("c-hall").name(pointName).kind(ServicePointKind.SERVICE_HALL).ownerUnitId("c").build())
        .addMatters(Matter.of("办理营业执照", Complexity.SIMPLE))
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .addForms(WalkForm.ON_SITE)
        .visibility(Visibility.ANNOUNCED)
        .coverage(Coverage.WHOLE)
        .addFindings(f)
        .build();
  }

  /*
   * The case: a department's leader walks a county's hall and records a trivial finding that
   * the county must fix. The finding is charged to the county for rectification, but the shallow
   * finding is the walker's choice: the flag is owned by department d and its member, not county c.
   */
  @Test
  void flags_trivialFindingInAnotherUnitsHall_ownedByTheWalkersUnitNotTheResponsibleUnit() {
    Finding f = finding(FindingCategory.FACILITIES, "大厅地面有纸屑，保洁不到位", "c");

    List<Flag> flags = DEFAULTS.flags(f, walk(f));

    assertThat(flags).singleElement().satisfies(flag -> {
      assertThat(flag.judgment()).isIn(Judgment.TRIVIAL_PHRASE, Judgment.TRIVIAL_WORDING);
      assertThat(flag.ownerUnitIds()).containsExactly("d");
      assertThat(flag.ownerMemberIds()).containsExactly("d-01");
      assertThat(flag.unitIds()).containsExactly("c", "d"); // evidence keeps the responsible unit
      assertThat(flag.words()).isNotEmpty();
    });
  }

  /* The category rule and the lexicon rule fire together: one flag each, the category first. */
  @Test
  void flags_housekeepingWithTheSeedsPhrase_oneFlagPerRuleCategoryFirst() {
    Finding f = finding(FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", "d");

    List<Flag> flags = DEFAULTS.flags(f, walk(f));

    assertThat(flags).extracting(Flag::judgment).containsExactly(Judgment.TRIVIAL_CATEGORY, Judgment.TRIVIAL_PHRASE);
    assertThat(flags.get(0).words()).containsExactly("housekeeping");
    assertThat(flags.get(1).words()).containsExactly("卫生清扫不够彻底");
  }

  /*
   * The name of the point walked is a place, not a need: 应急 in "某县应急窗口" is an exclusion word
   * (a hazard), but the finding is about the window's plants. Written elsewhere than at that point,
   * the same words veto the finding: prefer a missed flag to a false one.
   */
  @Test
  void flags_pointNamedAfterAnExclusionWord_isTakenOutBeforeMatching() {
    Finding f = finding(FindingCategory.FACILITIES, "某县政务服务中心应急窗口绿植枯黄未及时更换", "d");
    Finding g = finding(FindingCategory.FACILITIES, "某县政务服务中心应急窗口绿植枯黄未及时更换", "d");

    assertThat(DEFAULTS.flags(f, walk(f, "某县政务服务中心应急窗口")))
        .extracting(Flag::judgment)
        .containsExactly(Judgment.TRIVIAL_WORDING);
    // walked elsewhere, the same words are not a place: 应急 vetoes the finding
    assertThat(DEFAULTS.flags(g, walk(g, "某县政务服务大厅"))).isEmpty();
  }

  /* A look-alike: 卫生 in the name of a unit, and a wait measured in minutes. */
  @Test
  void flags_substantiveFindingAtAHealthCommissionWindow_none() {
    Finding waiting = finding(FindingCategory.WAITING_CAPACITY, "市卫生健康委窗口排队等候超过40分钟", "d");
    assertThat(DEFAULTS.flags(waiting, walk(waiting))).isEmpty();
    Finding blocked = finding(FindingCategory.SAFETY_HAZARD, "消防通道堆放杂物，堵塞通道", "d");
    assertThat(DEFAULTS.flags(blocked, walk(blocked))).isEmpty();
  }

  /* A policy without the category rule and with an empty lexicon flags nothing. */
  @Test
  void flags_noRules_none() {
    TrivialClassifier none =
        new TrivialClassifier(
            Policy.defaults().withTrivialCategories(List.of()).withTrivialLexicon(TrivialLexicon.builder().build()));

    Finding cleaning = finding(FindingCategory.HOUSEKEEPING, "卫生清扫不够彻底", "d");
    assertThat(none.flags(cleaning, walk(cleaning))).isEmpty();
  }
}
