package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.FEB_15;
import static io.github.zouliucheng.walk.model.Fixtures.Q1_2023;
import static io.github.zouliucheng.walk.model.Fixtures.findingBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.member;
import static io.github.zouliucheng.walk.model.Fixtures.rectificationBuilder;
import static io.github.zouliucheng.walk.model.Fixtures.unit;
import static io.github.zouliucheng.walk.model.Fixtures.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class DatasetResultTest {

  /** A result with one rejected walk, one rejected member, and one warning. */
  private static DatasetResult mixed() {
    return new DatasetAssembler()
        .period(Q1_2023)
        .addUnit(unit("HN"), "/roster/units/0")
        .addMember(member("M-HN", "HN"), "/roster/members/0")
        .addMember(member("M-X", "X"), "/roster/members/1")
        .addWalk(walk("W-1", "M-HN", "HN", FEB_15.plusYears(1)), "/walks/0")
        .addFinding(
            findingBuilder("F-1", FindingSource.AUDIT, "HN", FEB_15)
                .rectification(rectificationBuilder().rectifiedOn(FEB_15).build())
                .build(),
            "/findings/0")
        .assemble();
  }

  @Test
  void errors_rejections_everyErrorInInputOrder() {
    DatasetResult r = mixed();
    assertThat(r.errors())
        .extracting(Problem::location)
        .containsExactly("/roster/members/1/unitId", "/walks/0/date");
    assertThat(r.errors()).allMatch(p -> p.severity() == Severity.ERROR);
  }

  @Test
  void problems_errorsAndWarnings_errorsFirstThenWarnings() {
    assertThat(mixed().problems())
        .extracting(Problem::rule)
        .containsExactly(
            Rule.UNKNOWN_REFERENCE, Rule.OUTSIDE_PERIOD, Rule.RECTIFIED_WITHOUT_MEASURES);
  }

  @Test
  void isClean_rejectionsOrWarnings_false() {
    assertThat(mixed().isClean()).isFalse();
  }

  @Test
  void orElseThrow_rejections_throwsListingEveryErrorButNoWarning() {
    InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, mixed()::orElseThrow);
    assertThat(e.problems()).isEqualTo(mixed().errors());
    assertThat(e).hasMessageContaining("2 problems");
  }

  @Test
  void orElseThrow_noRejection_returnsTheDataset() {
    DatasetResult r = new DatasetAssembler().period(Q1_2023).assemble();
    assertThat(r.orElseThrow()).isSameAs(r.dataset());
    assertThat(r.isClean()).isTrue();
  }

  @Test
  void dataset_mixedInput_holdsOnlyTheValidRecords() {
    Dataset d = mixed().dataset();
    assertThat(d.roster().members()).extracting(Member::id).containsExactly("M-HN");
    assertThat(d.walks()).isEmpty();
    assertThat(d.findings()).extracting(Finding::id).containsExactly("F-1");
  }
}
