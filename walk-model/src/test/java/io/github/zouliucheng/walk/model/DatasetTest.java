package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.FEB_15;
import static io.github.zouliucheng.walk.model.Fixtures.Q1_2023;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static io.github.zouliucheng.walk.model.Fixtures.finding;
import static io.github.zouliucheng.walk.model.Fixtures.findingBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.member;
import static io.github.zouliucheng.walk.model.Fixtures.rectificationBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.rules;
import static io.github.zouliucheng.walk.model.Fixtures.unit;
import static io.github.zouliucheng.walk.model.Fixtures.walk;
import static io.github.zouliucheng.walk.model.Fixtures.walkFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final Roster ROSTER =
      Roster.of(List.of(unit("HN"), unit("TY")), List.of(member("M-HN", "HN"), member("M-TY", "TY")));

  private static Dataset.Builder q1() {
    return Dataset.builder().period(Q1_2023).roster(ROSTER);
  }

  private static InvalidDatasetException invalid(Dataset.Builder b) {
    InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, b::build);
    assertThat(e).as("expected an InvalidDatasetException").isNotNull();
    return e;
  }

  @Test
  void empty_period_hasNoRecords() {
    Dataset d = Dataset.empty(Q1_2023);
    assertThat(d.period()).isEqualTo(Q1_2023);
    assertThat(d.roster()).isEqualTo(Roster.empty());
    assertThat(d.walks()).isEmpty();
    assertThat(d.findings()).isEmpty();
    assertThat(d.allFindings()).isEmpty();
  }

  @Test
  void allFindings_walksAndOtherSources_walkFindingsInWalkOrderThenTheOthers() {
    Dataset d =
        q1().addFindings(finding("F-0", FindingSource.AUDIT, "HN", FEB_15))
            .addWalks(
                walk("W-2", "M-TY", "TY", FEB_15, walkFinding("F-3", "TY", FEB_15)),
                walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15), walkFinding("F-2", "HN", FEB_15)))
            .addFindings(finding("F-4", FindingSource.PETITION, "TY", FEB_15))
            .build();
    assertThat(d.allFindings())
        .extracting(Finding::id)
        .containsExactly("F-3", "F-1", "F-2", "F-0", "F-4");
    assertThat(d.walks()).extracting(Walk::id).containsExactly("W-2", "W-1");
  }

  @Test
  void build_findingIdsRepeatedAcrossWalkAndDataset_failsWithDuplicateId() {
    InvalidDatasetException e =
        invalid(
            q1().addWalks(walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15)))
                .addFindings(finding("F-1", FindingSource.AUDIT, "HN", FEB_15)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_ID);
      assertThat(p.location()).isEqualTo("/findings/0/id");
      assertThat(p.message()).contains("/walks/0/findings/0");
    });
  }

  @Test
  void build_findingIdsRepeatedAcrossTwoWalks_failsWithDuplicateId() {
    InvalidDatasetException e =
        invalid(
            q1().addWalks(
                walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15)),
                walk("W-2", "M-TY", "TY", FEB_15, walkFinding("F-1", "TY", FEB_15))));
    assertThat(e.problems()).extracting(Problem::location).containsExactly("/walks/1/findings/0/id");
  }

  @Test
  void build_duplicateWalkId_failsWithDuplicateId() {
    InvalidDatasetException e =
        invalid(
            q1().addWalks(walk("W-1", "M-HN", "HN", FEB_15), walk("W-1", "M-TY", "TY", FEB_15)));
    assertThat(rules(e.problems())).containsExactly(Rule.DUPLICATE_ID);
  }

  @Test
  void build_walkOutsideThePeriod_failsWithOutsidePeriod() {
    InvalidDatasetException e = invalid(q1().addWalks(walk("W-1", "M-HN", "HN", day("2023-04-01"))));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.OUTSIDE_PERIOD);
      assertThat(p.location()).isEqualTo("/walks/0/date");
    });
  }

  @Test
  void build_leaderNotOnTheWalksUnit_failsWithLeaderNotInUnit() {
    InvalidDatasetException e = invalid(q1().addWalks(walk("W-1", "M-TY", "HN", FEB_15)));
    assertThat(rules(e.problems())).containsExactly(Rule.LEADER_NOT_IN_UNIT);
  }

  @Test
  void build_unknownLeaderAndUnit_failsWithUnknownReferences() {
    InvalidDatasetException e = invalid(q1().addWalks(walk("W-1", "M-X", "X", FEB_15)));
    assertThat(e.problems())
        .extracting(Problem::location)
        .containsExactly("/walks/0/leaderId", "/walks/0/unitId");
    assertThat(rules(e.problems())).containsOnly(Rule.UNKNOWN_REFERENCE);
  }

  @Test
  void build_unknownResponsibleUnit_failsWithUnknownReference() {
    InvalidDatasetException e =
        invalid(q1().addWalks(walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "X", FEB_15))));
    assertThat(e.problems())
        .extracting(Problem::location)
        .containsExactly("/walks/0/findings/0/responsibleUnitId");
  }

  @Test
  void build_unknownRectificationOwnerUnit_failsWithUnknownReference() {
    Finding f =
        findingBuilder("F-1", FindingSource.HOTLINE_12345, "HN", FEB_15)
            .rectification(rectificationBuilder().ownerUnitId("X").build())
            .build();
    InvalidDatasetException e = invalid(q1().addFindings(f));
    assertThat(e.problems())
        .extracting(Problem::location)
        .containsExactly("/findings/0/rectification/ownerUnitId");
  }

  @Test
  void build_datasetFindingWithSourceWalk_failsWithWrongSource() {
    InvalidDatasetException e = invalid(q1().addFindings(finding("F-1", FindingSource.WALK, "HN", FEB_15)));
    assertThat(rules(e.problems())).containsExactly(Rule.WRONG_SOURCE);
  }

  @Test
  void build_severalProblems_listsEveryOne() {
    InvalidDatasetException e =
        invalid(
            q1().addWalks(walk("W-1", "M-TY", "HN", FEB_15), walk("W-2", "M-HN", "HN", day("2023-05-01")))
                .addFindings(finding("F-1", FindingSource.WALK, "HN", FEB_15)));
    assertThat(rules(e.problems()))
        .containsExactly(Rule.LEADER_NOT_IN_UNIT, Rule.OUTSIDE_PERIOD, Rule.WRONG_SOURCE);
    assertThat(e).hasMessageStartingWith("invalid dataset: 3 problems");
  }

  @Test
  void build_recordsThatOnlyWarn_builds() {
    Finding perfunctory =
        findingBuilder("F-1", FindingSource.AUDIT, "HN", FEB_15)
            .rectification(rectificationBuilder().rectifiedOn(FEB_15).build())
            .build();
    Walk foreignPoint =
        Fixtures.walkBuilder("W-1", "M-HN", "HN", FEB_15).build();
    Dataset d = q1().addFindings(perfunctory).addWalks(foreignPoint).build();
    assertThat(d.findings()).containsExactly(perfunctory);
  }

  @Test
  void build_missingRoster_failsNamingIt() {
    assertMissing(() -> Dataset.builder().period(Q1_2023).build(), "roster");
  }

  @Test
  void builder_periodSetTwice_fails() {
    assertSetTwice(() -> Dataset.builder().period(Q1_2023).period(Q1_2023), "period");
  }

  @Test
  void equals_sameRecords_equal() {
    Walk w = walk("W-1", "M-HN", "HN", FEB_15);
    assertThat(q1().addWalks(w).build())
        .isEqualTo(q1().addWalks(w).build())
        .isNotEqualTo(q1().build());
  }
}
