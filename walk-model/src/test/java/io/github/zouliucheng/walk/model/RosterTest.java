package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.member;
import static io.github.zouliucheng.walk.model.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

  @Test
  void empty_hasNoUnitsAndNoMembers() {
    Roster r = Roster.empty();
    assertThat(r.units()).isEmpty();
    assertThat(r.members()).isEmpty();
    assertThat(r.unitsById()).isEmpty();
    assertThat(Roster.builder().build()).isEqualTo(r);
  }

  @Test
  void of_unitsAndMembers_keepsTheirOrderAndLooksThemUp() {
    Roster r =
        Roster.of(
            List.of(unit("TY"), unit("HN"), unit("SFJ", "HN")),
            List.of(member("M-2", "HN"), member("M-1", "TY")));
    assertThat(r.units()).extracting(Unit::id).containsExactly("TY", "HN", "SFJ");
    assertThat(r.unitsById().keySet()).containsExactly("TY", "HN", "SFJ");
    assertThat(r.membersById().keySet()).containsExactly("M-2", "M-1");
    assertThat(r.unit("HN")).contains(unit("HN"));
    assertThat(r.member("M-1")).contains(member("M-1", "TY"));
    assertThat(r.unit("NONE")).isEmpty();
    assertThat(r.member("HN")).isEmpty();
  }

  @Test
  void of_parentListedAfterChild_valid() {
    Roster r = Roster.of(List.of(unit("SFJ", "CITY"), unit("CITY")), List.of());
    assertThat(r.unit("SFJ").flatMap(Unit::parentId)).contains("CITY");
  }

  @Test
  void builder_unitsAddedInSeveralCalls_keepsAll() {
    Roster r = Roster.builder().addUnits(unit("A")).addUnits(unit("B"), unit("C")).build();
    assertThat(r.units()).extracting(Unit::id).containsExactly("A", "B", "C");
  }

  @Test
  void build_duplicateUnitId_failsWithDuplicateIdAtTheSecondUnit() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> Roster.of(List.of(unit("HN"), unit("HN")), List.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.DUPLICATE_ID);
      assertThat(p.location()).isEqualTo("/roster/units/1/id");
      assertThat(p.message()).contains("/roster/units/0");
      assertThat(p.value()).contains("HN");
    });
  }

  @Test
  void build_duplicateMemberId_failsWithDuplicateId() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> Roster.of(List.of(unit("HN")), List.of(member("M", "HN"), member("M", "HN"))));
    assertThat(Fixtures.rules(e.problems())).containsExactly(Rule.DUPLICATE_ID);
    assertThat(e.problems().get(0).location()).isEqualTo("/roster/members/1/id");
  }

  @Test
  void build_memberOfUnknownUnit_failsWithUnknownReference() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () -> Roster.of(List.of(unit("HN")), List.of(member("M", "TY"))));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
      assertThat(p.location()).isEqualTo("/roster/members/0/unitId");
      assertThat(p.message()).contains("unitId").contains("\"TY\"").contains("names no unit");
    });
  }

  @Test
  void build_unitWithUnknownParent_failsWithUnknownReference() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class, () -> Roster.of(List.of(unit("SFJ", "CITY")), List.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
      assertThat(p.location()).isEqualTo("/roster/units/0/parentId");
      assertThat(p.value()).contains("CITY");
    });
  }

  @Test
  void build_severalProblems_listsEveryOneInInputOrder() {
    InvalidDatasetException e =
        catchThrowableOfType(
            InvalidDatasetException.class,
            () ->
                Roster.of(
                    List.of(unit("HN"), unit("HN"), unit("X", "NOPE")),
                    List.of(member("M1", "X"), member("M2", "GONE"))));
    assertThat(e.problems())
        .extracting(Problem::location)
        .containsExactly(
            "/roster/units/1/id",
            "/roster/units/2/parentId",
            "/roster/members/0/unitId",
            "/roster/members/1/unitId");
    assertThat(e.problems().get(2).message()).contains("was rejected");
    assertThat(e.problems().get(3).message()).contains("names no unit");
    assertThat(e).hasMessageContaining("4 problems");
  }
}
