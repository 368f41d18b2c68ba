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
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.ownedPoint;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.point;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walk;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.walks;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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
   * ordinary role (citizen or staff): W2 W4 W5 = 3/5.
   * per unit: C1 3 walks: online 0, unannounced 1 (W3), ordinary 1 (W2, staff), whole 1 (W3),
   * grassroots or crossing 0 (on site and internal only, at a hall run by no known unit, one simple
   * matter crossing nothing each); D1 1 walk with every mode; D2 1 walk: online 1 (its platform),
   * unannounced 0, ordinary 1, whole 0, grassroots or crossing 0; D3 no walk: 0 of 0.
   * flags: only C1 has 3 walks (judged): NO_ONLINE_WALK and NO_GRASSROOTS_OR_CROSSING_WALK.
   * D2, with one walk, is not judged, though it had no unannounced, whole or grassroots walk;
   * D3 did not walk at all.
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
  void of_mixedWalks_ordinaryRoleIsCitizenOrStaff() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.ordinaryRoleWalks()).isEqualTo(Ratio.of(3, 5));
    assertThat(modes.citizenWalks()).isEqualTo(Ratio.of(2, 5));
  }

  @Test
  void of_mixedWalks_modesPerUnit() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.modesByUnit())
        .containsExactly(
            Map.entry("C1", UnitModes.of(3, 0, 1, 1, 1, 0)),
            Map.entry("D1", UnitModes.of(1, 1, 1, 1, 1, 1)),
            Map.entry("D2", UnitModes.of(1, 1, 0, 1, 0, 0)),
            Map.entry("D3", UnitModes.none()));
    assertThat(modes.modesByUnit().get("D3").onlineWalks()).isEqualTo(Ratio.zero());
  }

  @Test
  void of_unitWithOnlyOnSiteAndInternalWalks_flaggedWithAllItsWalks() {
    Modes modes = Modes.of(index(MIXED));

    assertThat(modes.flags())
        .containsExactly(c1(Judgment.NO_ONLINE_WALK), c1(Judgment.NO_GRASSROOTS_OR_CROSSING_WALK));
  }

  /** Returns the flag of {@code judgment} about C1 of {@link #MIXED}: its 3 walks, both its leaders, the unit. */
  private static Flag c1(Judgment judgment) {
    return Flag.of(judgment, "C1")
        .count(3)
        .walkIds(ImmutableSortedSet.of("W1", "W2", "W3"))
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.of("C1-a", "C1-b"))
        .unitIds(ImmutableSortedSet.of("C1"))
        .ownerUnitIds(ImmutableSortedSet.of("C1"))
        .build();
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
    assertThat(modes.ordinaryRoleWalks().isUndefined()).isTrue();
    assertThat(modes.formsByUnit()).isEmpty();
    assertThat(modes.modesByUnit()).isEmpty();
    assertThat(modes.diversityByLeader()).isEmpty();
    assertThat(modes.flags()).isEmpty();
  }

  /*
   * A unit with one leader and one offline walk: diversity 0; its leader diversity 0. One walk
   * cannot cover every mode: not judged, so not flagged though the walk was offline, announced,
   * openly as a leader, part of the process and neither to the grassroots nor crossing.
   */
  @Test
  void of_unitWithOneLeaderOneWalk_zeroDiversityAndNotJudged() {
    Dataset d =
        dataset(
            List.of(department("U1")),
            List.of(member("L1", "U1", true)),
            List.of(walk("W1", "L1", "U1").forms(WalkForm.ON_SITE).build()),
            List.of());

    Modes modes = Modes.of(index(d));

    assertThat(modes.diversityByUnit()).containsExactly(Map.entry("U1", 0.0));
    assertThat(modes.diversityByLeader()).containsExactly(Map.entry("L1", 0.0));
    assertThat(modes.modesByUnit()).containsExactly(Map.entry("U1", UnitModes.of(1, 0, 0, 0, 0, 0)));
    assertThat(modes.flags()).isEmpty();
  }

  // ------------------------------------------------------------------ per-unit judgments

  /*
   * One walk changes a unit's modes. Every department below has 3 walks (the least to be judged)
   * by its two leaders, <unit>-1 and <unit>-3 by <unit>-a, <unit>-2 by <unit>-b, except B (2 walks)
   * and Z (none). Every walk is the plainest there is (announced, openly as a leader, on site,
   * part of the process, one simple matter crossing nothing, at a hall run by no known unit: none
   * of the five modes), except each unit's first walk, changed as the table says. So each judged
   * unit is flagged for every mode but the one its first walk has:
   *
   *   unit  first walk                                  has the mode      so not flagged for
   *   A     plain                                       -                 (flagged for all five)
   *   B     plain, and B has 2 walks only               -                 any: too few walks
   *   N     online form                                 online            NO_ONLINE_WALK
   *   NP    at an online platform (on-site form)        online            NO_ONLINE_WALK
   *   U     unannounced                                 unannounced       NO_UNANNOUNCED_WALK
   *   F     四不两直, so unannounced                      unannounced       NO_UNANNOUNCED_WALK
   *   C     as an ordinary citizen                      ordinary role     NO_ORDINARY_ROLE_WALK
   *   S     as an ordinary staff member                 ordinary role     NO_ORDINARY_ROLE_WALK
   *   W     the whole process                           whole             NO_WHOLE_PROCESS_WALK
   *   G     grassroots form                             grassroots        NO_GRASSROOTS_OR_CROSSING_WALK
   *   L     cross-linked form                           crossing          NO_GRASSROOTS_OR_CROSSING_WALK
   *   P     at a hall run by A (another unit)           crossing          NO_GRASSROOTS_OR_CROSSING_WALK
   *   M     a simple matter crossing regions            crossing          NO_GRASSROOTS_OR_CROSSING_WALK
   *   Q     at a hall run by Q itself                   - (its own hall)  (flagged for all five)
   *   X     as a leader, internal form, accompanied     -                 (flagged for all five)
   *   Z     no walk                                     -                 any: flagged elsewhere
   *
   * Judged: A C F G L M N NP P Q S U W X (3 walks each); not judged: B (2), Z (0).
   */
  private static Dataset oneWalkChanges() {
    List<Unit> units = new ArrayList<>();
    List<Member> ms = new ArrayList<>();
    List<Walk> ws = new ArrayList<>();
    addDepartment(units, ms, ws, "A", 3, w -> w);
    addDepartment(units, ms, ws, "B", 2, w -> w);
    addDepartment(units, ms, ws, "N", 3, w -> w.forms(WalkForm.ONLINE));
    addDepartment(units, ms, ws, "NP", 3, w -> w.at(point("P-net", ServicePointKind.ONLINE_PLATFORM)));
    addDepartment(units, ms, ws, "U", 3, w -> w.unannounced());
    addDepartment(units, ms, ws, "F", 3, w -> w.fourNoTwoStraight());
    addDepartment(units, ms, ws, "C", 3, w -> w.role(Role.CITIZEN));
    addDepartment(units, ms, ws, "S", 3, w -> w.role(Role.STAFF));
    addDepartment(units, ms, ws, "W", 3, w -> w.whole());
    addDepartment(units, ms, ws, "G", 3, w -> w.forms(WalkForm.ON_SITE, WalkForm.GRASSROOTS));
    addDepartment(units, ms, ws, "L", 3, w -> w.forms(WalkForm.ON_SITE, WalkForm.CROSS_LINKED));
    addDepartment(units, ms, ws, "P", 3, w -> w.at(ownedPoint("P-A", "A")));
    addDepartment(units, ms, ws, "M", 3, w -> w.matters(matter(Complexity.SIMPLE, Crossing.REGION)));
    addDepartment(units, ms, ws, "Q", 3, w -> w.at(ownedPoint("P-Q", "Q")));
    addDepartment(units, ms, ws, "X", 3, w -> w.forms(WalkForm.INTERNAL).approach(Approach.ACCOMPANIED));
    addDepartment(units, ms, ws, "Z", 0, w -> w);
    return dataset(units, ms, ws, List.of());
  }



  @Test
  void of_oneWalkChanges_noOnlineWalkUnlessAnOnlineFormOrPlatform() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // N walked online by form, NP at an online platform; B lacks it too, but has 2 walks only
    assertThat(subjects(modes, Judgment.NO_ONLINE_WALK))
        .containsExactly("A", "C", "F", "G", "L", "M", "P", "Q", "S", "U", "W", "X");
  }

  @Test
  void of_oneWalkChanges_noUnannouncedWalkUnlessUnannouncedOrFourNoTwoStraight() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // U and F each walked unannounced once; B had 2 announced walks: not judged
    assertThat(subjects(modes, Judgment.NO_UNANNOUNCED_WALK))
        .containsExactly("A", "C", "G", "L", "M", "N", "NP", "P", "Q", "S", "W", "X");
  }

  @Test
  void of_oneWalkChanges_aStaffWalkIsAnOrdinaryRoleWalk() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // C walked once as a citizen, S once as ordinary staff: neither flagged
    assertThat(subjects(modes, Judgment.NO_ORDINARY_ROLE_WALK))
        .containsExactly("A", "F", "G", "L", "M", "N", "NP", "P", "Q", "U", "W", "X")
        .doesNotContain("S");
  }

  @Test
  void of_oneWalkChanges_noWholeProcessWalkUnlessOneWasWhole() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    assertThat(subjects(modes, Judgment.NO_WHOLE_PROCESS_WALK))
        .containsExactly("A", "C", "F", "G", "L", "M", "N", "NP", "P", "Q", "S", "U", "X");
  }

  @Test
  void of_oneWalkChanges_aWalkAtAnotherUnitsPointCrosses() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // G to the grassroots; L cross-linked, P at A's hall, M a matter crossing regions: all cross.
    // Q walked at its own hall: not crossing, flagged
    assertThat(subjects(modes, Judgment.NO_GRASSROOTS_OR_CROSSING_WALK))
        .containsExactly("A", "C", "F", "N", "NP", "Q", "S", "U", "W", "X")
        .doesNotContain("P");
    assertThat(modes.modesByUnit().get("P").grassrootsOrCrossingWalks()).isEqualTo(Ratio.of(1, 3));
    assertThat(modes.modesByUnit().get("Q").grassrootsOrCrossingWalks()).isEqualTo(Ratio.of(0, 3));
  }

  @Test
  void of_oneWalkChanges_unitsWithFewerThanThreeWalksOrNoneAreNotJudged() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // B's 2 walks lack every mode, Z did not walk: neither is named by any judgment
    assertThat(modes.flags()).extracting(Flag::subject).doesNotContain("B", "Z");
    assertThat(modes.modesByUnit().get("B")).isEqualTo(UnitModes.of(2, 0, 0, 0, 0, 0));
    assertThat(modes.modesByUnit().get("Z")).isEqualTo(UnitModes.none());
    // A and X lack every mode with 3 walks: five flags each, one per judgment
    assertThat(modes.flags().stream().filter(f -> f.subject().equals("X")).map(Flag::judgment))
        .containsExactly(
            Judgment.NO_ONLINE_WALK,
            Judgment.NO_UNANNOUNCED_WALK,
            Judgment.NO_ORDINARY_ROLE_WALK,
            Judgment.NO_WHOLE_PROCESS_WALK,
            Judgment.NO_GRASSROOTS_OR_CROSSING_WALK);
  }

  @Test
  void of_oneWalkChanges_aUnitsFlagsCarryItsWalksLeadersAndCount() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // A: walks A-1 A-3 by A-a, A-2 by A-b
    Flag expected =
        Flag.of(Judgment.NO_UNANNOUNCED_WALK, "A")
            .ownerUnitIds(ImmutableSortedSet.of("A"))
            .count(3)
            .walkIds(ImmutableSortedSet.of("A-1", "A-2", "A-3"))
            .findingIds(ImmutableSortedSet.of())
            .memberIds(ImmutableSortedSet.of("A-a", "A-b"))
            .unitIds(ImmutableSortedSet.of("A"))
            .build();
    assertThat(modes.flags()).contains(expected);
    assertThat(modes.flags()).filteredOn(f -> f.subject().equals("A"))
        .hasSize(5)
        .allSatisfy(f -> {
          assertThat(f.judgment().owner()).isEqualTo(Owner.WALKER);
          assertThat(f.subjectKind()).isEqualTo(SubjectKind.UNIT);
          assertThat(f.ownerMemberIds()).isEmpty();
          assertThat(f.count()).hasValue(3);
          assertThat(f.walkIds()).isEqualTo(expected.walkIds());
        });
  }

  @Test
  void of_oneWalkChanges_modesPerUnit() {
    Modes modes = Modes.of(index(oneWalkChanges()));

    // (walks, online, unannounced, ordinary role, whole, grassroots or crossing)
    assertThat(modes.modesByUnit().get("A")).isEqualTo(UnitModes.of(3, 0, 0, 0, 0, 0));
    assertThat(modes.modesByUnit().get("NP")).isEqualTo(UnitModes.of(3, 1, 0, 0, 0, 0));
    assertThat(modes.modesByUnit().get("F")).isEqualTo(UnitModes.of(3, 0, 1, 0, 0, 0));
    assertThat(modes.modesByUnit().get("S")).isEqualTo(UnitModes.of(3, 0, 0, 1, 0, 0));
    assertThat(modes.modesByUnit().get("W")).isEqualTo(UnitModes.of(3, 0, 0, 0, 1, 0));
    assertThat(modes.modesByUnit().get("M")).isEqualTo(UnitModes.of(3, 0, 0, 0, 0, 1));
    // 14 × 3 + 2 = 44 walks; C's citizen and S's staff walk are the ordinary ones
    assertThat(modes.ordinaryRoleWalks()).isEqualTo(Ratio.of(2, 44));
    assertThat(modes.citizenWalks()).isEqualTo(Ratio.of(1, 44));
  }

  @Test
  void plus_unitsJudgedInTheirOwnDataset_keepTheirFlagsAndFigures() {
    Dataset other = prefixed(oneWalkChanges(), "x.");

    Modes sum = Modes.of(index(MIXED)).plus(Modes.of(index(other)));

    assertThat(sum).isEqualTo(Modes.of(index(union(MIXED, other))));
    assertThat(sum.modesByUnit()).containsEntry("x.P", UnitModes.of(3, 0, 0, 0, 0, 1)).containsKey("C1");
    assertThat(sum.flags()).contains(c1(Judgment.NO_ONLINE_WALK));
  }

  private static List<String> subjects(Modes modes, Judgment judgment) {
    return AnalysisFixtures.subjects(modes.flags(), judgment);
  }

  @Test
  void plus_sameMemberInBoth_throws() {
    Modes modes = Modes.of(index(MIXED));

    assertThatIllegalArgumentException().isThrownBy(() -> modes.plus(modes)).withMessageContaining("both datasets hold");
  }
}
