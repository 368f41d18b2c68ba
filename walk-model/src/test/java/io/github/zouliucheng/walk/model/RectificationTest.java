package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalid;
import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static io.github.zouliucheng.walk.model.Fixtures.rectificationBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RectificationTest {

  @Test
  void status_noDatedStep_open() {
    Rectification r = rectificationBuilder().build();
    assertThat(r.status()).isEqualTo(RectificationStatus.OPEN);
    assertThat(r.isSolved()).isFalse();
  }

  @Test
  void status_startedOnly_inProgress() {
    Rectification r = rectificationBuilder().startedOn(day("2023-02-01")).build();
    assertThat(r.status()).isEqualTo(RectificationStatus.IN_PROGRESS);
    assertThat(r.isSolved()).isFalse();
  }

  @Test
  void status_startedThenRectified_rectified() {
    Rectification r =
        rectificationBuilder().startedOn(day("2023-02-01")).rectifiedOn(day("2023-02-10")).build();
    assertThat(r.status()).isEqualTo(RectificationStatus.RECTIFIED);
    assertThat(r.isSolved()).isTrue();
  }

  @Test
  void status_rectifiedWithoutStart_rectified() {
    Rectification r =
        Rectification.builder()
            .mode(RectificationMode.IMMEDIATE)
            .rectifiedOn(day("2023-02-01"))
            .addMeasures("当场增设窗口")
            .build();
    assertThat(r.status()).isEqualTo(RectificationStatus.RECTIFIED);
    assertThat(r.isSolved()).isTrue();
  }

  @Test
  void status_closedOut_closedAndSolved() {
    Rectification r =
        rectificationBuilder()
            .startedOn(day("2023-02-01"))
            .rectifiedOn(day("2023-02-10"))
            .closedOn(day("2023-02-20"))
            .build();
    assertThat(r.status()).isEqualTo(RectificationStatus.CLOSED);
    assertThat(r.isSolved()).isTrue();
  }

  @Test
  void build_everyStepOnTheSameDay_valid() {
    Rectification r =
        rectificationBuilder()
            .startedOn(day("2024-02-29"))
            .rectifiedOn(day("2024-02-29"))
            .closedOn(day("2024-02-29"))
            .callback(Callback.of(day("2024-02-29"), CallbackResult.SATISFIED))
            .build();
    assertThat(r.status()).isEqualTo(RectificationStatus.CLOSED);
  }

  @Test
  void build_closedBeforeRectified_failsOnClosedOnWithImpossibleHistory() {
    assertInvalidNaming(
            () ->
                rectificationBuilder()
                    .rectifiedOn(day("2023-02-10"))
                    .closedOn(day("2023-02-09"))
                    .build(),
            "closedOn",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-09")
        .hasMessageContaining("rectifiedOn")
        .hasMessageContaining("2023-02-10");
  }

  @Test
  void build_closedWithoutRectified_failsOnClosedOnWithImpossibleHistory() {
    assertInvalidNaming(
            () ->
                rectificationBuilder()
                    .startedOn(day("2023-02-01"))
                    .closedOn(day("2023-02-09"))
                    .build(),
            "closedOn",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-09")
        .hasMessageContaining("needs rectifiedOn");
  }

  @Test
  void build_rectifiedBeforeStarted_failsOnRectifiedOnWithImpossibleHistory() {
    assertInvalidNaming(
            () ->
                rectificationBuilder()
                    .startedOn(day("2023-02-10"))
                    .rectifiedOn(day("2023-02-09"))
                    .build(),
            "rectifiedOn",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-09")
        .hasMessageContaining("startedOn")
        .hasMessageContaining("2023-02-10");
  }

  @Test
  void build_callbackBeforeRectified_failsOnCallbackOnWithImpossibleHistory() {
    assertInvalidNaming(
            () ->
                rectificationBuilder()
                    .rectifiedOn(day("2023-02-10"))
                    .callback(Callback.of(day("2023-02-09"), CallbackResult.SATISFIED))
                    .build(),
            "callback/on",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-09")
        .hasMessageContaining("rectifiedOn")
        .hasMessageContaining("2023-02-10");
  }

  @Test
  void build_callbackWithoutRectified_failsOnCallbackOnWithImpossibleHistory() {
    assertInvalidNaming(
            () ->
                rectificationBuilder()
                    .startedOn(day("2023-02-01"))
                    .callback(Callback.of(day("2023-02-09"), CallbackResult.DISSATISFIED))
                    .build(),
            "callback/on",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-09")
        .hasMessageContaining("needs rectifiedOn");
  }

  @Test
  void build_rectifiedWithoutMeasures_allowedAsPerfunctoryRecord() {
    Rectification r = rectificationBuilder().rectifiedOn(day("2023-02-10")).build();
    assertThat(r.isSolved()).isTrue();
    assertThat(r.measures()).isEmpty();
    assertThat(r.effects()).isEmpty();
  }

  @Test
  void build_blankSecondMeasure_failsOnThatMeasure() {
    assertInvalid(
        () -> rectificationBuilder().addMeasures("增设窗口", " ").build(),
        "measures/1",
        Rule.INVALID_VALUE,
        " ");
  }

  @Test
  void build_blankOwner_failsOnOwner() {
    assertInvalid(() -> rectificationBuilder().owner("").build(), "owner", Rule.INVALID_VALUE, "");
  }

  @Test
  void build_ownerUnitIdWithSpace_failsOnOwnerUnitId() {
    assertInvalidNaming(
        () -> rectificationBuilder().ownerUnitId("Y BJ").build(),
        "ownerUnitId",
        Rule.INVALID_VALUE,
        "Y BJ");
  }

  @Test
  void build_blankEffectNote_failsOnEffectNote() {
    assertInvalid(
        () -> rectificationBuilder().effectNote("\n").build(), "effectNote", Rule.INVALID_VALUE, "\n");
  }

  @Test
  void builder_measuresAndEffectsAddedInSeveralCalls_keptInOrder() {
    Effect windows = Effect.of("窗口", BigDecimal.valueOf(2), BigDecimal.valueOf(4), "个");
    Effect terminals = Effect.of("自助终端", BigDecimal.ZERO, BigDecimal.valueOf(2), "台");
    Rectification r =
        rectificationBuilder()
            .addMeasures("增设窗口")
            .addMeasures("增设自助终端", "延时服务")
            .addEffects(windows)
            .addEffects(terminals)
            .deadline(day("2023-03-31"))
            .owner("李四")
            .ownerUnitId("YBJ")
            .effectNote("排队时间明显缩短")
            .build();
    assertThat(r.measures()).containsExactly("增设窗口", "增设自助终端", "延时服务");
    assertThat(r.effects()).containsExactly(windows, terminals);
    assertThat(r.deadline()).contains(day("2023-03-31"));
    assertThat(r.owner()).contains("李四");
    assertThat(r.ownerUnitId()).contains("YBJ");
    assertThat(r.effectNote()).contains("排队时间明显缩短");
  }

  @Test
  void build_missingMode_failsNamingIt() {
    assertMissing(() -> Rectification.builder().build(), "mode");
  }

  @Test
  void builder_closedOnSetTwice_fails() {
    assertSetTwice(
        () -> rectificationBuilder().closedOn(day("2023-02-01")).closedOn(day("2023-02-02")),
        "closedOn");
  }
}
