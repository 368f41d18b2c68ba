package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.testing.WalkGenerators.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PeriodProperties {

  @Test
  void parsingThePrintedFormOfAPeriodGivesItBack() {
    qt().forAll(periods())
        .checkAssert(
            p -> {
              Period back = Period.parse(p.toString());
              assertThat(back).isEqualTo(p);
              assertThat(back.kind()).isEqualTo(p.kind());
              assertThat(back).hasSameHashCodeAs(p);
            });
  }

  @Test
  void aPeriodHasAsManyDaysAsItsLengthFromStartToEnd() {
    qt().forAll(periods())
        .checkAssert(
            p -> {
              assertThat(p.days().count()).isEqualTo(p.lengthInDays());
              assertThat(p.days().findFirst()).contains(p.start());
              assertThat(p.days().reduce((a, b) -> b)).contains(p.end());
              assertThat(p.lengthInDays()).isPositive();
            });
  }

  @Test
  void aPeriodContainsBothItsEndsAndNeitherNeighbour() {
    qt().forAll(periods())
        .checkAssert(
            p -> {
              assertThat(p.contains(p.start())).isTrue();
              assertThat(p.contains(p.end())).isTrue();
              assertThat(p.contains(p.start().minusDays(1))).isFalse();
              assertThat(p.contains(p.end().plusDays(1))).isFalse();
            });
  }

  @Test
  void aRangeOverThePeriodsDaysHasTheSameDaysButIsEqualOnlyIfThePeriodIsARange() {
    qt().forAll(periods())
        .checkAssert(
            p -> {
              Period range = Period.of(p.start(), p.end());
              assertThat(range.sameDays(p)).isTrue();
              assertThat(range.equals(p)).isEqualTo(p.kind() == Period.Kind.RANGE);
            });
  }

  @Test
  void comparingTwoPeriodsIsConsistentWithEquals() {
    qt().withExamples(500)
        .forAll(periods(), periods())
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(a)).isZero();
            });
  }
}
