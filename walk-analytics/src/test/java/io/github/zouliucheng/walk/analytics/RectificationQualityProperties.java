package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Walk;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of {@link RectificationQuality}, over the shared generators, through {@link RectificationFixtures}. */
class RectificationQualityProperties {
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
          RectificationQuality q = RectificationQuality.of(c.index());
          long found = d.allFindings().count();
          assertThat(q.findings()).isEqualTo(found);
          assertThat(q.solved().denominator()).isEqualTo(found);
          assertThat(q.solved().numerator()).isLessThanOrEqualTo(found);
          assertThat(q.closedOut().numerator()).isLessThanOrEqualTo(q.solved().numerator());
          assertThat(q.closedOutOnWalks().numerator()).isLessThanOrEqualTo(q.solvedOnWalks().numerator());
          assertThat(q.findingsOnWalks()).isLessThanOrEqualTo(found);
          assertThat(q.callbacks().denominator()).isEqualTo(q.solved().numerator());
          assertThat(q.callbackResults().records()).isEqualTo(q.callbacks().numerator());
          assertThat(q.withoutMeasures().denominator()).isEqualTo(q.solved().numerator());
          assertThat(q.openPastDeadline().numerator()).isLessThanOrEqualTo(q.overdue().numerator());
          assertThat(q.daysToRectify().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(q.solved().numerator());
          assertThat(q.units().keySet()).isEqualTo(d.roster().unitsById().keySet());
          assertThat(q.units().values().stream().mapToLong(u -> u.solved().denominator()).sum()).isEqualTo(found);
          assertThat(q.units().values().stream().mapToLong(UnitRectification::open).sum())
              .isEqualTo(found - q.solved().numerator());
          assertThat(q.units().values().stream().mapToLong(UnitRectification::overdue).sum()).isEqualTo(q.overdue().numerator());
          for (Judgment j : Judgment.values()) {
            long flagged = q.flags(j).size();
            switch (j) {
              case RECTIFIED_WITHOUT_MEASURES -> assertThat(flagged).isEqualTo(q.withoutMeasures().numerator());
              case RECTIFIED_WITHOUT_EFFECT -> assertThat(flagged).isEqualTo(q.withoutEffect().numerator());
              case EFFECT_MISMATCH -> assertThat(flagged).isEqualTo(q.effectMismatch().numerator());
              case OVERDUE -> assertThat(flagged).isEqualTo(q.overdue().numerator());
              case SCHEDULED_WITHOUT_DEADLINE -> assertThat(flagged).isEqualTo(q.scheduledWithoutDeadline().numerator());
              case SCHEDULED_WITHOUT_OWNER -> assertThat(flagged).isEqualTo(q.scheduledWithoutOwner().numerator());
              default -> assertThat(flagged).isZero();
            }
          }
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
          for (Flag f : RectificationQuality.of(c.index()).flags()) {
            assertThat(findings).contains(f.subject());
            assertThat(f.findingIds()).containsExactly(f.subject());
            assertThat(walks).containsAll(f.walkIds());
            assertThat(members).containsAll(f.memberIds());
            assertThat(units).containsAll(f.unitIds());
          }
        });
  }

  @Test
  void aPercentileIsTheValueAtTheNearestRankOfTheSortedDays() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(lists().of(longs().between(0, 400)).ofSizeBetween(0, 40), integers().between(1, 100))
        .checkAssert((days, p) -> {
          TreeMap<Long, Long> histogram = new TreeMap<>();
          days.forEach(d -> histogram.merge(d, 1L, Long::sum));
          List<Long> sorted = days.stream().sorted().toList();
          Optional<Long> expected =
              sorted.isEmpty()
                  ? Optional.empty()
                  : Optional.of(sorted.get((int) Math.ceil(p * sorted.size() / 100.0) - 1));
          assertThat(RectificationQuality.percentile(histogram, p)).isEqualTo(expected);
        });
  }
}
