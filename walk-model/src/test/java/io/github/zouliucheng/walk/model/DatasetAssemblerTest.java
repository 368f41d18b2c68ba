package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.FEB_15;
import static io.github.zouliucheng.walk.model.Fixtures.Q1_2023;
import static io.github.zouliucheng.walk.model.Fixtures.day;
import static io.github.zouliucheng.walk.model.Fixtures.finding;
import static io.github.zouliucheng.walk.model.Fixtures.findingBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.member;
import static io.github.zouliucheng.walk.model.Fixtures.point;
import static io.github.zouliucheng.walk.model.Fixtures.rectificationBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.rules;
import static io.github.zouliucheng.walk.model.Fixtures.unit;
import static io.github.zouliucheng.walk.model.Fixtures.walk;
import static io.github.zouliucheng.walk.model.Fixtures.walkBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.walkFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetAssemblerTest {

  /** An assembler holding the period, units HN and TY, and members M-HN and M-TY of those units. */
  private static DatasetAssembler base() {
    return new DatasetAssembler()
        .period(Q1_2023)
        .addUnit(unit("HN"), "/roster/units/0")
        .addUnit(unit("TY"), "/roster/units/1")
        .addMember(member("M-HN", "HN"), "/roster/members/0")
        .addMember(member("M-TY", "TY"), "/roster/members/1");
  }

  private static Rejection onlyRejection(DatasetResult result) {
    assertThat(result.rejections()).hasSize(1);
    return result.rejections().get(0);
  }

  private static Problem onlyProblem(Rejection r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  @Test
  void assemble_validRecords_keepsEveryRecordAndIsClean() {
    Walk w = walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15));
    Finding petition = finding("F-2", FindingSource.PETITION, "TY", day("2022-12-01"));
    DatasetResult result =
        base().addWalk(w, "/walks/0").addFinding(petition, "/findings/0").assemble();
    assertThat(result.isClean()).isTrue();
    assertThat(result.problems()).isEmpty();
    Dataset d = result.orElseThrow();
    assertThat(d.period()).isEqualTo(Q1_2023);
    assertThat(d.roster().units()).extracting(Unit::id).containsExactly("HN", "TY");
    assertThat(d.roster().members()).extracting(Member::id).containsExactly("M-HN", "M-TY");
    assertThat(d.walks()).containsExactly(w);
    assertThat(d.findings()).containsExactly(petition);
  }

  @Test
  void assemble_nothingButAPeriod_givesTheEmptyDataset() {
    DatasetResult result = new DatasetAssembler().period(Q1_2023).assemble();
    assertThat(result.dataset()).isEqualTo(Dataset.empty(Q1_2023));
    assertThat(result.isClean()).isTrue();
  }

  // rule 1: duplicate identifiers

  @Test
  void assemble_duplicateUnitId_keepsTheFirstAndRejectsTheSecondPointingAtTheFirst() {
    Unit second = Unit.of("HN", "另一个桦南县", UnitKind.DEPARTMENT);
    DatasetResult result = base().addUnit(second, "/roster/units/2").assemble();
    assertThat(result.dataset().roster().unit("HN")).contains(unit("HN"));
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.UNIT);
    assertThat(r.location()).isEqualTo("/roster/units/2");
    assertThat(r.id()).contains("HN");
    Problem p = onlyProblem(r);
    assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_ID);
    assertThat(p.location()).isEqualTo("/roster/units/2/id");
    assertThat(p.recordId()).contains("unit HN");
    assertThat(p.value()).contains("HN");
    assertThat(p.message()).contains("/roster/units/0").contains("first one is kept");
  }

  @Test
  void assemble_duplicateMemberId_keepsTheFirst() {
    DatasetResult result = base().addMember(member("M-HN", "TY"), "/roster/members/2").assemble();
    assertThat(result.dataset().roster().member("M-HN").map(Member::unitId)).contains("HN");
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_ID);
    assertThat(p.message()).contains("/roster/members/0");
  }

  @Test
  void assemble_duplicateWalkId_keepsTheFirstWalkWithItsFindings() {
    Walk first = walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15));
    Walk second = walk("W-1", "M-TY", "TY", FEB_15, walkFinding("F-2", "TY", FEB_15));
    DatasetResult result = base().addWalk(first, "/walks/0").addWalk(second, "/walks/1").assemble();
    assertThat(result.dataset().walks()).containsExactly(first);
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.WALK);
    assertThat(r.location()).isEqualTo("/walks/1");
    assertThat(rules(r.problems())).containsExactly(Rule.DUPLICATE_ID);
    assertThat(r.problems().get(0).message()).contains("/walks/0");
    assertThat(result.dataset().allFindings()).extracting(Finding::id).containsExactly("F-1");
  }

  @Test
  void assemble_findingIdOfAWalkRepeatedByTheDataset_keepsTheWalksFinding() {
    Walk w = walk("W-1", "M-HN", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15));
    DatasetResult result =
        base()
            .addWalk(w, "/walks/0")
            .addFinding(finding("F-1", FindingSource.AUDIT, "HN", FEB_15), "/findings/0")
            .assemble();
    assertThat(result.dataset().walks()).containsExactly(w);
    assertThat(result.dataset().findings()).isEmpty();
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.FINDING);
    assertThat(r.location()).isEqualTo("/findings/0");
    Problem p = onlyProblem(r);
    assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_ID);
    assertThat(p.location()).isEqualTo("/findings/0/id");
    assertThat(p.message()).contains("/walks/0/findings/0");
  }

  @Test
  void assemble_findingIdRepeatedWithinOneWalk_keepsTheWalkWithTheFirstFinding() {
    Finding first = walkFinding("F-1", "HN", FEB_15);
    Walk w = walk("W-1", "M-HN", "HN", FEB_15, first, walkFinding("F-1", "TY", FEB_15));
    DatasetResult result = base().addWalk(w, "/walks/0").assemble();
    assertThat(result.dataset().walks()).singleElement().satisfies(kept -> {
      assertThat(kept.id()).isEqualTo("W-1");
      assertThat(kept.findings()).containsExactly(first);
    });
    Rejection r = onlyRejection(result);
    assertThat(r.location()).isEqualTo("/walks/0/findings/1");
    assertThat(r.kind()).isEqualTo(RecordKind.FINDING);
    assertThat(onlyProblem(r).message()).contains("/walks/0/findings/0");
  }

  // rule 2: references

  @Test
  void assemble_unitWithUnknownParent_rejectedWithUnknownReference() {
    DatasetResult result = base().addUnit(unit("SFJ", "CITY"), "/roster/units/2").assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/roster/units/2/parentId");
    assertThat(p.value()).contains("CITY");
    assertThat(p.message()).contains("names no unit");
    assertThat(result.dataset().roster().unit("SFJ")).isEmpty();
  }

  @Test
  void assemble_memberOfUnknownUnit_rejectedWithUnknownReference() {
    DatasetResult result = base().addMember(member("M-X", "XX"), "/roster/members/2").assemble();
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.MEMBER);
    Problem p = onlyProblem(r);
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/roster/members/2/unitId");
    assertThat(p.message()).contains("\"XX\"").contains("names no unit");
  }

  @Test
  void assemble_memberOfARejectedUnit_rejectedSayingTheUnitWasRejected() {
    DatasetResult result =
        base()
            .addUnit(unit("SFJ", "CITY"), "/roster/units/2")
            .addMember(member("M-SFJ", "SFJ"), "/roster/members/2")
            .assemble();
    assertThat(result.rejections()).extracting(Rejection::location)
        .containsExactly("/roster/units/2", "/roster/members/2");
    Problem p = onlyProblem(result.rejections().get(1));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.message()).contains("unitId").contains("\"SFJ\"").contains("was rejected");
  }

  @Test
  void assemble_memberOfAUnitRejectedBeforeAssembling_rejectedSayingTheUnitWasRejected() {
    Rejection unreadable =
        Rejection.builder()
            .location("/roster/units/2")
            .kind(RecordKind.UNIT)
            .id("SFJ")
            .addProblems(Problem.of("/roster/units/2/name", Rule.MISSING_FIELD, "name is required"))
            .build();
    DatasetResult result =
        base().reject(unreadable).addMember(member("M-SFJ", "SFJ"), "/roster/members/2").assemble();
    assertThat(result.rejections()).hasSize(2).first().isEqualTo(unreadable);
    assertThat(onlyProblem(result.rejections().get(1)).message()).contains("was rejected");
  }

  @Test
  void assemble_unitWhoseParentWasRejected_rejectedInTurn() {
    DatasetResult result =
        base()
            .addUnit(unit("GRANDCHILD", "CHILD"), "/roster/units/2")
            .addUnit(unit("CHILD", "NOWHERE"), "/roster/units/3")
            .assemble();
    assertThat(result.rejections()).extracting(Rejection::location)
        .containsExactly("/roster/units/2", "/roster/units/3");
    assertThat(onlyProblem(result.rejections().get(0)).message()).contains("was rejected");
    assertThat(onlyProblem(result.rejections().get(1)).message()).contains("names no unit");
  }

  @Test
  void assemble_walkWithUnknownLeader_rejectedWithUnknownReference() {
    DatasetResult result = base().addWalk(walk("W-1", "M-XX", "HN", FEB_15), "/walks/0").assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/walks/0/leaderId");
    assertThat(p.recordId()).contains("walk W-1");
    assertThat(p.message()).contains("names no member");
    assertThat(result.dataset().walks()).isEmpty();
  }

  @Test
  void assemble_walkOfAnUnknownUnit_rejectedWithUnknownReference() {
    DatasetResult result = base().addWalk(walk("W-1", "M-HN", "XX", FEB_15), "/walks/0").assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/walks/0/unitId");
  }

  @Test
  void assemble_walkOfARejectedLeader_rejectedSayingTheMemberWasRejected() {
    DatasetResult result =
        base()
            .addMember(member("M-X", "XX"), "/roster/members/2")
            .addWalk(walk("W-1", "M-X", "HN", FEB_15), "/walks/0")
            .assemble();
    assertThat(result.rejections()).hasSize(2);
    Problem p = onlyProblem(result.rejections().get(1));
    assertThat(p.location()).isEqualTo("/walks/0/leaderId");
    assertThat(p.message()).contains("member").contains("was rejected");
  }

  @Test
  void assemble_datasetFindingWithUnknownResponsibleUnit_rejected() {
    DatasetResult result =
        base()
            .addFinding(finding("F-1", FindingSource.AUDIT, "XX", FEB_15), "/findings/0")
            .assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/findings/0/responsibleUnitId");
  }

  @Test
  void assemble_rectificationOwnedByUnknownUnit_rejectsTheFinding() {
    Finding f =
        findingBuilder("F-1", FindingSource.AUDIT, "HN", FEB_15)
            .rectification(rectificationBuilder().ownerUnitId("XX").build())
            .build();
    DatasetResult result = base().addFinding(f, "/findings/0").assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
    assertThat(p.location()).isEqualTo("/findings/0/rectification/ownerUnitId");
    assertThat(p.value()).contains("XX");
  }

  // rule 3: leader's unit and period

  @Test
  void assemble_leaderOfAnotherUnit_rejectedWithLeaderNotInUnit() {
    DatasetResult result = base().addWalk(walk("W-1", "M-TY", "HN", FEB_15), "/walks/0").assemble();
    Problem p = onlyProblem(onlyRejection(result));
    assertThat(p.rule()).isEqualTo(Rule.LEADER_NOT_IN_UNIT);
    assertThat(p.location()).isEqualTo("/walks/0/leaderId");
    assertThat(p.value()).contains("M-TY");
    assertThat(p.message()).contains("\"TY\"").contains("\"HN\"");
  }

  @Test
  void assemble_walkTheDayBeforeOrAfterThePeriod_rejectedWithOutsidePeriod() {
    DatasetResult result =
        base()
            .addWalk(walk("W-1", "M-HN", "HN", day("2022-12-31")), "/walks/0")
            .addWalk(walk("W-2", "M-HN", "HN", day("2023-04-01")), "/walks/1")
            .assemble();
    assertThat(result.rejections()).hasSize(2);
    Problem p = onlyProblem(result.rejections().get(0));
    assertThat(p.rule()).isEqualTo(Rule.OUTSIDE_PERIOD);
    assertThat(p.location()).isEqualTo("/walks/0/date");
    assertThat(p.value()).contains("2022-12-31");
    assertThat(p.message()).contains("2023-Q1").contains("2023-01-01").contains("2023-03-31");
    assertThat(onlyProblem(result.rejections().get(1)).rule()).isEqualTo(Rule.OUTSIDE_PERIOD);
  }

  @Test
  void assemble_walksOnTheFirstAndLastDayOfThePeriod_kept() {
    DatasetResult result =
        base()
            .addWalk(walk("W-1", "M-HN", "HN", day("2023-01-01")), "/walks/0")
            .addWalk(walk("W-2", "M-HN", "HN", day("2023-03-31")), "/walks/1")
            .assemble();
    assertThat(result.isClean()).isTrue();
    assertThat(result.dataset().walks()).hasSize(2);
  }

  @Test
  void assemble_walkBreakingSeveralRules_rejectedOnceWithEveryProblem() {
    Walk w = walk("W-1", "M-XX", "XX", day("2024-01-01"));
    DatasetResult result = base().addWalk(w, "/walks/0").addWalk(w, "/walks/1").assemble();
    assertThat(result.rejections()).hasSize(2);
    assertThat(rules(result.rejections().get(0).problems()))
        .containsExactly(Rule.UNKNOWN_REFERENCE, Rule.UNKNOWN_REFERENCE, Rule.OUTSIDE_PERIOD);
  }

  // rule 4: sources

  @Test
  void assemble_datasetFindingWithSourceWalk_rejectedWithWrongSource() {
    DatasetResult result =
        base().addFinding(finding("F-1", FindingSource.WALK, "HN", FEB_15), "/findings/0").assemble();
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.FINDING);
    Problem p = onlyProblem(r);
    assertThat(p.rule()).isEqualTo(Rule.WRONG_SOURCE);
    assertThat(p.location()).isEqualTo("/findings/0/source");
    assertThat(p.value()).contains("walk");
    assertThat(result.dataset().findings()).isEmpty();
  }

  // findings of walks

  @Test
  void assemble_walkWithAnInvalidFinding_keepsTheWalkWithoutIt() {
    Finding good = walkFinding("F-1", "HN", FEB_15);
    Finding bad = walkFinding("F-2", "XX", FEB_15);
    Walk w = walk("W-1", "M-HN", "HN", FEB_15, good, bad);
    DatasetResult result = base().addWalk(w, "/walks/0").assemble();
    assertThat(result.dataset().walks()).singleElement().satisfies(kept -> {
      assertThat(kept.id()).isEqualTo("W-1");
      assertThat(kept.findings()).containsExactly(good);
      assertThat(kept).isEqualTo(w.withFindings(List.of(good)));
    });
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.FINDING);
    assertThat(r.location()).isEqualTo("/walks/0/findings/1");
    assertThat(r.id()).contains("F-2");
    assertThat(onlyProblem(r).location()).isEqualTo("/walks/0/findings/1/responsibleUnitId");
  }

  @Test
  void assemble_rejectedWalk_takesItsFindingsWithIt() {
    Walk w = walk("W-1", "M-XX", "HN", FEB_15, walkFinding("F-1", "HN", FEB_15));
    Finding sameId = finding("F-1", FindingSource.AUDIT, "HN", FEB_15);
    DatasetResult result = base().addWalk(w, "/walks/0").addFinding(sameId, "/findings/0").assemble();
    Rejection r = onlyRejection(result);
    assertThat(r.kind()).isEqualTo(RecordKind.WALK);
    assertThat(result.dataset().walks()).isEmpty();
    // the walk's finding went with it, so its identifier is free for the audit finding
    assertThat(result.dataset().findings()).containsExactly(sameId);
    assertThat(result.dataset().allFindings()).extracting(Finding::id).containsExactly("F-1");
  }

  // rule 5: warnings

  @Test
  void assemble_rectifiedWithoutMeasures_keepsTheFindingWithAWarning() {
    Finding f =
        findingBuilder("F-1", FindingSource.WALK, "HN", FEB_15)
            .rectification(rectificationBuilder().rectifiedOn(FEB_15).build())
            .build();
    Walk w = walk("W-1", "M-HN", "HN", FEB_15, f);
    DatasetResult result = base().addWalk(w, "/walks/0").assemble();
    assertThat(result.rejections()).isEmpty();
    assertThat(result.isClean()).isFalse();
    assertThat(result.dataset().walks()).containsExactly(w);
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.RECTIFIED_WITHOUT_MEASURES);
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.location()).isEqualTo("/walks/0/findings/0/rectification/measures");
      assertThat(p.recordId()).contains("finding F-1");
      assertThat(p.message()).contains("rectified");
    });
    assertThat(result.orElseThrow()).isEqualTo(result.dataset());
  }

  @Test
  void assemble_closedWithoutMeasures_warnsSayingClosed() {
    Finding f =
        findingBuilder("F-1", FindingSource.AUDIT, "HN", FEB_15)
            .rectification(rectificationBuilder().rectifiedOn(FEB_15).closedOn(FEB_15).build())
            .build();
    DatasetResult result = base().addFinding(f, "/findings/0").assemble();
    assertThat(result.dataset().findings()).containsExactly(f);
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("/findings/0/rectification/measures");
      assertThat(p.message()).contains("closed");
    });
  }

  @Test
  void assemble_inProgressWithoutMeasures_noWarning() {
    Finding f =
        findingBuilder("F-1", FindingSource.AUDIT, "HN", FEB_15)
            .rectification(rectificationBuilder().startedOn(FEB_15).build())
            .build();
    assertThat(base().addFinding(f, "/findings/0").assemble().isClean()).isTrue();
  }

  @Test
  void assemble_servicePointOwnedOutsideTheRoster_keepsTheWalkWithAWarning() {
    Walk w = walkBuilder("W-1", "M-HN", "HN", FEB_15).build();
    Walk foreign =
        Walk.builder()
            .id("W-2")
            .leaderId("M-HN")
            .unitId("HN")
            .date(FEB_15)
            .servicePoint(point("SP-9", "PROVINCE"))
            .addAllMatters(w.matters())
            .role(w.role())
            .approach(w.approach())
            .addAllForms(w.forms())
            .visibility(w.visibility())
            .coverage(w.coverage())
            .build();
    DatasetResult result = base().addWalk(w, "/walks/0").addWalk(foreign, "/walks/1").assemble();
    assertThat(result.rejections()).isEmpty();
    assertThat(result.dataset().walks()).containsExactly(w, foreign);
    assertThat(result.warnings()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.FOREIGN_OWNER);
      assertThat(p.location()).isEqualTo("/walks/1/servicePoint/ownerUnitId");
      assertThat(p.value()).contains("PROVINCE");
      assertThat(p.message()).contains("SP-9");
    });
  }

  @Test
  void assemble_servicePointOwnedByARosterUnit_noWarning() {
    Walk w =
        Walk.builder()
            .id("W-1")
            .leaderId("M-HN")
            .unitId("HN")
            .date(FEB_15)
            .servicePoint(point("SP-1", "TY"))
            .addMatters(Matter.of("医保报销", Complexity.SIMPLE))
            .role(Role.CITIZEN)
            .approach(Approach.HANDLED)
            .addForms(WalkForm.CROSS_LINKED)
            .visibility(Visibility.ANNOUNCED)
            .coverage(Coverage.WHOLE)
            .build();
    assertThat(base().addWalk(w, "/walks/0").assemble().isClean()).isTrue();
  }

  // the period

  @Test
  void assemble_noPeriod_failsListingTheMissingPeriodAndEveryOtherProblem() {
    DatasetAssembler a =
        new DatasetAssembler()
            .addUnit(unit("HN"), "/roster/units/0")
            .addMember(member("M-1", "XX"), "/roster/members/0")
            .addWalk(walk("W-1", "M-1", "HN", FEB_15), "/walks/0");
    InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, a::assemble);
    assertThat(e.problems()).extracting(Problem::location)
        .containsExactly("/period", "/roster/members/0/unitId", "/walks/0/leaderId");
    assertThat(e.problems().get(0).rule()).isEqualTo(Rule.MISSING_FIELD);
    assertThat(e).hasMessageContaining("3 problems").hasMessageContaining("period is required");
  }

  @Test
  void assemble_noPeriodAndNothingElse_failsWithOneProblem() {
    InvalidDatasetException e =
        catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetAssembler().assemble());
    assertThat(rules(e.problems())).containsExactly(Rule.MISSING_FIELD);
  }

  @Test
  void period_setTwice_fails() {
    DatasetAssembler a = new DatasetAssembler().period(Q1_2023);
    assertThatIllegalStateException()
        .isThrownBy(() -> a.period(Period.ofYear(2023)))
        .withMessageContaining("2023-Q1");
  }

  // order

  @Test
  void assemble_rejectionsOfEveryKind_comeBackInInputOrder() {
    Rejection unreadable =
        Rejection.builder()
            .location("/walks/1")
            .kind(RecordKind.WALK)
            .addProblems(Problem.of("/walks/1/date", Rule.INVALID_VALUE, "date is not a date"))
            .build();
    DatasetResult result =
        new DatasetAssembler()
            .period(Q1_2023)
            .addFinding(finding("F-9", FindingSource.WALK, "HN", FEB_15), "/findings/0")
            .addWalk(walk("W-1", "M-XX", "HN", FEB_15), "/walks/0")
            .reject(unreadable)
            .addWalk(
                walk("W-2", "M-HN", "HN", FEB_15, walkFinding("F-1", "XX", FEB_15)), "/walks/2")
            .addMember(member("M-HN", "HN"), "/roster/members/0")
            .addMember(member("M-Y", "YY"), "/roster/members/1")
            .addUnit(unit("HN", "NOWHERE"), "/roster/units/0")
            .addUnit(unit("OK"), "/roster/units/1")
            .assemble();
    assertThat(result.rejections())
        .extracting(Rejection::location)
        .containsExactly(
            "/findings/0",
            "/walks/0",
            "/walks/1",
            "/walks/2",
            "/roster/members/0",
            "/roster/members/1",
            "/roster/units/0");
    assertThat(result.errors()).extracting(Problem::location).startsWith("/findings/0/source");
    assertThat(result.dataset().roster().units()).containsExactly(unit("OK"));
  }
}
