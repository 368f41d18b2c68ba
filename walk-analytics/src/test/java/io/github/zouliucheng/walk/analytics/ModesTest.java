package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.county;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.department;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.member;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.point;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModesTest {
  /** ln 2 / ln 5: two forms used equally often, of five. */
  private static final double TWO_OF_FIVE = Math.log(2) / Math.log(5);

  /*
   * Roster: county C1 with C1-a (principal) and C1-b; departments D1 (one leader, D1-a), D2 (D2-a)
   * and D3 (D3-a, who did not walk).
   *
   *   walk lead  forms                      role    approach     visibility    coverage point
   *   W1   C1-a  on-site                    leader  experienced  announced     part     hall
   *   W2   C1-b  on-site, internal          staff   accompanied  announced     part     hall
   *   W3   C1-a  internal                   leader  experienced  unannounced   whole    hall
   *   W4   D1-a  all five                   citizen handled      四不两直       whole    hospital
   *   W5   D2-a  internal                   citizen experienced  announced     part     online platform
   *
   * walks 5. forms: on-site 3 (W1 W2 W4), internal 4 (W2 W3 W4 W5), online 1, grassroots 1,
   * cross-linked 1 (W4); records 5. roles: citizen 2, staff 1, leader 2. approaches: handled 1,
   * experienced 3, accompanied 1. visibility: announced 3, unannounced 2. coverage: whole 2, part 3.
   * channel: online W4 (by form) and W5 (by its online platform) = 2, offline 3.
   * shares: online 2/5, grassroots 1/5, cross-linked 1/5, citizen 2/5, unannounced 2/5, whole 2/5,
   * 四不两直 1/5.
   * diversity: C1 forms on-site 2, internal 2 of 4 counts: -2·(½ ln ½)/ln 5 = ln 2/ln 5;
   * D1 each form once: 1; D2 internal only: 0; D3 no walk: 0.
   * leaders: C1-a on-site 1, internal 1: ln 2/ln 5; C1-b the same; D1-a 1; D2-a 0; D3-a 0.
   * no online walk: C1 only (D2 walked online through its platform; D3 did not walk at all).
   */
  private static final Dataset MIXED =
      dataset(
          List.of(county("C1"), department("D1"), department("D2"), department("D3")),
          List.of(
              member("C1-a", "C1", true),
              member("C1-b", "C1", false),
              member("D1-a", "D1", true),
              member("D2-a", "D2", true),
              member("D3-a", "D3", true)),
          List.of(
              walk("W1", "C1-a", "C1").forms(WalkForm.ON_SITE).build(),
              walk("W2", "C1-b", "C1")
                  .forms(WalkForm.ON_SITE, WalkForm.INTERNAL)
                  .role(Role.STAFF)
                  .approach(Approach.ACCOMPANIED)
                  .build(),
              walk("W3", "C1-a", "C1").forms(WalkForm.INTERNAL).unannounced().whole().build(),
              walk("W4", "D1-a", "D1")
                  .forms(WalkForm.ON_SITE, WalkForm.INTERNAL, WalkForm.ONLINE, WalkForm.GRASSROOTS, WalkForm.CROSS_LINKED)
                  .at(point("P-hospital", ServicePointKind.HOSPITAL))
                  .role(Role.CITIZEN)
                  .approach(Approach.HANDLED)
                  .fourNoTwoStraight()
                  .whole()
                  .build(),
              walk("W5", "D2-a", "D2")
                  .forms(WalkForm.INTERNAL)
                  .at(point("P-net", ServicePointKind.ONLINE_PLATFORM))
                  .role(Role.CITIZEN)
                  .build()),
          List.of());

  @Test
  void of_mixedWalks_distributesWalksOverEveryFacet() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.walks()).isEqualTo(5);
    assertThat(modes.forms().counts())
        .containsExactly(
            Map.entry(WalkForm.ON_SITE, 3L),
            Map.entry(WalkForm.INTERNAL, 4L),
            Map.entry(WalkForm.ONLINE, 1L),
            Map.entry(WalkForm.GRASSROOTS, 1L),
            Map.entry(WalkForm.CROSS_LINKED, 1L));
    assertThat(modes.forms().records()).isEqualTo(5);
    assertThat(modes.roles().counts())
        .containsExactly(Map.entry(Role.CITIZEN, 2L), Map.entry(Role.STAFF, 1L), Map.entry(Role.LEADER, 2L));
    assertThat(modes.approaches().counts())
        .containsExactly(
            Map.entry(Approach.HANDLED, 1L), Map.entry(Approach.EXPERIENCED, 3L), Map.entry(Approach.ACCOMPANIED, 1L));
    assertThat(modes.visibilities().counts())
        .containsExactly(Map.entry(Visibility.ANNOUNCED, 3L), Map.entry(Visibility.UNANNOUNCED, 2L));
    assertThat(modes.coverages().counts()).containsExactly(Map.entry(Coverage.WHOLE, 2L), Map.entry(Coverage.PART, 3L));
    assertThat(modes.channels().counts()).containsExactly(Map.entry(Channel.ONLINE, 2L), Map.entry(Channel.OFFLINE, 3L));
  }

  @Test
  void of_mixedWalks_sharesOfTheModesAskedFor() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.onlineWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(modes.grassrootsWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(modes.crossLinkedWalks()).isEqualTo(Ratio.of(1, 5));
    assertThat(modes.citizenWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(modes.unannouncedWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(modes.wholeProcessWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(modes.fourNoTwoStraightWalks()).isEqualTo(Ratio.of(1, 5));
  }

  @Test
  void of_walkAtAnOnlinePlatform_isOnlineWithoutTheOnlineForm() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.forms().share(WalkForm.ONLINE)).isEqualTo(Ratio.of(1, 5));
    assertThat(modes.onlineWalks()).isEqualTo(Ratio.of(2, 5));
    assertThat(modes.flags()).extracting(Flag::subject).doesNotContain("D2");
  }

  @Test
  void of_mixedWalks_diversityPerUnit() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.diversityByUnit()).containsOnlyKeys("C1", "D1", "D2", "D3");
    assertThat(modes.diversityByUnit().get("C1")).isCloseTo(TWO_OF_FIVE, within(1e-12));
    assertThat(modes.diversityByUnit().get("D1")).isCloseTo(1.0, within(1e-12));
    assertThat(modes.diversityByUnit().get("D2")).isZero();
    assertThat(modes.diversityByUnit().get("D3")).isZero();
  }

  @Test
  void of_mixedWalks_diversityPerLeader() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.diversityByLeader()).containsOnlyKeys("C1-a", "C1-b", "D1-a", "D2-a", "D3-a");
    assertThat(modes.diversityByLeader().get("C1-a")).isCloseTo(TWO_OF_FIVE, within(1e-12));
    assertThat(modes.diversityByLeader().get("C1-b")).isCloseTo(TWO_OF_FIVE, within(1e-12));
    assertThat(modes.diversityByLeader().get("D1-a")).isCloseTo(1.0, within(1e-12));
    assertThat(modes.diversityByLeader().get("D2-a")).isZero();
    assertThat(modes.diversityByLeader().get("D3-a")).isZero();
  }

  @Test
  void of_mixedWalks_formsPerUnitAndLeader() {
    Modes modes = Modes.of(index(MIXED));

    Distribution<WalkForm> c1 = modes.formsByUnit().get("C1");
    assertThat(c1.records()).isEqualTo(3);
    assertThat(c1.counts())
        .containsExactly(
            Map.entry(WalkForm.ON_SITE, 2L),
            Map.entry(WalkForm.INTERNAL, 2L),
            Map.entry(WalkForm.ONLINE, 0L),
            Map.entry(WalkForm.GRASSROOTS, 0L),
            Map.entry(WalkForm.CROSS_LINKED, 0L));
    assertThat(modes.formsByUnit().get("D3")).isEqualTo(Distribution.empty(WalkForm.class));
    assertThat(modes.formsByLeader().get("C1-a").records()).isEqualTo(2);
    assertThat(modes.formsByLeader().get("D1-a").counts().values()).containsOnly(1L);
  }

  @Test
  void of_unitWithOnlyOnSiteAndInternalWalks_flaggedWithAllItsWalks() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.flags())
        .containsExactly(
            Flag.of(Judgment.NO_ONLINE_WALK, "C1")
                .walkIds(ImmutableSortedSet.of("W1", "W2", "W3"))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ImmutableSortedSet.of("C1-a", "C1-b"))
                .unitIds(ImmutableSortedSet.of("C1"))
                .ownerUnitIds(ImmutableSortedSet.of("C1"))
                .build());
  }

  @Test
  void of_emptyDataset_allZeroAndUndefined() {
    Modes modes = Modes.of(index(Dataset.empty(Q1)));

    assertThat(modes.walks()).isZero();
    assertThat(modes.forms()).isEqualTo(Distribution.empty(WalkForm.class));
    assertThat(modes.roles()).isEqualTo(Distribution.empty(Role.class));
    assertThat(modes.approaches()).isEqualTo(Distribution.empty(Approach.class));
    assertThat(modes.visibilities()).isEqualTo(Distribution.empty(Visibility.class));
    assertThat(modes.coverages()).isEqualTo(Distribution.empty(Coverage.class));
    assertThat(modes.channels()).isEqualTo(Distribution.empty(Channel.class));
    assertThat(
            List.of(
                modes.onlineWalks(),
                modes.grassrootsWalks(),
                modes.crossLinkedWalks(),
                modes.citizenWalks(),
                modes.unannouncedWalks(),
                modes.wholeProcessWalks(),
                modes.fourNoTwoStraightWalks()))
        .allMatch(Ratio::isUndefined);
    assertThat(modes.formsByUnit()).isEmpty();
    assertThat(modes.diversityByLeader()).isEmpty();
    assertThat(modes.flags()).isEmpty();
  }

  /* A unit with one leader and one offline walk: diversity 0, flagged; its leader diversity 0. */
  @Test
  void of_unitWithOneLeaderOneWalk_zeroDiversityAndFlagged() {
    Dataset d =
        dataset(
            List.of(department("U1")),
            List.of(member("L1", "U1", true)),
            List.of(walk("W1", "L1", "U1").forms(WalkForm.ON_SITE).build()),
            List.of());

    Modes modes = Modes.of(index(d));

    assertThat(modes.diversityByUnit()).containsExactly(Map.entry("U1", 0.0));
    assertThat(modes.diversityByLeader()).containsExactly(Map.entry("L1", 0.0));
    assertThat(modes.flags()).extracting(Flag::subject).containsExactly("U1");
  }

  @Test
  void plus_sameMemberInBoth_throws() {
    Modes modes = Modes.of(index(MIXED));

    assertThatIllegalArgumentException().isThrownBy(() -> modes.plus(modes)).withMessageContaining("both datasets hold");
  }
}
