package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.datasets;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.List;
import java.util.Set;
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
                  && modes.diversityByLeader().values().stream().allMatch(x -> x >= 0 && x <= 1 + 1e-12);
            });
  }

  @Test
  void everyFlaggedIdExistsInTheInputAndEveryFlaggedUnitWalkedOnlyOffline() {
    qt().withExamples(100)
        .forAll(datasets())
        .check(
            d -> {
              Modes modes = Modes.of(index(d));
              Set<String> flagged = modes.flags().stream().map(Flag::subject).collect(Collectors.toSet());
              Set<String> expected =
                  d.roster().units().stream()
                      .map(u -> u.id())
                      .filter(u -> d.walks().stream().anyMatch(w -> w.unitId().equals(u)))
                      .filter(u -> d.walks().stream().noneMatch(w -> w.unitId().equals(u) && Channel.of(w) == Channel.ONLINE))
                      .collect(Collectors.toSet());
              Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
              return flagged.equals(expected)
                  && modes.flags().size() == flagged.size()
                  && modes.flags().stream()
                      .allMatch(
                          f -> f.judgment() == Judgment.NO_ONLINE_WALK
                              && f.unitIds().equals(Set.of(f.subject()))
                              && walks.containsAll(f.walkIds())
                              && f.walkIds().size() == d.walks().stream().filter(w -> w.unitId().equals(f.subject())).count()
                              && d.roster().membersById().keySet().containsAll(f.memberIds())
                              && f.findingIds().isEmpty());
            });
  }
}
