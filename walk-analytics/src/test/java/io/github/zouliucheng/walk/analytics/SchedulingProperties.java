package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.department;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.members;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.roundRobin;
import static io.github.zouliucheng.walk.analytics.SchedulingFixtures.scheduling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Scheduling}, over two kinds of data: the shared generated datasets ({@link
 * WalkGenerators#datasets()}, any period of 2000–2099, mostly outside the years {@link
 * WorkCalendar#china()} covers), and small schedules on real periods of 2023–2026 ({@link
 * #schedules()}: quarters, the 春节 month, 国庆 2024 without a working day, 劳动节 2025), whose walks
 * often fall on the same or the next day at one of three service points. Each is checked under
 * drawn settings ({@link #settings()}): windows of 0 to 3 days, the China or the weekends-only
 * calendar, and other thresholds.
 *
 * <p>The brute-force reference here ({@link #reference}) compares all pairs, which only a test on
 * small data may do. It takes the fewest achievable and the expected pairs from {@link
 * ClusterBounds}: that those equal the least over every placement and the mean over every
 * placement, by brute force on small cases, is {@link ClusterBoundsProperties}' business and is
 * not repeated here.
 */
class SchedulingProperties {
  private static final int EXAMPLES = 100;

  private static final List<Period> PERIODS =
      List.of(
          Period.ofQuarter(2023, 1),
          Period.ofQuarter(2024, 1),
          Period.ofMonth(YearMonth.of(2023, 1)),
          Period.parse("2024-10-01/2024-10-07"),
          Period.parse("2025-04-21/2025-05-11"),
          Period.ofQuarter(2026, 1));

  private static final List<BigDecimal> RATIOS =
      List.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("3"));

  private static Gen<Integer> windows() {
    return integers().between(0, 3);
  }

  /** A policy drawn for a property, printed shortly when a property fails. */
  record Setting(int window, boolean china, int minAvoidablePairs, BigDecimal minRatioToChance) {
    Policy policy() {
      return Policy.defaults()
          .withConflictWindowDays(window)
          .withWorkCalendar(calendar())
          .withClusterMinAvoidablePairs(minAvoidablePairs)
          .withClusterMinRatioToChance(minRatioToChance);
    }

    WorkCalendar calendar() {
      return china ? WorkCalendar.china() : WorkCalendar.weekendsOnly();
    }

    @Override
    public String toString() {
      return "w=" + window + (china ? " china" : " weekendsOnly") + " minAvoidable=" + minAvoidablePairs
          + " minRatio=" + minRatioToChance;
    }
  }

  /** Windows 0 to 3, either calendar, at least 1 to 4 avoidable pairs, 0 to 3 times chance. */
  private static Gen<Setting> settings() {
    return rs ->
        new Setting(
            integers().between(0, 3).generate(rs),
            integers().between(0, 3).generate(rs) > 0,
            integers().between(1, 4).generate(rs),
            RATIOS.get(integers().between(0, RATIOS.size() - 1).generate(rs)));
  }

  /** A small schedule: one of {@link #PERIODS}, a roster and walks, printed shortly. */
  record Schedule(Period period, List<Unit> units, List<Member> members, List<Walk> walks) {
    Dataset dataset() {
      return SchedulingFixtures.dataset(period, units, members, walks);
    }

    Schedule withWalks(List<Walk> other) {
      return new Schedule(period, units, members, other);
    }

    @Override
    public String toString() {
      return period + " " + walks.stream()
          .map(w -> w.id() + ":" + w.leaderId() + "@" + w.date() + "/" + w.servicePoint().id())
          .collect(Collectors.joining(" ", "[", "]"));
    }
  }

  /**
   * One to three units u1.. of one to four leaders each (u1m1 ..), and up to 40 walks w1.., each by
   * a leader of a random unit, on a random day of the period, the day of the walk before or the day
   * after it, at one of the service points P1 to P3.
   */
  static Gen<Schedule> schedules() {
    return rs -> {
      Period period = PERIODS.get(integers().between(0, PERIODS.size() - 1).generate(rs));
      int unitCount = integers().between(1, 3).generate(rs);
      List<Unit> units = new ArrayList<>();
      List<Member> members = new ArrayList<>();
      int[] leaders = new int[unitCount];
      for (int u = 0; u < unitCount; u++) {
        units.add(department("u" + (u + 1)));
        leaders[u] = integers().between(1, 4).generate(rs);
        members.addAll(members("u" + (u + 1) + "m", leaders[u], "u" + (u + 1)));
      }
      int n = integers().between(0, 40).generate(rs);
      int length = period.lengthInDays();
      List<Walk> walks = new ArrayList<>();
      LocalDate previous = period.start();
      for (int i = 0; i < n; i++) {
        int u = integers().between(0, unitCount - 1).generate(rs);
        String leader = "u" + (u + 1) + "m" + integers().between(1, leaders[u]).generate(rs);
        LocalDate date =
            switch (integers().between(0, 2).generate(rs)) {
              case 0 -> period.start().plusDays(integers().between(0, length - 1).generate(rs));
              case 1 -> previous;
              default -> previous.isBefore(period.end()) ? previous.plusDays(1) : previous;
            };
        previous = date;
        String point = "P" + integers().between(1, 3).generate(rs);
        walks.add(SchedulingFixtures.walk("w" + (i + 1), leader, "u" + (u + 1), date, point));
      }
      return new Schedule(period, units, members, walks);
    };
  }

  // =================================================================== the whole section, by brute force

  @Test
  void generatedDatasetsMatchTheBruteForceReference() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), settings())
        .checkAssert((dataset, setting) -> assertThat(scheduling(dataset, setting.policy())).isEqualTo(reference(dataset, setting.policy())));
  }

  @Test
  void schedulesOnRealCalendarsMatchTheBruteForceReference() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings())
        .checkAssert(
            (schedule, setting) -> {
              Dataset dataset = schedule.dataset();
              assertThat(scheduling(dataset, setting.policy())).isEqualTo(reference(dataset, setting.policy()));
            });
  }

  // =================================================================== the laws, one by one

  @Test
  void pairsSplitIntoSameDayAndNearby_andTheSameDayPairsAreEveryPairOnOneDay() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings())
        .checkAssert(
            (schedule, setting) -> {
              Dataset dataset = schedule.dataset();
              Scheduling s = scheduling(dataset, setting.policy());
              for (UnitSchedule u : s.units().values()) {
                Pairs brute = Pairs.of(walksOf(dataset, u.unitId()), setting.window());
                assertThat(u.conflictingPairs()).isGreaterThanOrEqualTo(0).isEqualTo(brute.pairs);
                assertThat(u.sameDayPairs() + u.nearbyPairs()).isEqualTo(u.conflictingPairs());
                assertThat(u.sameDayPairs()).isEqualTo(brute.sameDay);
                assertThat(u.nearbyPairs()).isGreaterThanOrEqualTo(0);
              }
              assertThat(s.sameDayPairs() + s.nearbyPairs()).isEqualTo(s.conflictingPairs());
            });
  }

  @Test
  void aUnitIsFlaggedExactlyWhenBothThresholdsAreMet() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings())
        .checkAssert(
            (schedule, setting) -> {
              Dataset dataset = schedule.dataset();
              Policy policy = setting.policy();
              Scheduling s = scheduling(dataset, policy);
              ClusterBounds bounds = ClusterBounds.of(policy.workCalendar(), dataset.period(), policy.conflictWindowDays());
              Map<String, Flag> flags =
                  s.flags().stream()
                      .filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER)
                      .collect(Collectors.toMap(Flag::subject, f -> f));
              for (UnitSchedule u : s.units().values()) {
                assertThat(u.achievablePairs()).isEqualTo(bounds.minimumPairs(u.walks()));
                assertThat(u.expectedPairs()).isEqualTo(bounds.expectedPairs(u.walks()));
                assertThat(u.avoidablePairs()).isEqualTo(Math.max(0, u.conflictingPairs() - u.achievablePairs()));
                boolean material =
                    u.avoidablePairs() >= policy.clusterMinAvoidablePairs()
                        && BigDecimal.valueOf(u.conflictingPairs())
                                .compareTo(policy.clusterMinRatioToChance().multiply(u.expectedPairs()))
                            >= 0;
                assertThat(u.clustered()).isEqualTo(material);
                assertThat(flags.containsKey(u.unitId())).isEqualTo(material);
                if (material) {
                  Flag f = flags.get(u.unitId());
                  assertThat(f.count()).hasValue(u.conflictingPairs());
                  assertThat(f.achievable()).hasValue(u.achievablePairs());
                  assertThat(f.expected()).contains(u.expectedPairs());
                  assertThat(f.avoidable()).hasValue(u.avoidablePairs());
                  assertThat(f.ownerUnitIds()).containsExactly(u.unitId());
                }
              }
              assertThat(flags.keySet()).allMatch(s.units()::containsKey);
            });
  }

  @Test
  void flagEvidenceIsTheWalksInConflict_ofTheOwnerUnitOnly() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings())
        .checkAssert(
            (schedule, setting) -> {
              Dataset dataset = schedule.dataset();
              Scheduling s = scheduling(dataset, setting.policy());
              Map<String, Walk> byId = dataset.walks().stream().collect(Collectors.toMap(Walk::id, w -> w));
              for (Flag f : s.flags()) {
                List<Walk> evidence = f.walkIds().stream().map(byId::get).collect(Collectors.toList());
                assertThat(evidence).doesNotContainNull();
                String unit = f.ownerUnitIds().first();
                assertThat(f.ownerUnitIds()).containsExactly(unit);
                assertThat(f.unitIds()).containsExactly(unit);
                assertThat(evidence).allMatch(w -> w.unitId().equals(unit));
                assertThat(f.memberIds()).isEqualTo(ids(evidence, Walk::leaderId)).hasSizeGreaterThanOrEqualTo(2);
                if (f.judgment() == Judgment.SAME_UNIT_CLUSTER) {
                  Set<String> inConflict = Pairs.of(walksOf(dataset, unit), setting.window()).inConflict;
                  assertThat(inConflict).containsAll(f.walkIds());
                  assertThat(f.walkIds()).containsExactlyInAnyOrderElementsOf(inConflict);
                  assertThat(f.firstDay()).contains(evidence.stream().map(Walk::date).min(LocalDate::compareTo).orElseThrow());
                  assertThat(f.lastDay()).contains(evidence.stream().map(Walk::date).max(LocalDate::compareTo).orElseThrow());
                } else {
                  assertThat(f.judgment()).isEqualTo(Judgment.SAME_POINT_SAME_DAY);
                  assertThat(evidence).allMatch(w -> w.servicePoint().id().equals(f.subject()));
                  assertThat(evidence).allMatch(w -> f.firstDay().equals(Optional.of(w.date())));
                  assertThat(f.count()).hasValue(evidence.size());
                }
              }
              // leaders of different units at one point on one day are overlaps, never a flag
              assertThat(s.pointOverlaps()).allMatch(o -> o.unitIds().size() >= 2);
            });
  }

  @Test
  void countsReconcileOverTheUnits() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), settings())
        .checkAssert(
            (dataset, setting) -> {
              Scheduling s = scheduling(dataset, setting.policy());
              long walks = dataset.walks().size();
              assertThat(s.walks()).isEqualTo(walks);
              assertThat(s.windowDays()).isEqualTo(setting.window());
              assertThat(s.units().keySet()).containsExactlyInAnyOrderElementsOf(dataset.roster().unitsById().keySet());
              assertThat(sum(s, UnitSchedule::walks)).isEqualTo(walks);
              assertThat(s.calendar().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(walks);
              assertThat(List.copyOf(s.calendar().keySet())).isEqualTo(dataset.period().days().collect(Collectors.toList()));
              assertThat(s.conflictingPairs()).isEqualTo(sum(s, UnitSchedule::conflictingPairs));
              assertThat(s.sameDayPairs()).isEqualTo(sum(s, UnitSchedule::sameDayPairs));
              assertThat(s.nearbyPairs()).isEqualTo(sum(s, UnitSchedule::nearbyPairs));
              assertThat(s.avoidablePairs()).isEqualTo(sum(s, UnitSchedule::avoidablePairs));
              assertThat(s.avoidablePairsOfClusteredUnits())
                  .isEqualTo(sum(s, u -> u.clustered() ? u.avoidablePairs() : 0))
                  .isLessThanOrEqualTo(s.avoidablePairs());
              assertThat(s.walksInConflict().numerator()).isEqualTo(sum(s, u -> u.walksInConflict().numerator()));
              assertThat(s.sameUnitClusters()).isEqualTo(sum(s, UnitSchedule::clusters));
              assertThat(s.samePointSameDayGroups()).isEqualTo(sum(s, UnitSchedule::samePointSameDay));
              assertThat(s.unitsClustered())
                  .isEqualTo(Ratio.of(sum(s, u -> u.clustered() ? 1 : 0), sum(s, u -> u.walks() > 0 ? 1 : 0)));
              assertThat(s.flags()).isSorted();
              assertThat(s.runs()).isSorted();
              assertThat(s.pointOverlaps()).isSorted();
              assertThat(s.flags().stream().filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER).count())
                  .isEqualTo(sum(s, u -> u.clustered() ? 1 : 0));
              assertThat(s.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY).count())
                  .isEqualTo(s.samePointSameDayGroups());
              // the runs listed are every run of the clustered units, and only theirs
              assertThat(s.runs().stream().map(ClusterRun::unitId).collect(Collectors.toList()))
                  .allMatch(id -> s.units().get(id).clustered());
              assertThat((long) s.runs().size()).isEqualTo(sum(s, u -> u.clustered() ? u.clusters() : 0));
              assertThat(s.flags()).allMatch(f -> f.walkIds().size() >= 2 && f.findingIds().isEmpty());
            });
  }

  @Test
  void recordOrderNeverChangesTheResult_andTheResultIsTheSameEveryTime() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.shuffledWalkLists(), settings())
        .checkAssert(
            (shuffled, setting) -> {
              WalkList other = shuffled.shuffled();
              Roster reversed =
                  Roster.of(Lists.reverse(other.roster().units()), Lists.reverse(other.roster().members()));
              Dataset reordered = new WalkList(other.period(), reversed, other.walks(), other.findings()).toDataset();
              Scheduling original = scheduling(shuffled.original().toDataset(), setting.policy());
              assertThat(scheduling(reordered, setting.policy())).isEqualTo(original);
              assertThat(scheduling(shuffled.original().toDataset(), setting.policy())).isEqualTo(original);
            });
  }

  @Test
  void recordOrderNeverChangesTheResultOnRealCalendars() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings(), integers().between(0, 1_000))
        .checkAssert(
            (schedule, setting, seed) -> {
              List<Walk> walks = new ArrayList<>(schedule.walks());
              Collections.shuffle(walks, new Random(seed));
              Schedule reordered =
                  new Schedule(schedule.period(), Lists.reverse(schedule.units()), Lists.reverse(schedule.members()), walks);
              assertThat(scheduling(reordered.dataset(), setting.policy()))
                  .isEqualTo(scheduling(schedule.dataset(), setting.policy()));
            });
  }

  // =================================================================== what a unit could avoid

  @Test
  void aScheduleSpreadAsEvenlyAsPossibleHasNoAvoidablePairAtAnyIntensity() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 400), integers().between(1, 30), settings(), integers().between(0, PERIODS.size() - 1))
        .checkAssert(
            (n, leaders, setting, p) -> {
              Period period = PERIODS.get(p);
              ClusterBounds bounds = ClusterBounds.of(setting.calendar(), period, setting.window());
              ImmutableSortedMap<LocalDate, Long> even = bounds.evenSchedule(n);
              Dataset dataset =
                  SchedulingFixtures.dataset(
                      period, List.of(department("u")), members("m", leaders, "u"), roundRobin("m", "u", leaders, even));

              UnitSchedule u = scheduling(dataset, setting.policy()).units().get("u");

              assertThat(u.walks()).isEqualTo((long) n);
              assertThat(u.avoidablePairs()).isZero();
              assertThat(u.conflictingPairs()).isLessThanOrEqualTo(u.achievablePairs());
              assertThat(u.clustered()).isFalse();
              // when no day holds more walks than there are leaders, every pair counts: exactly the least
              if (even.values().stream().allMatch(k -> k <= leaders)) {
                assertThat(u.conflictingPairs()).isEqualTo(u.achievablePairs());
              }
            });
  }

  @Test
  void movingAWalkToAFreeWorkingDayNeverAddsAnAvoidablePair() {
    qt().withExamples(EXAMPLES)
        .forAll(schedules(), settings(), integers().between(0, 1_000), integers().between(0, 1_000))
        .checkAssert(
            (schedule, setting, walkPick, dayPick) -> {
              if (schedule.walks().isEmpty()) {
                return;
              }
              int i = walkPick % schedule.walks().size();
              Walk moving = schedule.walks().get(i);
              Optional<LocalDate> free = freeWorkingDay(schedule, setting, moving, dayPick);
              if (free.isEmpty()) {
                return; // every working day is within the window of another walk of the unit
              }
              List<Walk> walks = new ArrayList<>(schedule.walks());
              walks.set(i, SchedulingFixtures.walk(moving.id(), moving.leaderId(), moving.unitId(), free.get(), moving.servicePoint().id()));
              Scheduling before = scheduling(schedule.dataset(), setting.policy());
              Scheduling after = scheduling(schedule.withWalks(walks).dataset(), setting.policy());

              String unit = moving.unitId();
              UnitSchedule was = before.units().get(unit);
              UnitSchedule is = after.units().get(unit);
              assertThat(is.achievablePairs()).isEqualTo(was.achievablePairs());
              assertThat(is.expectedPairs()).isEqualTo(was.expectedPairs());
              assertThat(is.conflictingPairs()).isLessThanOrEqualTo(was.conflictingPairs());
              assertThat(is.avoidablePairs()).isLessThanOrEqualTo(was.avoidablePairs());
              if (!was.clustered()) {
                assertThat(is.clustered()).isFalse();
              }
              // the moved walk is in no pair any more, so in no flag's evidence
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
              // the same-point groups and the overlaps do not depend on the window
              assertThat(wide.flags().stream().filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY))
                  .containsExactlyElementsOf(narrow.flags().stream()
                      .filter(f -> f.judgment() == Judgment.SAME_POINT_SAME_DAY)
                      .collect(Collectors.toList()));
              assertThat(wide.pointOverlaps()).isEqualTo(narrow.pointOverlaps());
            });
  }

  /**
   * Returns the first working day of the period by the setting's calendar, starting {@code pick}
   * working days into it and wrapping around, with no other walk of {@code moving}'s unit within
   * the window of it, if there is one.
   */
  private static Optional<LocalDate> freeWorkingDay(Schedule schedule, Setting setting, Walk moving, int pick) {
    List<LocalDate> days = setting.calendar().workingDays(schedule.period().start(), schedule.period().end());
    List<LocalDate> others =
        schedule.walks().stream()
            .filter(w -> !w.id().equals(moving.id()) && w.unitId().equals(moving.unitId()))
            .map(Walk::date)
            .collect(Collectors.toList());
    for (int k = 0; k < days.size(); k++) {
      LocalDate day = days.get((pick + k) % days.size());
      if (others.stream().allMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, day)) > setting.window())) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  // =================================================================== the brute-force reference

  /** The pairs of one unit's walks, walk by walk. */
  private static final class Pairs {
    long pairs;
    long sameDay;
    final Set<String> inConflict = new TreeSet<>();
    /** The runs: walks joined when at most the window apart, whoever walked. */
    final Map<Integer, List<Walk>> runs = new TreeMap<>();

    static Pairs of(List<Walk> walks, int window) {
      Pairs p = new Pairs();
      int n = walks.size();
      int[] parent = new int[n];
      for (int a = 0; a < n; a++) {
        parent[a] = a;
      }
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          Walk x = walks.get(a);
          Walk y = walks.get(b);
          long apart = Math.abs(ChronoUnit.DAYS.between(x.date(), y.date()));
          if (apart <= window) {
            parent[find(parent, a)] = find(parent, b);
            if (!x.leaderId().equals(y.leaderId())) {
              p.pairs++;
              p.sameDay += apart == 0 ? 1 : 0;
              p.inConflict.add(x.id());
              p.inConflict.add(y.id());
            }
          }
        }
      }
      for (int a = 0; a < n; a++) {
        p.runs.computeIfAbsent(find(parent, a), k -> new ArrayList<>()).add(walks.get(a));
      }
      p.runs.values().removeIf(run -> run.stream().map(Walk::leaderId).distinct().count() < 2);
      return p;
    }

    private static int find(int[] parent, int a) {
      while (parent[a] != a) {
        a = parent[a];
      }
      return a;
    }
  }

  /** Returns the scheduling section of {@code dataset} under {@code policy}, computed pair by pair. */
  private static Scheduling reference(Dataset dataset, Policy policy) {
    Period period = dataset.period();
    int window = policy.conflictWindowDays();
    ClusterBounds bounds = ClusterBounds.of(policy.workCalendar(), period, window);
    long weeksTouched = period.days().map(SchedulingProperties::isoWeek).distinct().count();
    List<Flag> flags = new ArrayList<>();
    List<ClusterRun> runs = new ArrayList<>();
    List<PointOverlap> overlaps = new ArrayList<>();

    // one unit's leaders at one point on one day; leaders of several units there
    Map<String, Long> samePointOfUnit = new HashMap<>();
    Map<List<Object>, List<Walk>> atPointOnDay =
        dataset.walks().stream().collect(Collectors.groupingBy(w -> List.of(w.servicePoint().id(), w.date())));
    for (List<Walk> group : atPointOnDay.values()) {
      Walk any = group.get(0);
      Map<String, List<Walk>> byUnit = group.stream().collect(Collectors.groupingBy(Walk::unitId));
      byUnit.forEach((unit, walks) -> {
        if (walks.stream().map(Walk::leaderId).distinct().count() >= 2) {
          samePointOfUnit.merge(unit, 1L, Long::sum);
          flags.add(
              Flag.of(Judgment.SAME_POINT_SAME_DAY, any.servicePoint().id())
                  .ownerUnitIds(ImmutableSortedSet.of(unit))
                  .firstDay(any.date())
                  .lastDay(any.date())
                  .count(walks.size())
                  .walkIds(ids(walks, Walk::id))
                  .findingIds(ImmutableSortedSet.of())
                  .memberIds(ids(walks, Walk::leaderId))
                  .unitIds(ImmutableSortedSet.of(unit))
                  .build());
        }
      });
      if (byUnit.size() >= 2) {
        overlaps.add(
            ImmutablePointOverlap.builder()
                .servicePointId(any.servicePoint().id())
                .day(any.date())
                .unitIds(ImmutableSortedSet.copyOf(byUnit.keySet()))
                .walkIds(ids(group, Walk::id))
                .memberIds(ids(group, Walk::leaderId))
                .build());
      }
    }

    ImmutableSortedMap.Builder<String, UnitSchedule> units = ImmutableSortedMap.naturalOrder();
    long pairs = 0;
    long sameDay = 0;
    long avoidable = 0;
    long avoidableClustered = 0;
    long inConflict = 0;
    long runCount = 0;
    long walked = 0;
    long clustered = 0;
    for (Unit unit : dataset.roster().units()) {
      List<Walk> walks = walksOf(dataset, unit.id());
      int n = walks.size();
      Pairs p = Pairs.of(walks, window);
      long achievable = bounds.minimumPairs(n);
      BigDecimal expected = bounds.expectedPairs(n);
      boolean material =
          p.pairs - achievable >= policy.clusterMinAvoidablePairs()
              && BigDecimal.valueOf(p.pairs).compareTo(policy.clusterMinRatioToChance().multiply(expected)) >= 0;
      Map<LocalDate, Long> perDay = walks.stream().collect(Collectors.groupingBy(Walk::date, Collectors.counting()));
      UnitSchedule u =
          ImmutableUnitSchedule.builder()
              .unitId(unit.id())
              .walks(n)
              .conflictingPairs(p.pairs)
              .sameDayPairs(p.sameDay)
              .nearbyPairs(p.pairs - p.sameDay)
              .achievablePairs(achievable)
              .expectedPairs(expected)
              .clustered(material)
              .walksInConflict(Ratio.of(p.inConflict.size(), n))
              .clusters(p.runs.size())
              .samePointSameDay(samePointOfUnit.getOrDefault(unit.id(), 0L))
              .distinctDays(Ratio.of(perDay.size(), n))
              .largestSameDay(perDay.values().stream().mapToLong(Long::longValue).max().orElse(0))
              .weekSpread(Ratio.of(walks.stream().map(w -> isoWeek(w.date())).distinct().count(), weeksTouched))
              .build();
      units.put(unit.id(), u);
      pairs += p.pairs;
      sameDay += p.sameDay;
      avoidable += u.avoidablePairs();
      inConflict += p.inConflict.size();
      runCount += p.runs.size();
      walked += n > 0 ? 1 : 0;
      if (material) {
        clustered++;
        avoidableClustered += u.avoidablePairs();
        List<Walk> evidence = walks.stream().filter(w -> p.inConflict.contains(w.id())).collect(Collectors.toList());
        flags.add(
            Flag.of(Judgment.SAME_UNIT_CLUSTER, unit.id())
                .ownerUnitIds(ImmutableSortedSet.of(unit.id()))
                .firstDay(evidence.stream().map(Walk::date).min(LocalDate::compareTo).orElseThrow())
                .lastDay(evidence.stream().map(Walk::date).max(LocalDate::compareTo).orElseThrow())
                .count(p.pairs)
                .achievable(achievable)
                .expected(expected)
                .walkIds(ids(evidence, Walk::id))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ids(evidence, Walk::leaderId))
                .unitIds(ImmutableSortedSet.of(unit.id()))
                .build());
        for (List<Walk> run : p.runs.values()) {
          runs.add(
              ImmutableClusterRun.builder()
                  .unitId(unit.id())
                  .firstDay(run.stream().map(Walk::date).min(LocalDate::compareTo).orElseThrow())
                  .lastDay(run.stream().map(Walk::date).max(LocalDate::compareTo).orElseThrow())
                  .walkIds(ids(run, Walk::id))
                  .memberIds(ids(run, Walk::leaderId))
                  .build());
        }
      }
    }
    ImmutableSortedMap.Builder<LocalDate, Long> calendar = ImmutableSortedMap.naturalOrder();
    period.days().forEach(d -> calendar.put(d, dataset.walks().stream().filter(w -> w.date().equals(d)).count()));
    long walks = dataset.walks().size();
    return ImmutableScheduling.builder()
        .windowDays(window)
        .workingDays(policy.workCalendar().workingDays(period.start(), period.end()).size())
        .walks(walks)
        .conflictingPairs(pairs)
        .sameDayPairs(sameDay)
        .nearbyPairs(pairs - sameDay)
        .avoidablePairs(avoidable)
        .avoidablePairsOfClusteredUnits(avoidableClustered)
        .walksInConflict(Ratio.of(inConflict, walks))
        .unitsClustered(Ratio.of(clustered, walked))
        .sameUnitClusters(runCount)
        .samePointSameDayGroups(samePointOfUnit.values().stream().mapToLong(Long::longValue).sum())
        .addAllPointOverlaps(ImmutableList.sortedCopyOf(overlaps))
        .units(units.build())
        .addAllRuns(ImmutableList.sortedCopyOf(runs))
        .calendar(calendar.build())
        .addAllFlags(ImmutableList.sortedCopyOf(flags))
        .build();
  }

  private static List<Walk> walksOf(Dataset dataset, String unitId) {
    return dataset.walks().stream().filter(w -> w.unitId().equals(unitId)).collect(Collectors.toList());
  }

  private static long sum(Scheduling s, ToLongFunction<UnitSchedule> figure) {
    return s.units().values().stream().mapToLong(figure).sum();
  }

  /** Returns the ISO week of {@code day} as week-based year and week number. */
  private static String isoWeek(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  private static ImmutableSortedSet<String> ids(List<Walk> walks, Function<Walk, String> id) {
    return walks.stream().map(id).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }
}
