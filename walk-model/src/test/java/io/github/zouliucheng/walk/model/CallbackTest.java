package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackTest {

  @Test
  void of_dayAndResult_hasNoNote() {
    Callback c = Callback.of(day("2023-03-02"), CallbackResult.SATISFIED);
    assertThat(c.on()).isEqualTo(day("2023-03-02"));
    assertThat(c.result()).isEqualTo(CallbackResult.SATISFIED);
    assertThat(c.note()).isEmpty();
  }

  @Test
  void build_blankNote_failsOnNote() {
    assertInvalidNaming(
        () ->
            Callback.builder()
                .on(day("2023-03-02"))
                .result(CallbackResult.UNREACHABLE)
                .note("")
                .build(),
        "note",
        Rule.INVALID_VALUE,
        "");
  }

  @Test
  void build_missingResult_failsNamingIt() {
    assertMissing(() -> Callback.builder().on(day("2023-03-02")).build(), "result");
  }

  @Test
  void builder_onSetTwice_fails() {
    assertSetTwice(() -> Callback.builder().on(day("2023-03-02")).on(day("2023-03-03")), "on");
  }
}
