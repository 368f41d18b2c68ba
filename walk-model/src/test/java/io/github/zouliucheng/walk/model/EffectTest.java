package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EffectTest {

  @Test
  void of_windowsTwoToFour_readsBack() {
    Effect e = Effect.of("医保办事窗口", new BigDecimal("2"), new BigDecimal("4"), "个");
    assertThat(e.before()).isEqualTo(new BigDecimal("2"));
    assertThat(e.after()).isEqualTo(new BigDecimal("4"));
    assertThat(e.unit()).isEqualTo("个");
    assertThat(e.note()).isEmpty();
  }

  @Test
  void of_scaledValue_keepsItsScale() {
    Effect e = Effect.of("等候时间", new BigDecimal("2.50"), new BigDecimal("0.0"), "小时");
    assertThat(e.before().scale()).isEqualTo(2);
    assertThat(e.before()).hasToString("2.50");
    assertThat(e.after().scale()).isEqualTo(1);
    assertThat(e)
        .isNotEqualTo(Effect.of("等候时间", new BigDecimal("2.5"), new BigDecimal("0.0"), "小时"));
  }

  @Test
  void of_negativeAndZeroValues_accepted() {
    Effect e = Effect.of("差额", new BigDecimal("-3.25"), BigDecimal.ZERO, "万元");
    assertThat(e.before().signum()).isNegative();
    assertThat(e.after().signum()).isZero();
  }

  @Test
  void build_note_readsBack() {
    Effect e =
        Effect.builder()
            .indicator("审批时限")
            .before(BigDecimal.valueOf(3))
            .after(BigDecimal.ZERO)
            .unit("工作日")
            .note("当日受理、当日审批")
            .build();
    assertThat(e.note()).contains("当日受理、当日审批");
  }

  @Test
  void build_blankIndicator_failsOnIndicator() {
    assertInvalidNaming(
        () -> Effect.of(" ", BigDecimal.ONE, BigDecimal.TEN, "个"), "indicator", Rule.INVALID_VALUE, " ");
  }

  @Test
  void build_blankUnit_failsOnUnit() {
    assertInvalidNaming(
        () -> Effect.of("窗口", BigDecimal.ONE, BigDecimal.TEN, ""), "unit", Rule.INVALID_VALUE, "");
  }

  @Test
  void build_blankNote_failsOnNote() {
    assertInvalidNaming(
        () ->
            Effect.builder()
                .indicator("窗口")
                .before(BigDecimal.ONE)
                .after(BigDecimal.TEN)
                .unit("个")
                .note("\u3000")
                .build(),
        "note",
        Rule.INVALID_VALUE,
        "\u3000");
  }

  @Test
  void build_missingAfter_failsNamingIt() {
    assertMissing(
        () -> Effect.builder().indicator("窗口").before(BigDecimal.ONE).unit("个").build(), "after");
  }

  @Test
  void builder_beforeSetTwice_fails() {
    assertSetTwice(() -> Effect.builder().before(BigDecimal.ONE).before(BigDecimal.TEN), "before");
  }
}
