package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.scheduling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import io.github.zouliucheng.walk.model.testing.WalkGenerators.WalkList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Scheduling} over the shared generated datasets ({@link WalkGenerators#datasets()}),
 * each checked with conflict windows of 0 to 3 days. The brute-force references here compare all
 * pairs, which only a test on small data may do.
 */
class SchedulingProperties {
  private static final int EXAMPLES = 100;

  private static Gen<Integer> windows() {
    return integers().between(0, 3);
  }

  @Test
  void recordOrderNeverChangesTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.shuffledWalkLists(), windows())
        .checkAssert(
            (shuffled, window) -> {
              WalkList other = shuffled.shuffled();
              Roster reversed =
                  Roster.of(Lists.reverse(other.roster().units()), Lists.reverse(other.roster().members()));
              Dataset reordered = new WalkList(other.period(), reversed, other.walks(), other.findings()).toDataset();
              assertThat(scheduling(reordered, window)).isEqualTo(scheduling(shuffled.original().toDataset(), window));
            });
  }

  @Test
  void movingAWalkToADayClearOfItsUnitNeverIncreasesTheUnitsConflicts() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.walkLists(), windows(), integers().between(0, 1_000), integers().between(0, 1_000))
        .checkAssert(
            (list, window, walkPick, dayPick) -> {
              if (list.walks().isEmpty()) {
                return;
              }
              int i = walkPick % list.walks().size();
              Walk moving = list.walks().get(i);
              Optional<LocalDate> clear = clearDay(list, moving, window, dayPick);
              if (clear.isEmpty()) {
                return; // the unit's walks cover every day of the period: nothing to move to
              }
              List<Walk> walks = new ArrayList<>(list.walks());
              walks.set(i, movedTo(moving, clear.get()));
              Scheduling before = scheduling(list.toDataset(), window);
              Scheduling after = scheduling(list.withWalks(walks).toDataset(), window);

              String unit = moving.unitId();
              assertThat(after.units().get(unit).conflictingPairs())
                  .isLessThanOrEqualTo(before.units().get(unit).conflictingPairs());
              assertThat(after.flags())
                  .filteredOn(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER)
                  .noneMatch(f -> f.walkIds().contains(moving.id()));
              // the other units do not notice
              before.units().forEach((id, u) -> {
                if (!id.equals(unit)) {
                  assertThat(after.units().get(id)).isEqualTo(u);
                }
              });
            });
  }

  @Test
  void countsReconcileAndEveryFlaggedIdExists() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), windows())
        .checkAssert(
            (dataset, window) -> {
              Scheduling s = scheduling(dataset, window);
              long walks = dataset.walks().size();
              assertThat(s.walks()).isEqualTo(walks);
              assertThat(s.units().keySet())
                  .containsExactlyInAnyOrderElementsOf(dataset.roster().unitsById().keySet());
              assertThat(s.units().values().stream().mapToLong(UnitSchedule::walks).sum()).isEqualTo(walks);
              assertThat(s.calendar().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(walks);
              assertThat(List.copyOf(s.calendar().keySet()))
                  .isEqualTo(dataset.period().days().collect(Collectors.toList()));
              assertThat(s.conflictingPairs())
                  .isEqualTo(s.units().values().stream().mapToLong(UnitSchedule::conflictingPairs).sum());
              assertThat(s.walksInConflict().numerator())
                  .isEqualTo(s.units().values().stream().mapToLong(u -> u.walksInConflict().numerator()).sum());
              assertThat(s.sameUnitClusters())
                  .isEqualTo(s.units().values().stream().mapToLong(UnitSchedule::clusters).sum());
              assertThat(s.flags()).isSorted();
              assertThat(s.flags().stream().filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER).count())
                  .isEqualTo(s.sameUnitClusters());
              assertThat(s.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY).count())
                  .isEqualTo(s.samePointSameDayGroups());

              Map<String, Walk> byId = dataset.walks().stream().collect(Collectors.toMap(Walk::id, w -> w));
              Set<String> members = dataset.roster().membersById().keySet();
              Set<String> units = dataset.roster().unitsById().keySet();
              Set<String> subjects = new HashSet<>();
              for (Flag f : s.flags()) {
                assertThat(subjects.add(f.judgment() + " " + f.subject() + " " + f.firstDay() + " " + f.ownerUnitIds())).isTrue();
                assertThat(f.walkIds()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(byId.keySet()).containsAll(f.walkIds());
                assertThat(members).containsAll(f.memberIds());
                assertThat(units).containsAll(f.unitIds());
                assertThat(f.findingIds()).isEmpty();
                List<Walk> flagged = f.walkIds().stream().map(byId::get).collect(Collectors.toList());
                assertThat(f.memberIds()).isEqualTo(ids(flagged, Walk::leaderId)).hasSizeGreaterThanOrEqualTo(2);
                assertThat(f.unitIds()).isEqualTo(ids(flagged, Walk::unitId));
                if (f.judgment() == Judgment.SAME_UNIT_CLUSTER) {
                  assertThat(units).contains(f.subject());
                  assertThat(f.unitIds()).containsExactly(f.subject());
                  LocalDate first = flagged.stream().map(Walk::date).min(LocalDate::compareTo).orElseThrow();
                  LocalDate last = flagged.stream().map(Walk::date).max(LocalDate::compareTo).orElseThrow();
                  assertThat(f.firstDay()).contains(first);
                  assertThat(f.lastDay()).contains(last);
                } else {
                  assertThat(flagged).allMatch(w -> w.servicePoint().id().equals(f.subject()));
                  assertThat(flagged).allMatch(w -> f.firstDay().equals(Optional.of(w.date())));
                }
              }
            });
  }

  @Test
  void fastCountsEqualBruteForceCounts() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), windows())
        .checkAssert(
            (dataset, window) -> {
              Scheduling s = scheduling(dataset, window);
              Period period = dataset.period();
              long weeksTouched = period.days().map(SchedulingProperties::isoWeek).distinct().count();
              Set<Set<String>> clusters = new HashSet<>();
              for (Unit unit : dataset.roster().units()) {
                List<Walk> walks =
                    dataset.walks().stream().filter(w -> w.unitId().equals(unit.id())).collect(Collectors.toList());
                int n = walks.size();
                long pairs = 0;
                boolean[] inConflict = new boolean[n];
                int[] component = new int[n];
                for (int a = 0; a < n; a++) {
                  component[a] = a;
                }
                for (int a = 0; a < n; a++) {
                  for (int b = a + 1; b < n; b++) {
                    if (apart(walks.get(a), walks.get(b)) <= window) {
                      join(component, a, b);
                      if (!walks.get(a).leaderId().equals(walks.get(b).leaderId())) {
                        pairs++;
                        inConflict[a] = true;
                        inConflict[b] = true;
                      }
                    }
                  }
                }
                Map<Integer, List<Walk>> components = new TreeMap<>();
                for (int a = 0; a < n; a++) {
                  components.computeIfAbsent(find(component, a), k -> new ArrayList<>()).add(walks.get(a));
                }
                components.values().stream()
                    .filter(c -> c.stream().map(Walk::leaderId).distinct().count() >= 2)
                    .forEach(c -> clusters.add(ids(c, Walk::id)));
                long conflicted = 0;
                for (boolean c : inConflict) {
                  conflicted += c ? 1 : 0;
                }
                Map<LocalDate, Long> perDay =
                    walks.stream().collect(Collectors.groupingBy(Walk::date, Collectors.counting()));

                UnitSchedule u = s.units().get(unit.id());
                assertThat(u.walks()).isEqualTo(n);
                assertThat(u.conflictingPairs()).isEqualTo(pairs);
                assertThat(u.walksInConflict()).isEqualTo(Ratio.of(conflicted, n));
                assertThat(u.distinctDays()).isEqualTo(Ratio.of(perDay.size(), n));
                assertThat(u.largestSameDay()).isEqualTo(perDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
                assertThat(u.weekSpread())
                    .isEqualTo(Ratio.of(walks.stream().map(w -> isoWeek(w.date())).distinct().count(), weeksTouched));
              }
              assertThat(s.flags().stream()
                      .filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER)
                      .map(f -> (Set<String>) f.walkIds())
                      .collect(Collectors.toSet()))
                  .isEqualTo(clusters);

              Map<String, List<Walk>> atPointOnDay =
                  dataset.walks().stream()
                      .collect(Collectors.groupingBy(w -> w.servicePoint().id() + " " + w.date()));
              assertThat(s.flags().stream()
                      .filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY)
                      .map(f -> (Set<String>) f.walkIds())
                      .collect(Collectors.toSet()))
                  .isEqualTo(atPointOnDay.values().stream()
                      .filter(g -> g.stream().map(Walk::leaderId).distinct().count() >= 2)
                      .map(g -> ids(g, Walk::id))
                      .collect(Collectors.toSet()));
              for (LocalDate day : s.calendar().keySet()) {
                assertThat(s.calendar().get(day))
                    .isEqualTo(dataset.walks().stream().filter(w -> w.date().equals(day)).count());
              }
            });
  }

  @Test
  void aWiderWindowNeverLosesAPair() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), windows())
        .checkAssert(
            (dataset, window) -> {
              Scheduling narrow = scheduling(dataset, window);
              Scheduling wide = scheduling(dataset, window + 1);
              narrow.units().forEach((id, u) -> {
                assertThat(wide.units().get(id).conflictingPairs()).isGreaterThanOrEqualTo(u.conflictingPairs());
                assertThat(wide.units().get(id).walksInConflict().numerator())
                    .isGreaterThanOrEqualTo(u.walksInConflict().numerator());
              });
              // the same-point groups do not depend on the window
              assertThat(wide.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY))
                  .containsExactlyElementsOf(narrow.flags().stream()
                      .filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY)
                      .collect(Collectors.toList()));
            });
  }

  /**
   * Returns the first day of the period, starting {@code pick} days into it and wrapping around, on
   * which no other walk of {@code moving}'s unit is within {@code window} days, if there is one.
   */
  private static Optional<LocalDate> clearDay(WalkList list, Walk moving, int window, int pick) {
    Period period = list.period();
    List<LocalDate> others =
        list.walks().stream()
            .filter(w -> !w.id().equals(moving.id()) && w.unitId().equals(moving.unitId()))
            .map(Walk::date)
            .collect(Collectors.toList());
    int length = period.lengthInDays();
    for (int k = 0; k < length; k++) {
      LocalDate day = period.start().plusDays((pick + k) % length);
      if (others.stream().allMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, day)) > window)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns {@code walk} on {@code day}: every attribute kept but the date and the findings, which
   * are dropped because a finding may not predate its walk (scheduling does not look at them).
   */
  private static Walk movedTo(Walk walk, LocalDate day) {
    return Walk.builder()
        .id(walk.id())
        .leaderId(walk.leaderId())
        .unitId(walk.unitId())
        .date(day)
        .startTime(walk.startTime())
        .endTime(walk.endTime())
        .servicePoint(walk.servicePoint())
        .addAllMatters(walk.matters())
        .role(walk.role())
        .approach(walk.approach())
        .addAllForms(walk.forms())
        .visibility(walk.visibility())
        .fourNoTwoStraight(walk.fourNoTwoStraight())
        .coverage(walk.coverage())
        .notes(walk.notes())
        .addAllAttachments(walk.attachments())
        .build();
  }

  private static long apart(Walk a, Walk b) {
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
  }

  /** Returns the ISO week of {@code day} as week-based year and week number. */
  private static String isoWeek(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static int find(int[] parent, int a) {
    while (parent[a] != a) {
      a = parent[a];
    }
    return a;
  }

  private static void join(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private static ImmutableSortedSet<String> ids(List<Walk> walks, java.util.function.Function<Walk, String> id) {
    return walks.stream().map(id).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }
}
