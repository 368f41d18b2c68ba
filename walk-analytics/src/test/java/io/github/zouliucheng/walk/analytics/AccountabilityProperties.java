package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.asOfDates;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.datasets;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.index;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.prefixed;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.shuffled;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Walk;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of {@link Accountability}, over the local generator of {@link RectificationFixtures}. */
class AccountabilityProperties {
  private static final int EXAMPLES = 300;

  @Test
  void recordOrderNeverChangesTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), longs().all(), asOfDates())
        .checkAssert((d, seed, asOf) ->
            assertThat(Accountability.of(index(shuffled(d, seed), asOf))).isEqualTo(Accountability.of(index(d, asOf))));
  }

  @Test
  void theAccountabilityOfADatasetPlusThatOfADisjointOneEqualsTheAccountabilityOfTheirUnion() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), datasets(), asOfDates())
        .checkAssert((a, generated, asOf) -> {
          Dataset b = prefixed(generated, "b-");
          assertThat(Accountability.of(index(a, asOf)).plus(Accountability.of(index(b, asOf))))
              .isEqualTo(Accountability.of(index(union(a, b), asOf)));
        });
  }

  @Test
  void countsReconcile() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), asOfDates())
        .checkAssert((d, asOf) -> {
          Index index = index(d, asOf);
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
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), asOfDates())
        .checkAssert((d, asOf) -> {
          Set<String> findings = d.allFindings().map(Finding::id).collect(Collectors.toSet());
          Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
          Set<String> members = d.roster().members().stream().map(Member::id).collect(Collectors.toSet());
          Set<String> units = d.roster().unitsById().keySet();
          for (Flag f : Accountability.of(index(d, asOf)).flags()) {
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
