package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void of_locationRuleAndMessage_hasNoRecordIdAndNoValue() {
    Problem p = Problem.of("/period", Rule.MISSING_FIELD, "period is required");
    assertThat(p.location()).isEqualTo("/period");
    assertThat(p.rule()).isEqualTo(Rule.MISSING_FIELD);
    assertThat(p.message()).isEqualTo("period is required");
    assertThat(p.recordId()).isEmpty();
    assertThat(p.value()).isEmpty();
  }

  @Test
  void severity_eachRule_isTheRulesSeverity() {
    for (Rule rule : Rule.values()) {
      assertThat(Problem.of("/", rule, "m").severity()).isEqualTo(rule.severity());
    }
    assertThat(Rule.RECTIFIED_WITHOUT_MEASURES.severity()).isEqualTo(Severity.WARNING);
    assertThat(Rule.FOREIGN_OWNER.severity()).isEqualTo(Severity.WARNING);
    assertThat(Rule.DUPLICATE_ID.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void toString_withRecordId_isTheDocumentedLine() {
    Problem p =
        Problem.builder()
            .location("/walks/3/leaderId")
            .recordId("walk W-004")
            .rule(Rule.UNKNOWN_REFERENCE)
            .value("M-999")
            .message("leaderId \"M-999\" is not a member of the roster")
            .build();
    assertThat(p)
        .hasToString(
            "error /walks/3/leaderId (walk W-004) unknown_reference:"
                + " leaderId \"M-999\" is not a member of the roster");
  }

  @Test
  void toString_warningWithoutRecordId_startsWithWarning() {
    assertThat(Problem.of("/walks/0/servicePoint/ownerUnitId", Rule.FOREIGN_OWNER, "outside"))
        .hasToString("warning /walks/0/servicePoint/ownerUnitId foreign_owner: outside");
  }

  @Test
  void build_missingMessage_failsNamingIt() {
    assertMissing(() -> Problem.builder().location("/").rule(Rule.WRONG_TYPE).build(), "message");
  }

  @Test
  void builder_ruleSetTwice_fails() {
    assertSetTwice(() -> Problem.builder().rule(Rule.WRONG_TYPE).rule(Rule.UNKNOWN_CODE), "rule");
  }
}
