package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static io.github.zouliucheng.walk.model.Fixtures.findingBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.rectificationBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTest {

  private static final java.time.LocalDate FOUND = day("2023-02-15");

  private static Finding.Builder found() {
    return findingBuilder("F-1", FindingSource.WALK, "HN", FOUND);
  }

  @Test
  void status_noRectification_openAndUnsolved() {
    Finding f = found().build();
    assertThat(f.rectification()).isEmpty();
    assertThat(f.status()).isEqualTo(RectificationStatus.OPEN);
    assertThat(f.isSolved()).isFalse();
  }

  @Test
  void status_withRectification_isTheRectificationsStatus() {
    Finding f =
        found()
            .rectification(
                rectificationBuilder().startedOn(FOUND).rectifiedOn(day("2023-02-16")).build())
            .build();
    assertThat(f.status()).isEqualTo(RectificationStatus.RECTIFIED);
    assertThat(f.isSolved()).isTrue();
  }

  @Test
  void build_everyStepOnTheDayFound_valid() {
    Finding f =
        found()
            .rectification(
                rectificationBuilder()
                    .deadline(FOUND)
                    .startedOn(FOUND)
                    .rectifiedOn(FOUND)
                    .closedOn(FOUND)
                    .callback(Callback.of(FOUND, CallbackResult.SATISFIED))
                    .build())
            .build();
    assertThat(f.status()).isEqualTo(RectificationStatus.CLOSED);
  }

  @Test
  void build_otherSourceWithReference_readsBack() {
    Finding f =
        findingBuilder("F-2", FindingSource.HOTLINE_12345, "HN", FOUND)
            .priority(Priority.HEAVY)
            .sourceReference("12345-2023-000017")
            .build();
    assertThat(f.source()).isEqualTo(FindingSource.HOTLINE_12345);
    assertThat(f.priority()).contains(Priority.HEAVY);
    assertThat(f.sourceReference()).contains("12345-2023-000017");
  }

  @Test
  void build_deadlineBeforeFoundOn_failsOnDeadline() {
    assertInvalidNaming(
            () -> found().rectification(rectificationBuilder().deadline(day("2023-02-14")).build()).build(),
            "rectification/deadline",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-14")
        .hasMessageContaining("foundOn")
        .hasMessageContaining("2023-02-15");
  }

  @Test
  void build_startedBeforeFoundOn_failsOnStartedOn() {
    assertInvalidNaming(
            () ->
                found()
                    .rectification(rectificationBuilder().startedOn(day("2023-02-14")).build())
                    .build(),
            "rectification/startedOn",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-02-14")
        .hasMessageContaining("foundOn");
  }

  @Test
  void build_rectifiedBeforeFoundOn_failsOnRectifiedOn() {
    assertInvalidNaming(
            () ->
                found()
                    .rectification(
                        rectificationBuilder()
                            .rectifiedOn(day("2023-01-31"))
                            .closedOn(day("2023-03-01"))
                            .build())
                    .build(),
            "rectification/rectifiedOn",
            Rule.IMPOSSIBLE_HISTORY,
            "2023-01-31")
        .hasMessageContaining("foundOn");
  }

  @Test
  void build_idWithSpace_failsOnId() {
    assertInvalidNaming(
        () -> findingBuilder("F 1", FindingSource.WALK, "HN", FOUND).build(),
        "id",
        Rule.INVALID_VALUE,
        "F 1");
  }

  @Test
  void build_emptyResponsibleUnitId_failsOnIt() {
    assertInvalidNaming(
        () -> findingBuilder("F-1", FindingSource.WALK, "", FOUND).build(),
        "responsibleUnitId",
        Rule.INVALID_VALUE,
        "");
  }

  @Test
  void build_blankDescription_failsOnDescription() {
    assertInvalidNaming(
        () ->
            Finding.builder()
                .id("F-1")
                .source(FindingSource.AUDIT)
                .description("　")
                .category(FindingCategory.OTHER)
                .responsibleUnitId("HN")
                .foundOn(FOUND)
                .build(),
        "description",
        Rule.INVALID_VALUE,
        "　");
  }

  @Test
  void build_blankSourceReference_failsOnIt() {
    assertInvalidNaming(
        () -> found().sourceReference(" ").build(), "sourceReference", Rule.INVALID_VALUE, " ");
  }

  @Test
  void build_missingFoundOn_failsNamingIt() {
    assertMissing(
        () ->
            Finding.builder()
                .id("F-1")
                .source(FindingSource.AUDIT)
                .description("问题")
                .category(FindingCategory.OTHER)
                .responsibleUnitId("HN")
                .build(),
        "foundOn");
  }

  @Test
  void builder_rectificationSetTwice_fails() {
    assertSetTwice(
        () -> found().rectification(rectificationBuilder().build()).rectification(rectificationBuilder().build()),
        "rectification");
  }
}
