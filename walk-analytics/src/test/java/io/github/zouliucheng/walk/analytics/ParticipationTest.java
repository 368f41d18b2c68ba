package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.Q1;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.county;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.dataset;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.day;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.department;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.finding;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixed;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.fixedBuilder;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.index;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.member;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.problem;
import static io.github.zouliucheng.walk.analytics.AnalysisFixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  private static UnitParticipation unit(String id, UnitKind kind, Ratio members, long walks, Ratio solved) {
    return ImmutableUnitParticipation.builder().unitId(id).kind(kind).members(members).walks(walks).solved(solved).build();
  }

  /**
   * The example city of 2023-Q1 (reference date: the period's last day, 31 March, unless a test
   * says otherwise).
   *
   * <pre>
   * c1 county      c1a (principal)  w1 10 Jan: f1 rectified 1 Feb, closed out 10 Feb
   *                                            f2 rectified 31 Mar (the reference date), not closed
   *                                 w3  1 Mar: f3 rectified 1 Apr, the day after the reference date
   *                c1b              w2  5 Feb: empty
   * c2 county      c2a              no walk
   * d1 department  d1a (principal)  w4 20 Mar: f4 open (no rectification), f5 in progress
   *                d1b, d1c         no walk
   * d2 department  d2a (principal)  w5  2 Jan: f6 rectified and closed out 31 Mar; the unit's only leader
   *
   * other channels: g1 petition charged to c2, rectified 1 Mar
   *                 g2 12345 hotline charged to d1, open
   *                 g3 audit charged to c1, rectified 1 Apr
   * </pre>
   */
  private static Dataset city() {
    return dataset(
        List.of(county("c1"), county("c2"), department("d1"), department("d2")),
        List.of(
            member("c1a", "c1", true),
            member("c1b", "c1", false),
            member("c2a", "c2", false),
            member("d1a", "d1", true),
            member("d1b", "d1", false),
            member("d1c", "d1", false),
            member("d2a", "d2", true)),
        List.of(
            walk("w1", "c1a", "c1", day(1, 10))
                .finding(
                    problem("f1", FindingCategory.WAITING_CAPACITY, "窗口少", "c1", day(1, 10), closed(day(2, 1), day(2, 10))),
                    problem("f2", FindingCategory.APPROVAL_TIME, "审批慢", "c1", day(1, 10), fixed(day(3, 31))))
                .build(),
            walk("w2", "c1b", "c1", day(2, 5)).build(),
            walk("w3", "c1a", "c1", day(3, 1))
                .finding(problem("f3", FindingCategory.FACILITIES, "座椅少", "c1", day(3, 1), fixed(day(4, 1))))
                .build(),
            walk("w4", "d1a", "d1", day(3, 20))
                .finding(
                    problem("f4", FindingCategory.MATERIALS_PROOFS, "证明多", "d1", day(3, 20)),
                    problem(
                        "f5",
                        FindingCategory.CROSS_DEPARTMENT,
                        "跨部门跑动",
                        "d1",
                        day(3, 20),
                        Rectification.builder().mode(RectificationMode.SCHEDULED).startedOn(day(3, 25)).build()))
                .build(),
            walk("w5", "d2a", "d2", day(1, 2))
                .finding(problem("f6", FindingCategory.FOLLOW_UP, "工单无回访", "d2", day(1, 2), closed(day(3, 31), day(3, 31))))
                .build()),
        List.of(
            finding("g1", FindingSource.PETITION, FindingCategory.OTHER, "信访件", "c2", day(2, 1), Optional.of(fixed(day(3, 1)))),
            finding("g2", FindingSource.HOTLINE_12345, FindingCategory.FOLLOW_UP, "热线工单", "d1", day(2, 1), Optional.empty()),
            finding("g3", FindingSource.AUDIT, FindingCategory.OTHER, "审计问题", "c1", day(2, 1), Optional.of(fixed(day(4, 1))))));
  }

  private static Rectification closed(LocalDate rectifiedOn, LocalDate closedOn) {
    return fixedBuilder(rectifiedOn).closedOn(closedOn).build();
  }

  @Test
  void of_exampleCity_countsUnitsMembersWalksAndFindings() {
    Participation p = Participation.of(index(city()));

    // counties c1 c2, of which c1 walked; departments d1 d2, both walked
    assertThat(p.countiesWalked()).isEqualTo(Ratio.of(1, 2));
    assertThat(p.departmentsWalked()).isEqualTo(Ratio.of(2, 2));
    // roster of 7; c1a c1b d1a d2a walked
    assertThat(p.membersWalked()).isEqualTo(Ratio.of(4, 7));
    assertThat(p.walks()).isEqualTo(5);
    // f1..f6 on walks; g1 g2 g3 from petitions, the hotline and an audit
    assertThat(p.findingsOnWalks()).isEqualTo(6);
    assertThat(p.findingsFromOtherSources()).isEqualTo(3);
  }

  @Test
  void of_exampleCity_solvedIsRectifiedByTheReferenceDateAndClosedOutIsCountedApart() {
    Participation p = Participation.of(index(city()));

    // solved by 31 Mar: f1 (1 Feb), f2 (31 Mar, the day itself), f6 (31 Mar); not f3 (1 Apr, the day
    // after), f4 (open) or f5 (in progress)
    assertThat(p.solvedOnWalks()).isEqualTo(Ratio.of(3, 6));
    // closed out by 31 Mar: f1 (10 Feb) and f6 (31 Mar); f2 is rectified but not closed out
    assertThat(p.closedOutOnWalks()).isEqualTo(Ratio.of(2, 6));
    // other channels: g1 solved 1 Mar; g3 only on 1 Apr; g2 open
    assertThat(p.solvedFromOtherSources()).isEqualTo(Ratio.of(1, 3));
  }

  @Test
  void of_referenceDateTheDayAfter_countsWhatWasRectifiedThatDay() {
    Participation p = Participation.of(index(city(), day(4, 1)));

    // f3 and g3 were rectified on 1 Apr: solved as of 1 Apr, not as of 31 Mar
    assertThat(p.solvedOnWalks()).isEqualTo(Ratio.of(4, 6));
    assertThat(p.solvedFromOtherSources()).isEqualTo(Ratio.of(2, 3));
    assertThat(p.closedOutOnWalks()).isEqualTo(Ratio.of(2, 6));
  }

  @Test
  void of_referenceDateBetweenRectifiedAndClosedOut_solvedButNotClosedOut() {
    // as of 5 Feb: f1 was rectified on 1 Feb but closed out only on 10 Feb
    Participation p = Participation.of(index(city(), day(2, 5)));

    assertThat(p.solvedOnWalks()).isEqualTo(Ratio.of(1, 6));
    assertThat(p.closedOutOnWalks()).isEqualTo(Ratio.of(0, 6));
    assertThat(p.solvedFromOtherSources()).isEqualTo(Ratio.of(0, 3));
  }

  @Test
  void of_exampleCity_givesEveryUnitsFigures() {
    Participation p = Participation.of(index(city()));

    assertThat(p.units())
        .isEqualTo(
            ImmutableSortedMap.of(
                // c1: c1a and c1b of 2 walked; w1 w2 w3; f1 f2 f3 found, f1 f2 solved
                "c1", unit("c1", UnitKind.COUNTY, Ratio.of(2, 2), 3, Ratio.of(2, 3)),
                // c2: its one member did not walk; g1 is charged to it but was not found on its walks
                "c2", unit("c2", UnitKind.COUNTY, Ratio.of(0, 1), 0, Ratio.of(0, 0)),
                // d1: d1a of 3; w4; f4 f5 neither solved
                "d1", unit("d1", UnitKind.DEPARTMENT, Ratio.of(1, 3), 1, Ratio.of(0, 2)),
                // d2: its only leader walked once; f6 solved
                "d2", unit("d2", UnitKind.DEPARTMENT, Ratio.of(1, 1), 1, Ratio.of(1, 1))));
  }

  @Test
  void of_exampleCity_countsEveryMembersWalksZerosIncluded() {
    Participation p = Participation.of(index(city()));

    assertThat(p.walksByMember())
        .containsExactly(
            Map.entry("c1a", 2L),
            Map.entry("c1b", 1L),
            Map.entry("c2a", 0L),
            Map.entry("d1a", 1L),
            Map.entry("d1b", 0L),
            Map.entry("d1c", 0L),
            Map.entry("d2a", 1L));
  }

  @Test
  void of_emptyPeriod_isZeroOfZeroEverywhere() {
    Participation p = Participation.of(index(Dataset.empty(Q1)));

    assertThat(p.countiesWalked()).isEqualTo(Ratio.zero());
    assertThat(p.departmentsWalked()).isEqualTo(Ratio.zero());
    assertThat(p.membersWalked()).isEqualTo(Ratio.zero());
    assertThat(p.walks()).isZero();
    assertThat(p.findingsOnWalks()).isZero();
    assertThat(p.findingsFromOtherSources()).isZero();
    assertThat(p.solvedOnWalks()).isEqualTo(Ratio.zero());
    assertThat(p.closedOutOnWalks()).isEqualTo(Ratio.zero());
    assertThat(p.solvedFromOtherSources()).isEqualTo(Ratio.zero());
    assertThat(p.units()).isEmpty();
    assertThat(p.walksByMember()).isEmpty();
  }

  @Test
  void of_rosterWithoutWalks_countsTheRosterAsNotWalked() {
    // two counties and a department, one member each, and nobody walked
    Dataset d =
        dataset(
            List.of(county("c1"), county("c2"), department("d1")),
            List.of(member("a", "c1", true), member("b", "c2", true), member("c", "d1", true)),
            List.of(),
            List.of());

    Participation p = Participation.of(index(d));

    assertThat(p.countiesWalked()).isEqualTo(Ratio.of(0, 2));
    assertThat(p.departmentsWalked()).isEqualTo(Ratio.of(0, 1));
    assertThat(p.membersWalked()).isEqualTo(Ratio.of(0, 3));
    assertThat(p.walksByMember()).containsOnlyKeys("a", "b", "c").allSatisfy((id, n) -> assertThat(n).isZero());
    assertThat(p.units().get("d1")).isEqualTo(unit("d1", UnitKind.DEPARTMENT, Ratio.of(0, 1), 0, Ratio.zero()));
  }

  @Test
  void of_unitWithOneLeader_isAllOrNothing() {
    // the department d has one leader, who walked twice; the county c has one leader, who did not
    Dataset d =
        dataset(
            List.of(department("d"), county("c")),
            List.of(member("only", "d", true), member("other", "c", true)),
            List.of(
                walk("w1", "only", "d", day(1, 5)).build(),
                walk("w2", "only", "d", day(1, 5))
                    .finding(problem("f1", FindingCategory.OTHER, "问题", "d", day(1, 5), fixed(day(1, 6))))
                    .build()),
            List.of());

    Participation p = Participation.of(index(d));

    assertThat(p.units().get("d")).isEqualTo(unit("d", UnitKind.DEPARTMENT, Ratio.of(1, 1), 2, Ratio.of(1, 1)));
    assertThat(p.units().get("c")).isEqualTo(unit("c", UnitKind.COUNTY, Ratio.of(0, 1), 0, Ratio.zero()));
    assertThat(p.membersWalked()).isEqualTo(Ratio.of(1, 2));
    assertThat(p.walksByMember()).containsExactly(Map.entry("only", 2L), Map.entry("other", 0L));
  }

  @Test
  void of_findingChargedToAnotherUnit_countsWhereItWasFound() {
    // d1's leader found a problem on d1's walk that is charged to c1: per unit, it is d1's find
    Dataset d =
        dataset(
            List.of(county("c1"), department("d1")),
            List.of(member("a", "c1", true), member("b", "d1", true)),
            List.of(
                walk("w1", "b", "d1", day(2, 1))
                    .finding(problem("f1", FindingCategory.CROSS_DEPARTMENT, "跨部门", "c1", day(2, 1), fixed(day(2, 2))))
                    .build()),
            List.of());

    Participation p = Participation.of(index(d));

    assertThat(p.units().get("d1").solved()).isEqualTo(Ratio.of(1, 1));
    assertThat(p.units().get("c1").solved()).isEqualTo(Ratio.zero());
  }

  @Test
  void plus_twoHalvesOfTheCity_equalsTheWholeCity() {
    // the counties with their walks and their findings, and the departments with theirs
    Dataset whole = city();
    Dataset counties =
        dataset(
            List.of(county("c1"), county("c2")),
            whole.roster().members().stream().filter(m -> m.unitId().startsWith("c")).toList(),
            whole.walks().stream().filter(w -> w.unitId().startsWith("c")).toList(),
            whole.findings().stream().filter(f -> f.responsibleUnitId().startsWith("c")).toList());
    Dataset departments =
        dataset(
            List.of(department("d1"), department("d2")),
            whole.roster().members().stream().filter(m -> m.unitId().startsWith("d")).toList(),
            whole.walks().stream().filter(w -> w.unitId().startsWith("d")).toList(),
            whole.findings().stream().filter(f -> f.responsibleUnitId().startsWith("d")).toList());

    Participation sum = Participation.of(index(counties)).plus(Participation.of(index(departments)));

    assertThat(sum).isEqualTo(Participation.of(index(whole)));
  }

  @Test
  void plus_sharedUnit_throws() {
    Participation p = Participation.of(index(city()));

    assertThatIllegalArgumentException().isThrownBy(() -> p.plus(p)).withMessageContaining("c1");
  }

  @Test
  void plus_sharedMemberOnly_throws() {
    // two datasets with different units but a member id in common (each on its own roster)
    Dataset a = dataset(List.of(county("c1")), List.of(member("m", "c1", true)), List.of(), List.of());
    Dataset b = dataset(List.of(county("c2")), List.of(member("m", "c2", true)), List.of(), List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Participation.of(index(a)).plus(Participation.of(index(b))))
        .withMessageContaining("member m");
  }

  /**
   * Regions: c1 and d1 in 北区, c2 in 南区, d2 with no region.
   *
   * <pre>
   * 北区: units c1 (walked), d1 (walked) = 2 of 2; members c1a, c1b of 2 + d1a of 3 = 3 of 5;
   *       walks w1, w2, w3, w4 = 4; found f1..f5 = 5, solved f1, f2 = 2 (f3 on 1 Apr is late)
   * 南区: c2 did not walk = 0 of 1; 0 of 1 members; 0 walks; 0 of 0 solved
   * "":   d2 walked = 1 of 1; 1 of 1 member; 1 walk; f6 solved = 1 of 1
   * </pre>
   */
  @Test
  void regions_unitsWithAndWithoutARegion_countedByRegion() {
    Dataset c = city();
    java.util.Map<String, String> regionOf = Map.of("c1", "北区", "d1", "北区", "c2", "南区");
    Dataset withRegions =
        Dataset.builder()
            .period(c.period())
            .roster(
                io.github.zouliucheng.walk.model.Roster.of(
                    c.roster().units().stream()
                        .map(u -> regionOf.containsKey(u.id())
                            ? io.github.zouliucheng.walk.model.Unit.builder().id(u.id()).name(u.name()).kind(u.kind()).region(regionOf.get(u.id())).build()
                            : u)
                        .collect(java.util.stream.Collectors.toList()),
                    c.roster().members()))
            .addAllWalks(c.walks())
            .addAllFindings(c.findings())
            .build();

    ImmutableSortedMap<String, RegionParticipation> regions = Participation.of(index(withRegions)).regions();

    assertThat(regions.keySet()).containsExactly("", "北区", "南区");
    RegionParticipation north = regions.get("北区");
    assertThat(north.unitsWalked()).isEqualTo(Ratio.of(2, 2));
    assertThat(north.membersWalked()).isEqualTo(Ratio.of(3, 5));
    assertThat(north.walks()).isEqualTo(4);
    assertThat(north.solved()).isEqualTo(Ratio.of(2, 5));
    assertThat(regions.get("南区").unitsWalked()).isEqualTo(Ratio.of(0, 1));
    assertThat(regions.get("南区").solved()).isEqualTo(Ratio.zero());
    assertThat(regions.get("").solved()).isEqualTo(Ratio.of(1, 1));
  }
}
