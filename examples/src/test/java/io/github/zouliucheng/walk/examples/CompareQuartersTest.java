package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.examples.CompareQuarters.Better;
import io.github.zouliucheng.walk.examples.CompareQuarters.Change;
import io.github.zouliucheng.walk.examples.CompareQuarters.Figure;
import io.github.zouliucheng.walk.examples.CompareQuarters.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareQuartersTest {

  @Test
  void aQuarterComparedWithItselfIsUnchangedEverywhere() {
    Analysis q1 = WalkAnalytics.analyze(SampleData.sampleCity());

    assertThat(CompareQuarters.compare(q1, q1)).extracting(Change::verdict).containsOnly(Verdict.UNCHANGED);
  }

  @Test
  void theVerdictFollowsWhichWayIsBetter() {
    Figure higher = new Figure("高", "higher", Better.HIGHER, a -> Ratio.zero());
    Figure lower = new Figure("低", "lower", Better.LOWER, a -> Ratio.zero());

    assertThat(verdict(higher, Ratio.of(1, 4), Ratio.of(1, 2))).isEqualTo(Verdict.IMPROVED);
    assertThat(verdict(higher, Ratio.of(1, 2), Ratio.of(1, 4))).isEqualTo(Verdict.WORSE);
    assertThat(verdict(lower, Ratio.of(1, 4), Ratio.of(1, 2))).isEqualTo(Verdict.WORSE);
    assertThat(verdict(lower, Ratio.of(1, 2), Ratio.of(1, 4))).isEqualTo(Verdict.IMPROVED);
    // equal shares of different counts, and shares of nothing, do not move
    assertThat(verdict(higher, Ratio.of(1, 2), Ratio.of(2, 4))).isEqualTo(Verdict.UNCHANGED);
    assertThat(verdict(higher, Ratio.zero(), Ratio.of(1, 2))).isEqualTo(Verdict.UNCHANGED);
  }

  private static Verdict verdict(Figure figure, Ratio before, Ratio after) {
    return CompareQuarters.verdict(figure, before, after);
  }

  @Test
  void theSampleCitysSecondQuarterHasFewerEmptyWalks() {
    List<Change> changes =
        CompareQuarters.compare(
            WalkAnalytics.analyze(SampleData.sampleCity()), WalkAnalytics.analyze(SampleData.sampleCitySecondQuarter()));

    Change empty = changes.stream().filter(c -> c.figure().en().equals("empty walks")).findFirst().orElseThrow();
    assertThat(empty.after()).isLessThan(empty.before());
    assertThat(empty.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(changes).hasSameSizeAs(CompareQuarters.FIGURES);
  }
}
