package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.asOfDates;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.datasets;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.index;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.prefixed;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.shuffled;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Walk;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of {@link RectificationQuality}, over the local generator of {@link RectificationFixtures}. */
class RectificationQualityProperties {
  private static final int EXAMPLES = 300;

  @Test
  void recordOrderNeverChangesTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), longs().all(), asOfDates())
        .checkAssert((d, seed, asOf) ->
            assertThat(RectificationQuality.of(index(shuffled(d, seed), asOf)))
                .isEqualTo(RectificationQuality.of(index(d, asOf))));
  }

  @Test
  void theQualityOfADatasetPlusThatOfADisjointOneEqualsTheQualityOfTheirUnion() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), datasets(), asOfDates())
        .checkAssert((a, generated, asOf) -> {
          Dataset b = prefixed(generated, "b-");
          assertThat(RectificationQuality.of(index(a, asOf)).plus(RectificationQuality.of(index(b, asOf))))
              .isEqualTo(RectificationQuality.of(index(union(a, b), asOf)));
        });
  }

  @Test
  void countsReconcile() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), asOfDates())
        .checkAssert((d, asOf) -> {
          RectificationQuality q = RectificationQuality.of(index(d, asOf));
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
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), asOfDates())
        .checkAssert((d, asOf) -> {
          Set<String> findings = d.allFindings().map(Finding::id).collect(Collectors.toSet());
          Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
          Set<String> members = d.roster().members().stream().map(Member::id).collect(Collectors.toSet());
          Set<String> units = d.roster().unitsById().keySet();
          for (Flag f : RectificationQuality.of(index(d, asOf)).flags()) {
            assertThat(findings).contains(f.subject());
            assertThat(f.findingIds()).containsExactly(f.subject());
            assertThat(walks).containsAll(f.walkIds());
            assertThat(members).containsAll(f.memberIds());
            assertThat(units).containsAll(f.unitIds());
          }
        });
  }

  @Test
  void percentilesDoNotDecreaseAndStayWithinTheDaysCounted() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets(), integers().between(1, 99))
        .checkAssert((d, p) -> {
          RectificationQuality q = RectificationQuality.of(index(d));
          if (q.daysToRectify().isEmpty()) {
            assertThat(q.daysToRectifyPercentile(p)).isEmpty();
            return;
          }
          long low = q.daysToRectifyPercentile(p).orElseThrow();
          long high = q.daysToRectifyPercentile(p + 1).orElseThrow();
          assertThat(low).isLessThanOrEqualTo(high);
          assertThat(q.daysToRectify()).containsKey(low);
          assertThat(q.daysToRectifyPercentile(1)).contains(q.daysToRectify().firstKey());
          assertThat(q.daysToRectifyPercentile(100)).contains(q.daysToRectify().lastKey());
        });
  }
}
