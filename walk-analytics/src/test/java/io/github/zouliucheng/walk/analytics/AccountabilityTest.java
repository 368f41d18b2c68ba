package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.county;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.day;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.department;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.finding;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.found;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.index;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.member;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.rectification;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.shallowWalk;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountabilityTest {

  private static Flag flag(Judgment judgment, String subject, List<String> walks, List<String> members, List<String> units, Optional<String> detail) {
    Flag.Builder flag =
        AnalysisFixtures.owned(Flag.of(judgment, subject), judgment, detail, members, units)
            .walkIds(ImmutableSortedSet.copyOf(walks))
            .findingIds(ImmutableSortedSet.of())
            .memberIds(ImmutableSortedSet.copyOf(members))
            .unitIds(ImmutableSortedSet.copyOf(units));
    return flag.build();
  }

  private static UnitAccountability unit(String id, Ratio members, Ratio principals, Ratio empty, Ratio shallow, long open) {
    return ImmutableUnitAccountability.builder()
        .unitId(id)
        .membersWalked(members)
        .principalsWalked(principals)
        .emptyWalks(empty)
        .shallowWalks(shallow)
        .openProblems(open)
        .build();
  }

  /**
   * The example city.
   *
   * <pre>
   * u1 county      m1 (principal) w1 1 Mar, finding f1 (open)
   *                m2             w2 2 Mar and w3 5 Mar, both empty: a leader with two empty walks
   *                m3             no walk
   * u2 department  m4 (principal) no walk: the principal did not walk
   *                m5             w4 shallow, finding f2 (solved)
   * u3 department  m6 (principal) the unit's only leader; w5 shallow and empty
   *                               a hotline ticket h1 charged to u3, open
   * u4 department  m7             no principal on the roster; w6, finding f4 (solved)
   * </pre>
   */
  private static Dataset city() {
    return dataset(
        List.of(county("u1"), department("u2"), department("u3"), department("u4")),
        List.of(
            member("m1", "u1", true),
            member("m2", "u1", false),
            member("m3", "u1", false),
            member("m4", "u2", true),
            member("m5", "u2", false),
            member("m6", "u3", true),
            member("m7", "u4", false)),
        List.of(
            walk("w1", "m1", "u1", day(3, 1), found("f1", FindingCategory.WAITING_CAPACITY, "u1", day(3, 1))),
            walk("w2", "m2", "u1", day(3, 2)),
            walk("w3", "m2", "u1", day(3, 5)),
            shallowWalk("w4", "m5", "u2", day(3, 6),
                found("f2", FindingCategory.OTHER, "u2", day(3, 6),
                    rectification(RectificationMode.IMMEDIATE).addMeasures("措施").rectifiedOn(day(3, 7)).build())),
            shallowWalk("w5", "m6", "u3", day(3, 7)),
            walk("w6", "m7", "u4", day(3, 8),
                found("f4", FindingCategory.OTHER, "u4", day(3, 8),
                    rectification(RectificationMode.IMMEDIATE).addMeasures("措施").rectifiedOn(day(3, 9)).build()))),
        List.of(finding("h1", FindingSource.HOTLINE_12345, FindingCategory.FOLLOW_UP, "u3", day(3, 10), Optional.empty())));
  }

  @Test
  void of_exampleCity_countsEveryFigure() {
    Accountability a = Accountability.of(index(city()));

    // walks w1..w6 = 6; empty w2 w3 w5 = 3; shallow w4 w5 = 2
    assertThat(a.emptyWalks()).isEqualTo(Ratio.of(3, 6));
    assertThat(a.shallowWalks()).isEqualTo(Ratio.of(2, 6));
    // roster 7; walked m1 m2 m5 m6 m7 = 5; did not walk m3 m4 = 2
    assertThat(a.membersWalked()).isEqualTo(Ratio.of(5, 7));
    assertThat(a.membersDidNotWalk()).isEqualTo(Ratio.of(2, 7));
    // of the 5 who walked: all empty m2 m6; all shallow m5 m6
    assertThat(a.leadersAllWalksEmpty()).isEqualTo(Ratio.of(2, 5));
    assertThat(a.leadersAllWalksShallow()).isEqualTo(Ratio.of(2, 5));
    // of 4 units: no principal walked in u2 (m4 did not) and u4 (has none)
    assertThat(a.unitsPrincipalDidNotWalk()).isEqualTo(Ratio.of(2, 4));
    assertThat(a.unitsWithoutPrincipal()).isEqualTo(1);
    // open: f1 (u1) and h1 (u3); f2 and f4 were solved
    assertThat(a.openProblems()).isEqualTo(2);
  }

  @Test
  void of_exampleCity_flagsEveryJudgmentWithItsEvidence() {
    Accountability a = Accountability.of(index(city()));

    assertThat(a.flags())
        .containsExactly(
            // empty walks, each with its leader and unit
            flag(Judgment.EMPTY_WALK, "w2", List.of("w2"), List.of("m2"), List.of("u1"), Optional.empty()),
            flag(Judgment.EMPTY_WALK, "w3", List.of("w3"), List.of("m2"), List.of("u1"), Optional.empty()),
            flag(Judgment.EMPTY_WALK, "w5", List.of("w5"), List.of("m6"), List.of("u3"), Optional.empty()),
            // a leader with two empty walks, and the sole leader of u3 with one
            flag(Judgment.ALL_WALKS_EMPTY, "m2", List.of("w2", "w3"), List.of("m2"), List.of("u1"), Optional.empty()),
            flag(Judgment.ALL_WALKS_EMPTY, "m6", List.of("w5"), List.of("m6"), List.of("u3"), Optional.empty()),
            // members who did not walk, the principal m4 among them
            flag(Judgment.DID_NOT_WALK, "m3", List.of(), List.of("m3"), List.of("u1"), Optional.empty()),
            flag(Judgment.DID_NOT_WALK, "m4", List.of(), List.of("m4"), List.of("u2"), Optional.empty()),
            // u2's principal did not walk; u4 has no principal on the roster
            flag(Judgment.PRINCIPAL_DID_NOT_WALK, "u2", List.of(), List.of("m4"), List.of("u2"), Optional.empty()),
            flag(Judgment.PRINCIPAL_DID_NOT_WALK, "u4", List.of(), List.of(), List.of("u4"), Optional.empty()),
            // every walk shallow: m5 (one walk, which found something) and m6
            flag(Judgment.ALL_WALKS_SHALLOW, "m5", List.of("w4"), List.of("m5"), List.of("u2"), Optional.empty()),
            flag(Judgment.ALL_WALKS_SHALLOW, "m6", List.of("w5"), List.of("m6"), List.of("u3"), Optional.empty()));
    assertThat(a.flags(Judgment.DID_NOT_WALK)).extracting(Flag::subject).containsExactly("m3", "m4");
  }

  @Test
  void of_exampleCity_figuresPerUnit() {
    Accountability a = Accountability.of(index(city()));

    assertThat(a.units().values())
        .containsExactly(
            // u1: walked m1 m2 of 3; principal m1 walked; w1 w2 w3, empty w2 w3; open f1
            unit("u1", Ratio.of(2, 3), Ratio.of(1, 1), Ratio.of(2, 3), Ratio.of(0, 3), 1),
            // u2: walked m5 of 2; principal m4 did not; w4 shallow, not empty; f2 solved
            unit("u2", Ratio.of(1, 2), Ratio.of(0, 1), Ratio.of(0, 1), Ratio.of(1, 1), 0),
            // u3, a unit with one leader: m6 walked; w5 empty and shallow; h1 open
            unit("u3", Ratio.of(1, 1), Ratio.of(1, 1), Ratio.of(1, 1), Ratio.of(1, 1), 1),
            // u4: m7 walked; no principal: 0/0; w6 neither; f4 solved
            unit("u4", Ratio.of(1, 1), Ratio.zero(), Ratio.of(0, 1), Ratio.of(0, 1), 0));
  }

  @Test
  void of_unitWithOneLeaderWhoDidNotWalk_flagsTheMemberAndTheUnit() {
    Dataset d = dataset(List.of(county("u1")), List.of(member("m1", "u1", true)), List.of(), List.of());

    Accountability a = Accountability.of(index(d));

    assertThat(a.flags())
        .containsExactly(
            flag(Judgment.DID_NOT_WALK, "m1", List.of(), List.of("m1"), List.of("u1"), Optional.empty()),
            flag(Judgment.PRINCIPAL_DID_NOT_WALK, "u1", List.of(), List.of("m1"), List.of("u1"), Optional.empty()));
    assertThat(a.membersWalked()).isEqualTo(Ratio.of(0, 1));
    assertThat(a.membersDidNotWalk()).isEqualTo(Ratio.of(1, 1));
    assertThat(a.leadersAllWalksEmpty()).isEqualTo(Ratio.zero()); // nobody walked
    assertThat(a.emptyWalks()).isEqualTo(Ratio.zero());
    assertThat(a.units().get("u1").membersWalked()).isEqualTo(Ratio.of(0, 1));
  }

  @Test
  void of_oneOfTwoPrincipalsWalked_unitNotFlagged() {
    // a unit may have two principal leaders (its Party secretary and its head); one walking is enough
    Dataset d =
        dataset(
            List.of(county("u1")),
            List.of(member("m1", "u1", true), member("m2", "u1", true)),
            List.of(walk("w1", "m1", "u1", day(3, 1), found("f1", FindingCategory.OTHER, "u1", day(3, 1)))),
            List.of());

    Accountability a = Accountability.of(index(d));

    assertThat(a.flags(Judgment.PRINCIPAL_DID_NOT_WALK)).isEmpty();
    assertThat(a.units().get("u1").principalsWalked()).isEqualTo(Ratio.of(1, 2));
    assertThat(a.flags()).extracting(Flag::subject).containsExactly("m2"); // DID_NOT_WALK only
  }

  @Test
  void of_leaderWithOneEmptyAndOneFruitfulWalk_notAllEmpty() {
    Dataset d =
        dataset(
            List.of(county("u1")),
            List.of(member("m1", "u1", true)),
            List.of(
                walk("w1", "m1", "u1", day(3, 1)),
                walk("w2", "m1", "u1", day(3, 2), found("f1", FindingCategory.OTHER, "u1", day(3, 2)))),
            List.of());

    Accountability a = Accountability.of(index(d));

    assertThat(a.flags()).extracting(Flag::judgment).containsExactly(Judgment.EMPTY_WALK);
    assertThat(a.leadersAllWalksEmpty()).isEqualTo(Ratio.of(0, 1));
  }

  private static Walk walkOf(Visibility visibility, Coverage coverage, Complexity... matters) {
    Walk.Builder b =
        Walk.builder()
            .id("w1")
            .leaderId("m1")
            .unitId("u1")
            .date(day(3, 1))
            .servicePoint(ServicePoint.builder().id("sp").name("大厅").kind(ServicePointKind.SERVICE_HALL).build())
            .role(Role.LEADER)
            .approach(Approach.EXPERIENCED)
            .addForms(WalkForm.ON_SITE)
            .visibility(visibility)
            .coverage(coverage);
    for (int i = 0; i < matters.length; i++) {
      b.addMatters(Matter.of("事项" + i, matters[i]));
    }
    return b.build();
  }

  @Test
  void shallow_announcedPartSimple_isShallow() {
    assertThat(Accountability.shallow(walkOf(Visibility.ANNOUNCED, Coverage.PART, Complexity.SIMPLE, Complexity.SIMPLE))).isTrue();
  }

  @Test
  void shallow_anyOfTheThreeMissing_isNotShallow() {
    assertThat(Accountability.shallow(walkOf(Visibility.UNANNOUNCED, Coverage.PART, Complexity.SIMPLE))).isFalse();
    assertThat(Accountability.shallow(walkOf(Visibility.ANNOUNCED, Coverage.WHOLE, Complexity.SIMPLE))).isFalse();
    // one complex matter among simple ones is enough
    assertThat(Accountability.shallow(walkOf(Visibility.ANNOUNCED, Coverage.PART, Complexity.SIMPLE, Complexity.COMPLEX))).isFalse();
  }

  @Test
  void of_emptyDataset_everythingZero() {
    Accountability a = Accountability.of(index(Dataset.empty(Q1)));

    assertThat(a.emptyWalks()).isEqualTo(Ratio.zero());
    assertThat(a.shallowWalks()).isEqualTo(Ratio.zero());
    assertThat(a.membersWalked()).isEqualTo(Ratio.zero());
    assertThat(a.membersDidNotWalk()).isEqualTo(Ratio.zero());
    assertThat(a.leadersAllWalksEmpty()).isEqualTo(Ratio.zero());
    assertThat(a.leadersAllWalksShallow()).isEqualTo(Ratio.zero());
    assertThat(a.unitsPrincipalDidNotWalk()).isEqualTo(Ratio.zero());
    assertThat(a.unitsWithoutPrincipal()).isZero();
    assertThat(a.openProblems()).isZero();
    assertThat(a.units()).isEmpty();
    assertThat(a.flags()).isEmpty();
  }

  @Test
  void of_givenQuality_equalsComputingItHere() {
    Index index = index(city());

    assertThat(Accountability.of(index, RectificationQuality.of(index))).isEqualTo(Accountability.of(index));
  }

  @Test
  void plus_sharedUnit_throws() {
    Accountability a = Accountability.of(index(city()));

    assertThatIllegalArgumentException().isThrownBy(() -> a.plus(a)).withMessageContaining("unit u1");
  }
}
