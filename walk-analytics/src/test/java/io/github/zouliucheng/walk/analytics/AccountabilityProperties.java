package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Walk;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of {@link Accountability}, over the shared generators, through {@link RectificationFixtures}. */
class AccountabilityProperties {
  private static final int EXAMPLES = 100;
  // each shrinking step builds and validates datasets again: a failure is reported within seconds
  // rather than minutes, and QuickTheories prints the seed that reproduces it
  private static final int SHRINK_CYCLES = 50;



  @Test
  void countsReconcile() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases())
        .checkAssert(c -> {
          Dataset d = c.dataset();
          Index index = c.index();
          RectificationQuality q = RectificationQuality.of(index);
          Accountability a = Accountability.of(index, q);
          long roster = d.roster().members().size();
          // members who walked and members who did not make up the roster
          assertThat(a.membersWalked().numerator() + a.membersDidNotWalk().numerator()).isEqualTo(roster);
          assertThat(a.membersWalked().denominator()).isEqualTo(roster);
          assertThat(a.flags(Judgment.DID_NOT_WALK)).hasSize((int) a.membersDidNotWalk().numerator());
          assertThat(a.flags(Judgment.EMPTY_WALK)).hasSize((int) a.emptyWalks().numerator());
          assertThat(a.flags(Judgment.ALL_WALKS_EMPTY)).hasSize((int) a.leadersAllWalksEmpty().numerator());
          assertThat(a.flags(Judgment.ALL_WALKS_SHALLOW)).hasSize((int) a.leadersAllWalksShallow().numerator());
          assertThat(a.flags(Judgment.PRINCIPAL_DID_NOT_WALK)).hasSize((int) a.unitsPrincipalDidNotWalk().numerator());
          assertThat(a.emptyWalks().denominator()).isEqualTo(d.walks().size());
          assertThat(a.leadersAllWalksEmpty().denominator()).isEqualTo(a.membersWalked().numerator());
          assertThat(a.unitsWithoutPrincipal()).isLessThanOrEqualTo(a.unitsPrincipalDidNotWalk().numerator());
          // per unit figures add up to the totals, and open problems are the quality's
          assertThat(a.units().keySet()).isEqualTo(d.roster().unitsById().keySet());
          assertThat(a.units().values().stream().mapToLong(u -> u.emptyWalks().denominator()).sum()).isEqualTo(d.walks().size());
          assertThat(a.units().values().stream().mapToLong(u -> u.emptyWalks().numerator()).sum()).isEqualTo(a.emptyWalks().numerator());
          assertThat(a.units().values().stream().mapToLong(u -> u.membersWalked().numerator()).sum())
              .isEqualTo(a.membersWalked().numerator());
          assertThat(a.openProblems()).isEqualTo(q.solved().denominator() - q.solved().numerator());
          a.units().forEach((id, u) -> assertThat(u.openProblems()).isEqualTo(q.units().get(id).open()));
        });
  }

  @Test
  void everyFlaggedIdExistsInTheInput() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases())
        .checkAssert(c -> {
          Dataset d = c.dataset();
          Set<String> findings = d.allFindings().map(Finding::id).collect(Collectors.toSet());
          Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
          Set<String> members = d.roster().members().stream().map(Member::id).collect(Collectors.toSet());
          Set<String> units = d.roster().unitsById().keySet();
          for (Flag f : Accountability.of(c.index()).flags()) {
            Set<String> subjects =
                switch (f.judgment()) {
                  case EMPTY_WALK -> walks;
                  case PRINCIPAL_DID_NOT_WALK -> units;
                  default -> members;
                };
            assertThat(subjects).contains(f.subject());
            assertThat(findings).containsAll(f.findingIds());
            assertThat(walks).containsAll(f.walkIds());
            assertThat(members).containsAll(f.memberIds());
            assertThat(units).containsAll(f.unitIds());
          }
        });
  }
}
