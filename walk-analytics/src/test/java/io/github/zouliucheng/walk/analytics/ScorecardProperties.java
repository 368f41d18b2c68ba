package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the {@link Scorecard}, over the shared {@link WalkGenerators#datasetsWithWarnings()}
 * (small datasets: at most {@value WalkGenerators#MAX_UNITS} units and {@value
 * WalkGenerators#MAX_WALKS} walks), each analysed through {@link WalkAnalytics#analyze(Dataset,
 * Policy, LocalDate)} under a policy with a conflict window of 0 to 3 days, as of the period's last
 * day half the time and any day of it otherwise.
 */
class ScorecardProperties {
  private static final int EXAMPLES = 100;
  // each shrinking step builds and analyses two datasets again: keep a failure's report quick
  private static final int SHRINK_CYCLES = 50;

  /** The criticised fact added to a unit. */
  enum Change {
    /** A roster member of the unit, not a principal, who did not walk. */
    ABSENT_MEMBER,
    /** An open trivial finding on one of the unit's walks. */
    TRIVIAL_FINDING,
    /** The measures of a solved finding of the unit's walks stripped: a perfunctory rectification. */
    STRIPPED_MEASURES
  }

  /**
   * A dataset, a policy and a reference date, with the index of the unit changed (modulo the
   * roster's units), the change asked for and the index of the walk or finding it picks.
   */
  record Case(Dataset dataset, Policy policy, LocalDate asOf, int unit, Change change, int pick) {}

  private static Gen<Case> cases() {
    Gen<Dataset> datasets = WalkGenerators.datasetsWithWarnings();
    Gen<Integer> windows = integers().between(0, 3);
    Gen<Boolean> atEnd = booleans().all();
    Gen<Integer> indices = integers().between(0, 1000);
    Gen<Integer> changes = integers().between(0, Change.values().length - 1);
    return rs -> {
      Dataset d = datasets.generate(rs);
      Policy policy = Policy.defaults().withConflictWindowDays(windows.generate(rs));
      LocalDate asOf = atEnd.generate(rs) ? d.period().end() : WalkGenerators.datesIn(d.period()).generate(rs);
      return new Case(d, policy, asOf, indices.generate(rs), Change.values()[changes.generate(rs)], indices.generate(rs));
    };
  }

  /**
   * Adding a criticised fact to a unit never raises its score or its rank: a member who did not
   * walk, an open trivial finding on one of its walks, or a solved finding of its walks made
   * perfunctory by stripping its measures (the model keeps such a rectification with a warning). A
   * change the unit cannot take (a trivial finding with no walk, stripped measures with no solved
   * finding that has any) falls back to the one before it in that list.
   */
  @Test
  void addingACriticisedFactToAUnitNeverRaisesItsScoreOrItsRank() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases())
        .checkAssert(c -> {
          Dataset d = c.dataset();
          List<Unit> units = d.roster().units();
          if (units.isEmpty()) {
            // no unit to change (about one dataset in six): nothing to check
            return;
          }
          String unitId = units.get(c.unit() % units.size()).id();
          Change change = c.change();
          Optional<Dataset> changed = Optional.empty();
          if (change == Change.STRIPPED_MEASURES) {
            changed = stripMeasures(d, unitId, c.pick());
            change = changed.isPresent() ? change : Change.TRIVIAL_FINDING;
          }
          if (change == Change.TRIVIAL_FINDING) {
            changed = addTrivialFinding(d, unitId, c.pick());
            change = changed.isPresent() ? change : Change.ABSENT_MEMBER;
          }
          if (change == Change.ABSENT_MEMBER) {
            changed = Optional.of(addAbsentMember(d, unitId));
          }
          Dataset after = changed.orElseThrow();

          Analysis was = WalkAnalytics.analyze(d, c.policy(), c.asOf());
          Analysis is = WalkAnalytics.analyze(after, c.policy(), c.asOf());
          UnitScore before = was.scorecard().unit(unitId).orElseThrow();
          UnitScore now = is.scorecard().unit(unitId).orElseThrow();
          assertThat(now.score()).as("score of %s after %s, was %s, is %s", unitId, change, before, now)
              .isLessThanOrEqualTo(before.score());
          assertThat(now.rank()).as("rank of %s after %s, was %s, is %s", unitId, change, before, now)
              .isGreaterThanOrEqualTo(before.rank());
          if (change == Change.TRIVIAL_FINDING) {
            // the change is what it claims to be: the new finding is judged trivial
            Set<String> trivial = new HashSet<>();
            is.depth().flags().stream()
                .filter(f -> f.judgment() == Judgment.TRIVIAL_CATEGORY
                    || f.judgment() == Judgment.TRIVIAL_PHRASE
                    || f.judgment() == Judgment.TRIVIAL_WORDING)
                .forEach(f -> trivial.add(f.subject()));
            Set<String> added = new HashSet<>(ids(after));
            added.removeAll(ids(d));
            assertThat(trivial).containsAll(added);
          }
        });
  }

  /** Returns every identifier of {@code d}: units, members, walks and findings. */
  private static Set<String> ids(Dataset d) {
    Set<String> ids = new HashSet<>();
    d.roster().units().forEach(u -> ids.add(u.id()));
    d.roster().members().forEach(m -> ids.add(m.id()));
    d.walks().forEach(w -> ids.add(w.id()));
    d.allFindings().forEach(f -> ids.add(f.id()));
    return ids;
  }

  /** Returns an identifier starting with {@code prefix} that {@code d} does not use. */
  private static String freshId(Dataset d, String prefix) {
    Set<String> used = ids(d);
    int n = 0;
    while (used.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  private static Dataset rebuild(Dataset d, Roster roster, List<Walk> walks) {
    return Dataset.builder().period(d.period()).roster(roster).addAllWalks(walks).addAllFindings(d.findings()).build();
  }

  /** (a) Adds a member of {@code unitId}, not a principal, who did not walk. */
  private static Dataset addAbsentMember(Dataset d, String unitId) {
    List<Member> members = new ArrayList<>(d.roster().members());
    members.add(
        Member.builder().id(freshId(d, "new-member-")).name("新成员").title("副局长").unitId(unitId).principal(false).build());
    return rebuild(d, Roster.of(d.roster().units(), members), d.walks());
  }

  /** (b) Adds an open trivial finding to one of {@code unitId}'s walks; empty when it has none. */
  private static Optional<Dataset> addTrivialFinding(Dataset d, String unitId, int pick) {
    List<Integer> own = new ArrayList<>();
    for (int i = 0; i < d.walks().size(); i++) {
      if (d.walks().get(i).unitId().equals(unitId)) {
        own.add(i);
      }
    }
    if (own.isEmpty()) {
      return Optional.empty();
    }
    int at = own.get(pick % own.size());
    Walk walk = d.walks().get(at);
    List<Finding> findings = new ArrayList<>(walk.findings());
    findings.add(
        Finding.builder()
            .id(freshId(d, "new-finding-"))
            .source(FindingSource.WALK)
            .description("大厅地面有纸屑，保洁不到位")
            .category(FindingCategory.HOUSEKEEPING)
            .responsibleUnitId(unitId)
            .foundOn(walk.date())
            .build());
    List<Walk> walks = new ArrayList<>(d.walks());
    walks.set(at, walk.withFindings(findings));
    return Optional.of(rebuild(d, d.roster(), walks));
  }

  /**
   * (c) Strips the measures of a solved finding, with measures, of one of {@code unitId}'s walks;
   * empty when there is none.
   */
  private static Optional<Dataset> stripMeasures(Dataset d, String unitId, int pick) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < d.walks().size(); i++) {
      Walk w = d.walks().get(i);
      if (!w.unitId().equals(unitId)) {
        continue;
      }
      for (int j = 0; j < w.findings().size(); j++) {
        Optional<Rectification> r = w.findings().get(j).rectification();
        if (r.isPresent() && r.get().isSolved() && !r.get().measures().isEmpty()) {
          candidates.add(new int[] {i, j});
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] at = candidates.get(pick % candidates.size());
    Walk walk = d.walks().get(at[0]);
    Finding f = walk.findings().get(at[1]);
    Rectification r = f.rectification().orElseThrow();
    Rectification stripped =
        Rectification.builder()
            .mode(r.mode())
            .deadline(r.deadline())
            .owner(r.owner())
            .ownerUnitId(r.ownerUnitId())
            .addAllEffects(r.effects())
            .effectNote(r.effectNote())
            .startedOn(r.startedOn())
            .rectifiedOn(r.rectifiedOn())
            .closedOn(r.closedOn())
            .callback(r.callback())
            .build();
    Finding perfunctory =
        Finding.builder()
            .id(f.id())
            .source(f.source())
            .description(f.description())
            .category(f.category())
            .responsibleUnitId(f.responsibleUnitId())
            .priority(f.priority())
            .foundOn(f.foundOn())
            .sourceReference(f.sourceReference())
            .rectification(stripped)
            .build();
    List<Finding> findings = new ArrayList<>(walk.findings());
    findings.set(at[1], perfunctory);
    List<Walk> walks = new ArrayList<>(d.walks());
    walks.set(at[0], walk.withFindings(findings));
    return Optional.of(rebuild(d, d.roster(), walks));
  }
}
