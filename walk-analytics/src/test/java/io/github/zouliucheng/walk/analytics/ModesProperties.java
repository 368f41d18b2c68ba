package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.datasets;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import org.junit.jupiter.api.Test;

/** Laws of {@link Modes}, over the datasets of {@link DepthModesFixtures#datasets()}. */
class ModesProperties {

  @Test
  void recordOrderNeverChangesTheModes() {
    qt().withExamples(60)
        .forAll(WalkGenerators.shuffledWalkLists(), longs().all())
        .check(
            (lists, seed) ->
                Modes.of(index(shuffled(lists.shuffled().toDataset(), seed)))
                    .equals(Modes.of(index(lists.original().toDataset()))));
  }

  @Test
  void theModesOfTwoDisjointDatasetsAddUpToTheModesOfBothTogether() {
    qt().withExamples(60)
        .forAll(datasets(), datasets())
        .check(
            (a, b) -> {
              Dataset disjoint = prefixed(b, "b.");
              return Modes.of(index(a)).plus(Modes.of(index(disjoint))).equals(Modes.of(index(union(a, disjoint))));
            });
  }

  @Test
  void countsReconcile() {
    qt().withExamples(100)
        .forAll(datasets())
        .check(
            d -> {
              Modes modes = Modes.of(index(d));
              long walks = d.walks().size();
              List<Ratio> shares =
                  List.of(
                      modes.onlineWalks(),
                      modes.grassrootsWalks(),
                      modes.crossLinkedWalks(),
                      modes.citizenWalks(),
                      modes.unannouncedWalks(),
                      modes.wholeProcessWalks(),
                      modes.fourNoTwoStraightWalks());
              boolean formsAddUp = true;
              for (WalkForm f : WalkForm.values()) {
                long perUnit = modes.formsByUnit().values().stream().mapToLong(x -> x.count(f)).sum();
                long perLeader = modes.formsByLeader().values().stream().mapToLong(x -> x.count(f)).sum();
                formsAddUp &= modes.forms().count(f) <= walks && perUnit == modes.forms().count(f) && perLeader == modes.forms().count(f);
              }
              return modes.walks() == walks
                  && modes.flags().equals(modes.flags().stream().sorted().collect(Collectors.toList()))
                  && formsAddUp
                  && shares.stream().allMatch(r -> r.denominator() == walks && r.numerator() <= walks)
                  && modes.forms().records() == walks
                  && modes.roles().counts().values().stream().mapToLong(Long::longValue).sum() == walks
                  && modes.approaches().counts().values().stream().mapToLong(Long::longValue).sum() == walks
                  && modes.visibilities().counts().values().stream().mapToLong(Long::longValue).sum() == walks
                  && modes.coverages().counts().values().stream().mapToLong(Long::longValue).sum() == walks
                  && modes.channels().counts().values().stream().mapToLong(Long::longValue).sum() == walks
                  && modes.fourNoTwoStraightWalks().numerator() <= modes.unannouncedWalks().numerator()
                  && modes.formsByUnit().values().stream().mapToLong(Distribution::records).sum() == walks
                  && modes.formsByLeader().values().stream().mapToLong(Distribution::records).sum() == walks
                  && modes.diversityByUnit().keySet().equals(d.roster().unitsById().keySet())
                  && modes.diversityByLeader().keySet().equals(d.roster().membersById().keySet())
                  && modes.diversityByUnit().values().stream().allMatch(x -> x >= 0 && x <= 1 + 1e-12)
                  && modes.diversityByLeader().values().stream().allMatch(x -> x >= 0 && x <= 1 + 1e-12)
                  && modes.ordinaryRoleWalks().equals(
                      Ratio.of(modes.roles().count(Role.CITIZEN) + modes.roles().count(Role.STAFF), walks))
                  && modes.modesByUnit().keySet().equals(d.roster().unitsById().keySet())
                  && modes.modesByUnit().entrySet().stream()
                      .allMatch(e -> e.getValue().walks() == modes.formsByUnit().get(e.getKey()).records())
                  && sum(modes, UnitModes::onlineWalks) == modes.onlineWalks().numerator()
                  && sum(modes, UnitModes::unannouncedWalks) == modes.unannouncedWalks().numerator()
                  && sum(modes, UnitModes::ordinaryRoleWalks) == modes.ordinaryRoleWalks().numerator()
                  && sum(modes, UnitModes::wholeProcessWalks) == modes.wholeProcessWalks().numerator()
                  && sum(modes, UnitModes::grassrootsOrCrossingWalks) <= walks;
            });
  }

  private static long sum(Modes modes, Function<UnitModes, Ratio> share) {
    return modes.modesByUnit().values().stream().mapToLong(u -> share.apply(u).numerator()).sum();
  }

  /** The mode each per-unit judgment asks for, written out again from the definitions in {@link Modes}. */
  private static final Map<Judgment, Predicate<Walk>> MODE_OF =
      Map.of(
          Judgment.NO_ONLINE_WALK,
          w -> w.forms().contains(WalkForm.ONLINE) || w.servicePoint().kind() == ServicePointKind.ONLINE_PLATFORM,
          Judgment.NO_UNANNOUNCED_WALK,
          w -> w.visibility() == Visibility.UNANNOUNCED,
          Judgment.NO_ORDINARY_ROLE_WALK,
          w -> EnumSet.of(Role.CITIZEN, Role.STAFF).contains(w.role()),
          Judgment.NO_WHOLE_PROCESS_WALK,
          w -> w.coverage() == Coverage.WHOLE,
          Judgment.NO_GRASSROOTS_OR_CROSSING_WALK,
          w -> w.forms().contains(WalkForm.GRASSROOTS)
              || w.forms().contains(WalkForm.CROSS_LINKED)
              || w.servicePoint().ownerUnitId().filter(u -> !u.equals(w.unitId())).isPresent()
              || w.matters().stream().anyMatch(m -> !m.crossings().isEmpty()));

  /**
   * A roster unit with at least {@link Policy#unitJudgmentMinWalks()} walks is flagged once
   * for each mode none of its walks had, and no other unit is flagged; each flag carries all the
   * unit's walks and their leaders, and the unit's shares in {@link Modes#modesByUnit()} agree.
   */
  @Test
  void everyJudgedUnitIsFlaggedForExactlyTheModesNoneOfItsWalksHad() {
    qt().withExamples(100)
        .forAll(datasets())
        .checkAssert(
            d -> {
              Modes modes = Modes.of(index(d));
              Set<String> expected = new TreeSet<>();
              for (Unit u : d.roster().units()) {
                List<Walk> walks = d.walks().stream().filter(w -> w.unitId().equals(u.id())).collect(Collectors.toList());
                MODE_OF.forEach(
                    (judgment, mode) -> {
                      long with = walks.stream().filter(mode).count();
                      assertThat(share(modes.modesByUnit().get(u.id()), judgment))
                          .as("%s of %s", judgment, u.id())
                          .isEqualTo(Ratio.of(with, walks.size()));
                      if (walks.size() >= Policy.defaults().unitJudgmentMinWalks() && with == 0) {
                        expected.add(judgment.code() + " " + u.id());
                      }
                    });
              }
              assertThat(modes.flags())
                  .extracting(f -> f.judgment().code() + " " + f.subject())
                  .containsExactlyInAnyOrderElementsOf(expected);
              for (Flag f : modes.flags()) {
                List<Walk> walks = d.walks().stream().filter(w -> w.unitId().equals(f.subject())).collect(Collectors.toList());
                assertThat(f.ownerUnitIds()).containsExactly(f.subject());
                assertThat(f.ownerMemberIds()).isEmpty();
                assertThat(f.unitIds()).containsExactly(f.subject());
                assertThat(f.count()).hasValue(walks.size());
                assertThat(f.walkIds()).containsExactlyInAnyOrderElementsOf(walks.stream().map(Walk::id).collect(Collectors.toSet()));
                assertThat(f.memberIds())
                    .containsExactlyInAnyOrderElementsOf(walks.stream().map(Walk::leaderId).collect(Collectors.toSet()));
                assertThat(f.findingIds()).isEmpty();
              }
            });
  }

  private static Ratio share(UnitModes unit, Judgment judgment) {
    switch (judgment) {
      case NO_ONLINE_WALK:
        return unit.onlineWalks();
      case NO_UNANNOUNCED_WALK:
        return unit.unannouncedWalks();
      case NO_ORDINARY_ROLE_WALK:
        return unit.ordinaryRoleWalks();
      case NO_WHOLE_PROCESS_WALK:
        return unit.wholeProcessWalks();
      case NO_GRASSROOTS_OR_CROSSING_WALK:
        return unit.grassrootsOrCrossingWalks();
      default:
        throw new AssertionError(judgment);
    }
  }
}
