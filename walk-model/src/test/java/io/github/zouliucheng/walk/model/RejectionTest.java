package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalid;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionTest {

  private static final Problem ERROR = Problem.of("/walks/0/date", Rule.INVALID_VALUE, "not a date");
  private static final Problem WARNING =
      Problem.of("/walks/0/servicePoint/ownerUnitId", Rule.FOREIGN_OWNER, "outside");

  @Test
  void build_withAnError_readsBack() {
    Rejection r =
        Rejection.builder()
            .location("/walks/0")
            .kind(RecordKind.WALK)
            .id("W-1")
            .addProblems(ERROR, WARNING)
            .build();
    assertThat(r.problems()).containsExactly(ERROR, WARNING);
    assertThat(r.id()).contains("W-1");
    assertThat(r.kind()).isEqualTo(RecordKind.WALK);
  }

  @Test
  void build_withoutId_idAbsent() {
    Rejection r =
        Rejection.builder().location("sheet!7").kind(RecordKind.MEMBER).addProblems(ERROR).build();
    assertThat(r.id()).isEmpty();
  }

  @Test
  void build_onlyWarnings_failsOnProblems() {
    assertInvalid(
            () ->
                Rejection.builder()
                    .location("/walks/0")
                    .kind(RecordKind.WALK)
                    .addProblems(WARNING)
                    .build(),
            "problems",
            Rule.INVALID_VALUE,
            "[" + WARNING + "]")
        .hasMessageContaining("at least one error");
  }

  @Test
  void build_noProblem_failsOnProblems() {
    assertInvalid(
        () -> Rejection.builder().location("/walks/0").kind(RecordKind.WALK).build(),
        "problems",
        Rule.INVALID_VALUE,
        "[]");
  }

  @Test
  void build_missingKind_failsNamingIt() {
    assertMissing(() -> Rejection.builder().location("/").addProblems(ERROR).build(), "kind");
  }
}
