package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.analytics.Ratio;
import org.junit.jupiter.api.Test;

class QuantifierTest {

  @Test
  void of_followsThePolicyAtItsBounds() {
    assertThat(Quantifier.of(1, 11)).isEqualTo(Quantifier.FEW); // 9.1 %
    assertThat(Quantifier.of(999, 10_000)).isEqualTo(Quantifier.FEW); // 9.99 %, printed 10.0%
    assertThat(Quantifier.of(1, 10)).isEqualTo(Quantifier.SOME); // 10 %
    assertThat(Quantifier.of(49, 100)).isEqualTo(Quantifier.SOME);
    assertThat(Quantifier.of(1, 2)).isEqualTo(Quantifier.SOME); // half is no majority
    assertThat(Quantifier.of(51, 100)).isEqualTo(Quantifier.MOST);
    assertThat(Quantifier.of(905, 1000)).isEqualTo(Quantifier.MOST); // the 个别 of 90.5 % that was
    assertThat(Quantifier.of(7, 7)).isEqualTo(Quantifier.ALL);
    assertThat(Quantifier.of(Ratio.of(1, 1))).isEqualTo(Quantifier.ALL);
  }

  @Test
  void of_nothingOrMoreThanAll_isRejectedNamingTheCount() {
    assertThatThrownBy(() -> Quantifier.of(0, 10)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> Quantifier.of(11, 10)).hasMessageContaining("total 10");
  }

  @Test
  void of_isMonotoneInTheShare() {
    qt().forAll(longs().between(1, 10_000), longs().between(1, 10_000), longs().between(1, 10_000))
        .check(
            (total, x, y) -> {
              long a = 1 + Math.min(x, y) % total;
              long b = Math.max(a, 1 + Math.max(x, y) % total);
              return Quantifier.of(a, total).compareTo(Quantifier.of(b, total)) <= 0;
            });
  }

  @Test
  void word_givesChineseAndEnglish() {
    assertThat(Quantifier.FEW.word(Language.ZH_CN)).isEqualTo("个别");
    assertThat(Quantifier.SOME.word(Language.ZH_CN)).isEqualTo("部分");
    assertThat(Quantifier.MOST.word(Language.ZH_CN)).isEqualTo("多数");
    assertThat(Quantifier.ALL.word(Language.ZH_CN)).isEqualTo("所有");
    assertThat(Quantifier.FEW.word(Language.EN)).isEqualTo("a few");
  }
}
