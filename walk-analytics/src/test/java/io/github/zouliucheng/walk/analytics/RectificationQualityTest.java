package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.county;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.day;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.department;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.effect;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.finding;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.found;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.index;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.member;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.rectification;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RectificationQualityTest {
  // The roster of most examples: the county u1 with its principal m1 and m2, the department u2
  // with its principal m3.
  private static final List<Unit> UNITS = List.of(county("u1"), department("u2"));
  private static final List<Member> MEMBERS =
      List.of(member("m1", "u1", true), member("m2", "u1", false), member("m3", "u2", true));

  /** A dataset of the roster above, with {@code findings} found on one walk of m1 on 1 March. */
  private static Dataset onOneWalk(Finding... findings) {
    return dataset(UNITS, MEMBERS, List.of(walk("w1", "m1", "u1", day(3, 1), findings)), List.of());
  }

  /** A rectification that draws no flag of its own: immediate, with a measure and an effect note. */
  private static Rectification.Builder done(LocalDate rectifiedOn) {
    return rectification(RectificationMode.IMMEDIATE).addMeasures("具体措施").effectNote("已整改到位").rectifiedOn(rectifiedOn);
  }

  private static Flag flag(Judgment judgment, String findingId, Optional<String> walkId, Optional<String> leaderId, List<String> unitIds, Optional<String> detail) {
    return AnalysisFixtures.owned(Flag.of(judgment, findingId), judgment, detail, List.of(), unitIds)
        .findingIds(ImmutableSortedSet.of(findingId))
        .walkIds(walkId.map(ImmutableSortedSet::of).orElse(ImmutableSortedSet.of()))
        .memberIds(leaderId.map(ImmutableSortedSet::of).orElse(ImmutableSortedSet.of()))
        .unitIds(ImmutableSortedSet.copyOf(unitIds))
        .build();
  }

  @Test
  void of_bulletinGoodCases_matchWithoutFlags() {
    // 桦南县: waiting_capacity, windows 2 → 4 个 plus self-service terminals 0 → 2 台; "医保办事窗口"
    // contains the keyword 窗口, so the effects match. Found 2 Feb, rectified 9 Feb: 7 days.
    Finding windows =
        found(
            "f1",
            FindingCategory.WAITING_CAPACITY,
            "u1",
            day(2, 2),
            rectification(RectificationMode.IMMEDIATE)
                .addMeasures("医保窗口由2个增加到4个", "增加2个电子服务终端")
                .addEffects(effect("医保办事窗口", "2", "4", "个"), effect("电子服务终端", "0", "2", "台"))
                .rectifiedOn(day(2, 9))
                .build());
    // 市司法局: approval_time, approval 3 → 0 工作日; the unit 工作日 (and the indicator's 审批) are
    // keywords. Rectified the day it was found (0 days), closed out 20 Feb, called back 21 Feb.
    Finding approval =
        found(
            "f2",
            FindingCategory.APPROVAL_TIME,
            "u2",
            day(2, 10),
            rectification(RectificationMode.IMMEDIATE)
                .addMeasures("推行“一次性告知”和“一表申请”", "简化审批环节")
                .addEffects(
                    effect("法律援助审批时长", "3", "0", "工作日", "当日受理、当日审批、当日指派律师"))
                .rectifiedOn(day(2, 10))
                .closedOn(day(2, 20))
                .callback(Callback.of(day(2, 21), CallbackResult.SATISFIED))
                .build());
    Dataset d =
        dataset(
            UNITS,
            MEMBERS,
            List.of(walk("w1", "m1", "u1", day(2, 2), windows), walk("w2", "m3", "u2", day(2, 10), approval)),
            List.of());

    RectificationQuality q = RectificationQuality.of(index(d));

    assertThat(q.flags()).isEmpty();
    assertThat(q.effectMismatch()).isEqualTo(Ratio.of(0, 2)); // both checked, both match
    assertThat(q.findings()).isEqualTo(2);
    assertThat(q.findingsOnWalks()).isEqualTo(2);
    assertThat(q.solved()).isEqualTo(Ratio.of(2, 2));
    assertThat(q.solvedOnWalks()).isEqualTo(Ratio.of(2, 2));
    assertThat(q.closedOut()).isEqualTo(Ratio.of(1, 2)); // f2 only
    assertThat(q.callbacks()).isEqualTo(Ratio.of(1, 2)); // f2 called back, of 2 solved
    assertThat(q.callbackResults().count(CallbackResult.SATISFIED)).isEqualTo(1);
    assertThat(q.callbackResults().records()).isEqualTo(1);
    assertThat(q.daysToRectify()).isEqualTo(ImmutableSortedMap.of(0L, 1L, 7L, 1L));
    // nearest rank of 2 values: median rank ⌈0.5·2⌉ = 1 → 0 days; p90 rank ⌈0.9·2⌉ = 2 → 7 days
    assertThat(q.medianDaysToRectify()).contains(0L);
    assertThat(q.p90DaysToRectify()).contains(7L);
  }

  @Test
  void of_waitingCapacityWithLeafletsOnly_flagsEffectMismatch() {
    // waiting_capacity's keywords are 窗口 等候 等待 排队 终端 座椅 叫号 分钟 人员: none is in
    // "宣传材料" or "份", so the only effect does not match. The same effect on a housekeeping
    // finding is not checked: housekeeping has no keywords, so it is not in the denominator.
    Finding leaflets =
        found(
            "f1",
            FindingCategory.WAITING_CAPACITY,
            "u1",
            day(3, 1),
            done(day(3, 5)).addEffects(effect("宣传材料", "0", "500", "份")).build());
    Finding tidy =
        found(
            "f2",
            FindingCategory.HOUSEKEEPING,
            "u1",
            day(3, 1),
            done(day(3, 5)).addEffects(effect("宣传材料", "0", "500", "份")).build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(leaflets, tidy)));

    assertThat(q.effectMismatch()).isEqualTo(Ratio.of(1, 1));
    assertThat(q.flags())
        .containsExactly(
            flag(Judgment.EFFECT_MISMATCH, "f1", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.of("宣传材料")));
  }

  @Test
  void of_effectMismatch_detailListsEveryIndicatorInOrder() {
    // neither 宣传材料/份 nor 满意度/% holds a waiting_capacity keyword
    Finding f =
        found(
            "f1",
            FindingCategory.WAITING_CAPACITY,
            "u1",
            day(3, 1),
            done(day(3, 5))
                .addEffects(effect("宣传材料", "0", "500", "份"), effect("满意度", "80", "95", "%"))
                .build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(f)));

    assertThat(q.flags(Judgment.EFFECT_MISMATCH)).singleElement().satisfies(x -> assertThat(x.words()).containsExactly("宣传材料", "满意度"));
  }

  @Test
  void of_keywordInEffectNote_matches() {
    // the indicator and unit say nothing of waiting, but the note mentions 排队
    Finding f =
        found(
            "f1",
            FindingCategory.WAITING_CAPACITY,
            "u1",
            day(3, 1),
            done(day(3, 5)).addEffects(effect("办事效率", "1", "2", "倍", "排队时间减半")).build());

    assertThat(RectificationQuality.of(index(onOneWalk(f))).flags()).isEmpty();
  }

  @Test
  void of_rectifiedWithoutMeasuresOrEffect_flagsEach() {
    // f1: solved, an effect note but no measure → without measures only.
    // f2: solved, a measure but neither effects nor note → without effect only.
    // f3: nothing recorded, but rectified only on 5 April, after the reference date 31 March:
    //     not solved, so neither rule looks at it.
    Finding f1 =
        found("f1", FindingCategory.APPROVAL_TIME, "u1", day(3, 1),
            rectification(RectificationMode.IMMEDIATE).effectNote("已整改").rectifiedOn(day(3, 2)).build());
    Finding f2 =
        found("f2", FindingCategory.APPROVAL_TIME, "u1", day(3, 1),
            rectification(RectificationMode.IMMEDIATE).addMeasures("简化环节").rectifiedOn(day(3, 2)).build());
    Finding f3 =
        found("f3", FindingCategory.APPROVAL_TIME, "u1", day(3, 1),
            rectification(RectificationMode.IMMEDIATE).rectifiedOn(day(4, 5)).build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(f1, f2, f3)));

    assertThat(q.solved()).isEqualTo(Ratio.of(2, 3));
    assertThat(q.withoutMeasures()).isEqualTo(Ratio.of(1, 2));
    assertThat(q.withoutEffect()).isEqualTo(Ratio.of(1, 2));
    assertThat(q.flags())
        .containsExactly(
            flag(Judgment.RECTIFIED_WITHOUT_MEASURES, "f1", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.empty()),
            flag(Judgment.RECTIFIED_WITHOUT_EFFECT, "f2", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.empty()));
  }

  /** A scheduled rectification with a deadline and an owner, a measure and an effect note. */
  private static Rectification.Builder scheduled(LocalDate deadline) {
    return rectification(RectificationMode.SCHEDULED).deadline(deadline).owner("张三").addMeasures("具体措施").effectNote("已整改到位");
  }

  @Test
  void of_deadlines_overdueAsOfTheReferenceDate() {
    // reference date 31 March.
    // fA: deadline 15 March, never rectified           → overdue, still open past the deadline
    // fB: deadline 10 March, rectified 20 March (late) → overdue, solved late
    // fC: deadline 15 March, rectified 15 March        → on time: not overdue
    // fD: deadline 31 March (the reference date)       → not due yet: not overdue, not counted
    // fE: deadline 20 March, rectified 2 April         → overdue, and not solved on 31 March
    // due (deadline before 31 March): A B C E = 4; overdue: A B E = 3; open past deadline: A E = 2
    Finding fA = found("fA", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 15)).build());
    Finding fB = found("fB", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 10)).rectifiedOn(day(3, 20)).build());
    Finding fC = found("fC", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 15)).rectifiedOn(day(3, 15)).build());
    Finding fD = found("fD", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 31)).build());
    Finding fE = found("fE", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 20)).rectifiedOn(day(4, 2)).build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(fA, fB, fC, fD, fE)));

    assertThat(q.overdue()).isEqualTo(Ratio.of(3, 4));
    assertThat(q.openPastDeadline()).isEqualTo(Ratio.of(2, 4));
    assertThat(q.flags())
        .containsExactly(
            flag(Judgment.OVERDUE, "fA", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.of("2023-03-15")),
            flag(Judgment.OVERDUE, "fB", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.of("2023-03-10")),
            flag(Judgment.OVERDUE, "fE", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.of("2023-03-20")));
    // u1 carries all five: solved B C = 2; open A D E = 3
    UnitRectification u1 = q.units().get("u1");
    assertThat(u1.solved()).isEqualTo(Ratio.of(2, 5));
    assertThat(u1.open()).isEqualTo(3);
    assertThat(u1.overdue()).isEqualTo(3);
    assertThat(u1.openPastDeadline()).isEqualTo(2);
  }

  @Test
  void of_deadlineDayItself_notOverdueUntilTheNextDay() {
    // deadline 15 March, never rectified: on 15 March it is not overdue yet, on 16 March it is
    Dataset d = onOneWalk(found("f1", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 15)).build()));

    assertThat(RectificationQuality.of(index(d, day(3, 15))).overdue()).isEqualTo(Ratio.of(0, 0));
    assertThat(RectificationQuality.of(index(d, day(3, 16))).overdue()).isEqualTo(Ratio.of(1, 1));
  }

  @Test
  void of_rectifiedExactlyOnTheDeadline_notOverdue() {
    Dataset d =
        onOneWalk(found("f1", FindingCategory.FACILITIES, "u1", day(3, 1), scheduled(day(3, 10)).rectifiedOn(day(3, 10)).build()));

    RectificationQuality q = RectificationQuality.of(index(d));

    assertThat(q.overdue()).isEqualTo(Ratio.of(0, 1)); // due, and met
    assertThat(q.flags()).isEmpty();
  }

  @Test
  void of_scheduledWithoutDeadlineOrOwner_flagsEach() {
    // f1: scheduled, owner but no deadline          → without deadline
    // f2: scheduled, deadline but no owner or unit  → without owner
    // f3: scheduled, deadline and an owner unit only → an owner unit is an owner: no flag
    // f4: immediate with nothing recorded           → immediate rectifications are not checked
    // scheduled: f1 f2 f3 = 3
    Finding f1 = found("f1", FindingCategory.OTHER, "u1", day(3, 1),
        rectification(RectificationMode.SCHEDULED).owner("张三").build());
    Finding f2 = found("f2", FindingCategory.OTHER, "u1", day(3, 1),
        rectification(RectificationMode.SCHEDULED).deadline(day(4, 30)).build());
    Finding f3 = found("f3", FindingCategory.OTHER, "u1", day(3, 1),
        rectification(RectificationMode.SCHEDULED).deadline(day(4, 30)).ownerUnitId("u2").build());
    Finding f4 = found("f4", FindingCategory.OTHER, "u1", day(3, 1), rectification(RectificationMode.IMMEDIATE).build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(f1, f2, f3, f4)));

    assertThat(q.scheduledWithoutDeadline()).isEqualTo(Ratio.of(1, 3));
    assertThat(q.scheduledWithoutOwner()).isEqualTo(Ratio.of(1, 3));
    assertThat(q.flags())
        .containsExactly(
            flag(Judgment.SCHEDULED_WITHOUT_DEADLINE, "f1", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.empty()),
            flag(Judgment.SCHEDULED_WITHOUT_OWNER, "f2", Optional.of("w1"), Optional.of("m1"), List.of("u1"), Optional.empty()));
  }

  @Test
  void of_findingFromAnotherChannel_evidenceHasNoWalkAndNamesTheOwnerUnit() {
    // a hotline ticket charged to u1, owned by u2, scheduled without a deadline
    Finding ticket =
        finding("h1", FindingSource.HOTLINE_12345, FindingCategory.FOLLOW_UP, "u1", day(3, 3),
            Optional.of(rectification(RectificationMode.SCHEDULED).ownerUnitId("u2").build()));
    Dataset d = dataset(UNITS, MEMBERS, List.of(), List.of(ticket));

    RectificationQuality q = RectificationQuality.of(index(d));

    assertThat(q.flags())
        .containsExactly(
            flag(Judgment.SCHEDULED_WITHOUT_DEADLINE, "h1", Optional.empty(), Optional.empty(), List.of("u1", "u2"), Optional.empty()));
    assertThat(q.findings()).isEqualTo(1);
    assertThat(q.findingsOnWalks()).isZero();
    assertThat(q.solvedOnWalks()).isEqualTo(Ratio.zero());
  }

  @Test
  void of_everyRosterUnit_hasFigures() {
    // one open hotline ticket charged to u2; u1 has nothing charged to it but is listed
    Finding ticket = finding("h1", FindingSource.HOTLINE_12345, FindingCategory.OTHER, "u2", day(3, 3), Optional.empty());

    RectificationQuality q = RectificationQuality.of(index(dataset(UNITS, MEMBERS, List.of(), List.of(ticket))));

    assertThat(q.units().keySet()).containsExactly("u1", "u2");
    assertThat(q.units().get("u1").solved()).isEqualTo(Ratio.zero());
    assertThat(q.units().get("u1").open()).isZero();
    assertThat(q.units().get("u2").solved()).isEqualTo(Ratio.of(0, 1));
    assertThat(q.units().get("u2").open()).isEqualTo(1);
  }

  @Test
  void of_closedOrCalledBackAfterTheReferenceDate_notCounted() {
    // rectified 1 March, closed out 3 March, called back 2 March (dissatisfied)
    Finding f =
        found("f1", FindingCategory.OTHER, "u1", day(3, 1),
            done(day(3, 1)).closedOn(day(3, 3)).callback(Callback.of(day(3, 2), CallbackResult.DISSATISFIED)).build());
    Dataset d = onOneWalk(f);

    // as of 1 March: solved, not closed, not called back
    RectificationQuality early = RectificationQuality.of(index(d, day(3, 1)));
    assertThat(early.solved()).isEqualTo(Ratio.of(1, 1));
    assertThat(early.closedOut()).isEqualTo(Ratio.of(0, 1));
    assertThat(early.callbacks()).isEqualTo(Ratio.of(0, 1));
    assertThat(early.callbackResults().records()).isZero();
    // as of 31 March: all three
    RectificationQuality late = RectificationQuality.of(index(d));
    assertThat(late.closedOut()).isEqualTo(Ratio.of(1, 1));
    assertThat(late.callbacks()).isEqualTo(Ratio.of(1, 1));
    assertThat(late.callbackResults().count(CallbackResult.DISSATISFIED)).isEqualTo(1);
  }

  @Test
  void of_emptyDataset_everythingZeroAndNoPercentile() {
    RectificationQuality q = RectificationQuality.of(index(Dataset.empty(Q1)));

    assertThat(q.findings()).isZero();
    assertThat(q.solved()).isEqualTo(Ratio.zero());
    assertThat(q.closedOut()).isEqualTo(Ratio.zero());
    assertThat(q.callbacks()).isEqualTo(Ratio.zero());
    assertThat(q.callbackResults().records()).isZero();
    assertThat(q.overdue()).isEqualTo(Ratio.zero());
    assertThat(q.daysToRectify()).isEmpty();
    assertThat(q.medianDaysToRectify()).isEmpty();
    assertThat(q.p90DaysToRectify()).isEmpty();
    assertThat(q.units()).isEmpty();
    assertThat(q.flags()).isEmpty();
  }

  @Test
  void percentile_oneValue_isThatValue() {
    // one problem solved in 5 days: every percentile is 5
    Dataset d = onOneWalk(found("f1", FindingCategory.OTHER, "u1", day(3, 1), done(day(3, 6)).build()));
    RectificationQuality q = RectificationQuality.of(index(d));

    assertThat(q.daysToRectify()).isEqualTo(ImmutableSortedMap.of(5L, 1L));
    assertThat(q.medianDaysToRectify()).contains(5L);
    assertThat(q.p90DaysToRectify()).contains(5L);
    assertThat(q.daysToRectifyPercentile(1)).contains(5L);
    assertThat(q.daysToRectifyPercentile(100)).contains(5L);
  }

  @Test
  void percentile_twoValues_medianIsTheLower() {
    // values 1 and 3: p50 rank ⌈0.5·2⌉ = 1 → 1; p51 rank ⌈1.02⌉ = 2 → 3; p90 rank ⌈1.8⌉ = 2 → 3
    ImmutableSortedMap<Long, Long> h = ImmutableSortedMap.of(1L, 1L, 3L, 1L);

    assertThat(RectificationQuality.percentile(h, 50)).contains(1L);
    assertThat(RectificationQuality.percentile(h, 51)).contains(3L);
    assertThat(RectificationQuality.percentile(h, 90)).contains(3L);
  }

  @Test
  void percentile_tenValues_nearestRank() {
    // values 1..10 days, once each: p50 rank 5 → 5; p90 rank 9 → 9; p91 rank ⌈9.1⌉ = 10 → 10;
    // p1 rank ⌈0.1⌉ = 1 → 1; p100 rank 10 → 10
    ImmutableSortedMap.Builder<Long, Long> b = ImmutableSortedMap.naturalOrder();
    for (long d = 1; d <= 10; d++) {
      b.put(d, 1L);
    }
    ImmutableSortedMap<Long, Long> h = b.build();

    assertThat(RectificationQuality.percentile(h, 50)).contains(5L);
    assertThat(RectificationQuality.percentile(h, 90)).contains(9L);
    assertThat(RectificationQuality.percentile(h, 91)).contains(10L);
    assertThat(RectificationQuality.percentile(h, 1)).contains(1L);
    assertThat(RectificationQuality.percentile(h, 100)).contains(10L);
  }

  @Test
  void percentile_repeatedValues_countedWithTheirMultiplicity() {
    // 0 days ×7, 30 days ×3: ten values; p70 rank 7 → 0; p80 rank 8 → 30
    ImmutableSortedMap<Long, Long> h = ImmutableSortedMap.of(0L, 7L, 30L, 3L);

    assertThat(RectificationQuality.percentile(h, 70)).contains(0L);
    assertThat(RectificationQuality.percentile(h, 80)).contains(30L);
  }

  @Test
  void percentile_outOfRange_throws() {
    RectificationQuality q = RectificationQuality.of(index(Dataset.empty(Q1)));

    assertThatIllegalArgumentException().isThrownBy(() -> q.daysToRectifyPercentile(0)).withMessageContaining("1 to 100: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> q.daysToRectifyPercentile(101)).withMessageContaining("1 to 100: 101");
  }

  @Test
  void plus_sharedUnit_throws() {
    RectificationQuality q = RectificationQuality.of(index(onOneWalk()));

    assertThatIllegalArgumentException().isThrownBy(() -> q.plus(q)).withMessageContaining("unit u1");
  }

  @Test
  void flagsOfJudgment_keepsOnlyThatJudgment() {
    Finding f1 = found("f1", FindingCategory.OTHER, "u1", day(3, 1), rectification(RectificationMode.IMMEDIATE).rectifiedOn(day(3, 2)).build());

    RectificationQuality q = RectificationQuality.of(index(onOneWalk(f1)));

    assertThat(q.flags()).hasSize(2); // without measures, without effect
    assertThat(q.flags(Judgment.RECTIFIED_WITHOUT_EFFECT)).extracting(Flag::judgment).containsExactly(Judgment.RECTIFIED_WITHOUT_EFFECT);
    assertThat(q.flags(Judgment.OVERDUE)).isEmpty();
  }
}
