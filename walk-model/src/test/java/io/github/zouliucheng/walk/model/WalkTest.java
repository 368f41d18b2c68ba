package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalid;
import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static io.github.zouliucheng.walk.model.Fixtures.finding;
import static io.github.zouliucheng.walk.model.Fixtures.point;
import static io.github.zouliucheng.walk.model.Fixtures.walkBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.walkFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkTest {

  private static final LocalDate DAY = day("2023-02-15");

  private static Walk.Builder walk() {
    return walkBuilder("W-1", "M-1", "HN", DAY);
  }

  @Test
  void build_minimalWalk_isAnEmptyWalkWithDefaults() {
    Walk w = walk().build();
    assertThat(w.findings()).isEmpty();
    assertThat(w.attachments()).isEmpty();
    assertThat(w.fourNoTwoStraight()).isFalse();
    assertThat(w.startTime()).isEmpty();
    assertThat(w.endTime()).isEmpty();
    assertThat(w.notes()).isEmpty();
  }

  @Test
  void build_everyAttribute_readsBack() {
    Attachment photo =
        Attachment.builder().uri(URI.create("https://example.org/1.jpg")).mediaType("image/jpeg").build();
    Walk w =
        Walk.builder()
            .id("W-2")
            .leaderId("M-1")
            .unitId("HN")
            .date(DAY)
            .startTime(LocalTime.of(9, 0))
            .endTime(LocalTime.of(11, 30))
            .servicePoint(point("SP-1", "YBJ"))
            .addMatters(Matter.of("医保报销", Complexity.COMPLEX))
            .role(Role.STAFF)
            .approach(Approach.EXPERIENCED)
            .addForms(WalkForm.ONLINE, WalkForm.GRASSROOTS)
            .visibility(Visibility.UNANNOUNCED)
            .fourNoTwoStraight(true)
            .coverage(Coverage.PART)
            .addFindings(walkFinding("F-1", "HN", DAY))
            .notes("普通办事群众身份")
            .addAttachments(photo)
            .build();
    assertThat(w.forms()).containsExactly(WalkForm.ONLINE, WalkForm.GRASSROOTS);
    assertThat(w.fourNoTwoStraight()).isTrue();
    assertThat(w.startTime()).contains(LocalTime.of(9, 0));
    assertThat(w.endTime()).contains(LocalTime.of(11, 30));
    assertThat(w.findings()).extracting(Finding::id).containsExactly("F-1");
    assertThat(w.attachments()).containsExactly(photo);
  }

  @Test
  void build_fourNoTwoStraightButAnnounced_failsOnFourNoTwoStraight() {
    assertInvalid(
            () ->
                Walk.builder()
                    .id("W-1")
                    .leaderId("M-1")
                    .unitId("HN")
                    .date(DAY)
                    .servicePoint(point("SP-1"))
                    .addMatters(Matter.of("医保报销", Complexity.SIMPLE))
                    .role(Role.LEADER)
                    .approach(Approach.HANDLED)
                    .addForms(WalkForm.ON_SITE)
                    .visibility(Visibility.ANNOUNCED)
                    .fourNoTwoStraight(true)
                    .coverage(Coverage.WHOLE)
                    .build(),
            "fourNoTwoStraight",
            Rule.INVALID_VALUE,
            "true")
        .hasMessageContaining("unannounced")
        .hasMessageContaining("\"announced\"");
  }

  @Test
  void build_fourNoTwoStraightAndUnannounced_valid() {
    assertThat(walk().fourNoTwoStraight(true).build().fourNoTwoStraight()).isTrue();
  }

  @Test
  void build_endTimeBeforeStartTime_failsOnEndTime() {
    assertInvalidNaming(
            () -> walk().startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(9, 59)).build(),
            "endTime",
            Rule.INVALID_VALUE,
            "09:59")
        .hasMessageContaining("startTime")
        .hasMessageContaining("10:00");
  }

  @Test
  void build_endTimeEqualToStartTimeOrOnlyOneTime_valid() {
    assertThat(walk().startTime(LocalTime.NOON).endTime(LocalTime.NOON).build().endTime())
        .contains(LocalTime.NOON);
    assertThat(walkBuilder("W-1", "M-1", "HN", DAY).endTime(LocalTime.MIDNIGHT).build().startTime())
        .isEmpty();
  }

  @Test
  void build_noMatter_failsOnMatters() {
    assertInvalid(
        () ->
            Walk.builder()
                .id("W-1")
                .leaderId("M-1")
                .unitId("HN")
                .date(DAY)
                .servicePoint(point("SP-1"))
                .role(Role.CITIZEN)
                .approach(Approach.HANDLED)
                .addForms(WalkForm.ON_SITE)
                .visibility(Visibility.ANNOUNCED)
                .coverage(Coverage.WHOLE)
                .build(),
        "matters",
        Rule.INVALID_VALUE,
        "[]");
  }

  @Test
  void build_noForm_failsOnForms() {
    assertInvalid(
        () ->
            Walk.builder()
                .id("W-1")
                .leaderId("M-1")
                .unitId("HN")
                .date(DAY)
                .servicePoint(point("SP-1"))
                .addMatters(Matter.of("医保报销", Complexity.SIMPLE))
                .role(Role.CITIZEN)
                .approach(Approach.HANDLED)
                .visibility(Visibility.ANNOUNCED)
                .coverage(Coverage.WHOLE)
                .build(),
        "forms",
        Rule.INVALID_VALUE,
        "[]");
  }

  @Test
  void build_findingFromAnotherSource_failsWithWrongSource() {
    assertInvalidNaming(
            () -> walk().addFindings(finding("F-9", FindingSource.PETITION, "HN", DAY)).build(),
            "findings/0/source",
            Rule.WRONG_SOURCE,
            "petition")
        .hasMessageContaining("F-9")
        .hasMessageContaining("\"walk\"");
  }

  @Test
  void build_secondFindingFoundBeforeTheWalk_failsOnItsFoundOn() {
    assertInvalidNaming(
            () ->
                walk()
                    .addFindings(walkFinding("F-1", "HN", DAY))
                    .addFindings(walkFinding("F-2", "HN", day("2023-02-14")))
                    .build(),
            "findings/1/foundOn",
            Rule.INVALID_VALUE,
            "2023-02-14")
        .hasMessageContaining("F-2")
        .hasMessageContaining("2023-02-15");
  }

  @Test
  void build_findingFoundAfterTheWalk_valid() {
    assertThat(walk().addFindings(walkFinding("F-1", "HN", day("2023-04-02"))).build().findings())
        .hasSize(1);
  }

  @Test
  void build_invalidIdentifiers_failOnTheirField() {
    assertInvalidNaming(
        () -> walkBuilder("W 1", "M-1", "HN", DAY).build(), "id", Rule.INVALID_VALUE, "W 1");
    assertInvalidNaming(
        () -> walkBuilder("W-1", "", "HN", DAY).build(), "leaderId", Rule.INVALID_VALUE, "");
    assertInvalidNaming(
        () -> walkBuilder("W-1", "M-1", "H\tN", DAY).build(), "unitId", Rule.INVALID_VALUE, "H\tN");
  }

  @Test
  void build_blankNotes_failsOnNotes() {
    assertInvalidNaming(() -> walk().notes(" ").build(), "notes", Rule.INVALID_VALUE, " ");
  }

  @Test
  void withFindings_validFindings_replacesThemAndKeepsTheRest() {
    Walk w = walk().addFindings(walkFinding("F-1", "HN", DAY)).build();
    Walk other = w.withFindings(List.of(walkFinding("F-2", "HN", DAY), walkFinding("F-3", "HN", DAY)));
    assertThat(other.findings()).extracting(Finding::id).containsExactly("F-2", "F-3");
    assertThat(other.withFindings(List.of())).isEqualTo(walk().build());
    assertThat(w.findings()).extracting(Finding::id).containsExactly("F-1");
  }

  @Test
  void withFindings_findingBeforeTheWalk_fails() {
    Walk w = walk().build();
    assertThatThrownBy(() -> w.withFindings(List.of(walkFinding("F-1", "HN", day("2023-01-01")))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("findings/0");
  }

  @Test
  void build_missingServicePoint_failsNamingIt() {
    assertMissing(() -> Walk.builder().id("W-1").build(), "servicePoint");
  }

  @Test
  void builder_dateSetTwice_fails() {
    assertSetTwice(() -> walk().date(DAY), "date");
  }
}
