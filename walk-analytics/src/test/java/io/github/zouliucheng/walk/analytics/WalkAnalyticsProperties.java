package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.testing.MachineDefaults;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the whole {@link Analysis}: over the shared {@link WalkGenerators#datasetsWithWarnings()}
 * (with rectifications marked done without measures) mixed with the trivial-wording variants of
 * {@link DepthModesFixtures#variantDatasets()}, each analysed under a policy with a conflict window
 * of 0 to 3 days, as of the period's last day half the time and any day of it otherwise.
 */
class WalkAnalyticsProperties {
  private static final int EXAMPLES = 100;
  // each shrinking step builds and analyses datasets again: keep a failure's report quick
  private static final int SHRINK_CYCLES = 50;

  /** A dataset, a policy and a reference date: what an analysis is a function of. */
  record Input(Dataset dataset, Policy policy, LocalDate asOf) {
    Analysis analyze() {
      return WalkAnalytics.analyze(dataset, policy, asOf);
    }

    Input with(Dataset other) {
      return new Input(other, policy, asOf);
    }
  }

  private static Gen<Input> inputs() {
    return WalkGenerators.datasetsWithWarnings()
        .mix(DepthModesFixtures.variantDatasets(), 25)
        .flatMap(
            d ->
                integers().between(0, 3)
                    .zip(
                        Generate.frequency(
                            List.of(
                                Pair.of(1, Generate.constant(d.period().end())),
                                Pair.of(1, WalkGenerators.datesIn(d.period())))),
                        (window, asOf) -> new Input(d, Policy.defaults().withConflictWindowDays(window), asOf)));
  }

  @Test
  void recordOrderNeverChangesTheAnalysis() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs(), longs().all())
        .checkAssert((in, seed) -> assertThat(in.with(shuffled(in.dataset(), seed)).analyze()).isEqualTo(in.analyze()));
  }

  @Test
  void everyIdInEveryFlagExistsInTheInput() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Dataset d = in.dataset();
          Set<String> units = d.roster().units().stream().map(Unit::id).collect(Collectors.toSet());
          Set<String> members = d.roster().members().stream().map(Member::id).collect(Collectors.toSet());
          Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
          Set<String> points = d.walks().stream().map(w -> w.servicePoint().id()).collect(Collectors.toSet());
          Set<String> findings = d.allFindings().map(Finding::id).collect(Collectors.toSet());
          for (Flag f : in.analyze().flags()) {
            Set<String> subjects =
                switch (f.subjectKind()) {
                  case UNIT -> units;
                  case SERVICE_POINT -> points;
                  case WALK -> walks;
                  case MEMBER -> members;
                  case FINDING -> findings;
                };
            assertThat(subjects).as("subject of %s", f).contains(f.subject());
            assertThat(walks).as("walks of %s", f).containsAll(f.walkIds());
            assertThat(findings).as("findings of %s", f).containsAll(f.findingIds());
            assertThat(members).as("members of %s", f).containsAll(f.memberIds());
            assertThat(units).as("units of %s", f).containsAll(f.unitIds());
            assertThat(f.unitIds()).as("owner units of %s", f).containsAll(f.ownerUnitIds());
            assertThat(f.memberIds()).as("owner members of %s", f).containsAll(f.ownerMemberIds());
          }
        });
  }

  /**
   * Every flag is owned as its judgment says: a walker's judgment by the units of the walks (or,
   * with no walk, of the members) behind it, never by a unit that only has to fix the problem; a
   * rectification's by the finding's responsible unit and the rectification's owner unit.
   */
  @Test
  void everyFlagIsOwnedByTheUnitItsJudgmentNames() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Dataset d = in.dataset();
          java.util.Map<String, Walk> walks = d.walks().stream().collect(Collectors.toMap(Walk::id, w -> w));
          java.util.Map<String, Finding> findings = d.allFindings().collect(Collectors.toMap(Finding::id, f -> f));
          java.util.Map<String, Member> members = d.roster().membersById();
          for (Flag f : in.analyze().flags()) {
            Set<String> expected = new java.util.TreeSet<>();
            if (f.judgment().owner() == Owner.WALKER) {
              if (!f.walkIds().isEmpty()) {
                f.walkIds().forEach(w -> expected.add(walks.get(w).unitId()));
              } else if (f.subjectKind() == SubjectKind.UNIT) {
                expected.add(f.subject());
              } else {
                f.memberIds().forEach(m -> expected.add(members.get(m).unitId()));
              }
            } else {
              Finding finding = findings.get(f.subject());
              expected.add(finding.responsibleUnitId());
              finding.rectification().flatMap(r -> r.ownerUnitId()).ifPresent(expected::add);
            }
            assertThat(f.ownerUnitIds()).as("owners of %s", f).containsExactlyElementsOf(expected);
          }
        });
  }

  @Test
  void theAnalysisIsTheSameWhenComputedTwiceAndUnderAnotherLocaleAndTimeZone() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Analysis first = in.analyze();
          assertThat(in.analyze()).isEqualTo(first);
          // Thai digits and the Buddhist calendar, and the first time zone of the day (UTC+14)
          Analysis elsewhere = MachineDefaults.under("th-TH-u-ca-buddhist-nu-thai", "Pacific/Kiritimati", in::analyze);
          assertThat(elsewhere).isEqualTo(first);
          assertThat(elsewhere.flags()).isEqualTo(first.flags());
        });
  }

  @Test
  void theFlagsAreSortedWithoutDuplicatesAndHoldEverySectionsFlags() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Analysis a = in.analyze();
          List<Flag> flags = a.flags();
          for (int i = 1; i < flags.size(); i++) {
            assertThat(flags.get(i - 1)).as("flag %s before flag %s", i - 1, i).isLessThan(flags.get(i));
          }
          List<Flag> sections =
              Stream.of(
                      a.scheduling().flags(),
                      a.depth().flags(),
                      a.modes().flags(),
                      a.rectification().flags(),
                      a.accountability().flags())
                  .flatMap(java.util.Collection::stream)
                  .collect(Collectors.toList());
          assertThat(flags).hasSameSizeAs(sections).containsExactlyInAnyOrderElementsOf(sections);
        });
  }
}
