package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link Participation}, over the shared generators (datasets with a reference date,
 * reordered and disjoint copies) of {@link RectificationFixtures}.
 */
class ParticipationProperties {
  private static final int EXAMPLES = 100;
  // each shrinking step builds and validates datasets again: keep a failure's report quick
  private static final int SHRINK_CYCLES = 50;



  @Test
  void countsReconcile() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(cases())
        .checkAssert(c -> {
          Dataset d = c.dataset();
          Participation p = Participation.of(c.index());
          // found and solved: solved ≤ found, closed out ≤ solved
          long onWalks = d.walks().stream().mapToLong(w -> w.findings().size()).sum();
          assertThat(p.findingsOnWalks()).isEqualTo(onWalks);
          assertThat(p.findingsFromOtherSources()).isEqualTo(d.findings().size());
          assertThat(p.solvedOnWalks().denominator()).isEqualTo(p.findingsOnWalks());
          assertThat(p.solvedOnWalks().numerator()).isLessThanOrEqualTo(p.findingsOnWalks());
          assertThat(p.closedOutOnWalks().denominator()).isEqualTo(p.findingsOnWalks());
          assertThat(p.closedOutOnWalks().numerator()).isLessThanOrEqualTo(p.solvedOnWalks().numerator());
          assertThat(p.solvedFromOtherSources().denominator()).isEqualTo(p.findingsFromOtherSources());
          // solved is exactly "rectified on or before the reference date"
          assertThat(p.solvedOnWalks().numerator())
              .isEqualTo(
                  d.walks().stream()
                      .flatMap(w -> w.findings().stream())
                      .filter(f -> f.rectification().flatMap(r -> r.rectifiedOn()).filter(x -> !x.isAfter(c.asOf())).isPresent())
                      .count());
          // walks: per unit and per member, they add up to the walks
          assertThat(p.walks()).isEqualTo(d.walks().size());
          assertThat(p.units().values().stream().mapToLong(UnitParticipation::walks).sum()).isEqualTo(p.walks());
          assertThat(p.walksByMember().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(p.walks());
          // every roster unit and member has an entry, and the walkers are the members with a walk
          assertThat(p.units().keySet()).containsExactlyInAnyOrderElementsOf(d.roster().unitsById().keySet());
          assertThat(p.walksByMember().keySet()).containsExactlyInAnyOrderElementsOf(d.roster().membersById().keySet());
          assertThat(p.membersWalked().numerator()).isEqualTo(p.walksByMember().values().stream().filter(n -> n > 0).count());
          assertThat(p.membersWalked().denominator()).isEqualTo(d.roster().members().size());
          assertThat(p.units().values().stream().mapToLong(u -> u.members().numerator()).sum())
              .isEqualTo(p.membersWalked().numerator());
          assertThat(p.units().values().stream().mapToLong(u -> u.members().denominator()).sum())
              .isEqualTo(p.membersWalked().denominator());
          // counties and departments make up the roster's units; a unit walked iff it has a walk
          assertThat(p.countiesWalked().denominator() + p.departmentsWalked().denominator()).isEqualTo(d.roster().units().size());
          assertThat(p.countiesWalked().numerator())
              .isEqualTo(p.units().values().stream().filter(u -> u.kind() == UnitKind.COUNTY && u.walks() > 0).count());
          assertThat(p.departmentsWalked().numerator())
              .isEqualTo(p.units().values().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT && u.walks() > 0).count());
          // per unit, found and solved add up to the figures on walks
          assertThat(p.units().values().stream().mapToLong(u -> u.solved().denominator()).sum()).isEqualTo(p.findingsOnWalks());
          assertThat(p.units().values().stream().mapToLong(u -> u.solved().numerator()).sum())
              .isEqualTo(p.solvedOnWalks().numerator());
          for (Walk w : d.walks()) {
            assertThat(p.walksByMember().get(w.leaderId())).isPositive();
          }
        });
  }
}
