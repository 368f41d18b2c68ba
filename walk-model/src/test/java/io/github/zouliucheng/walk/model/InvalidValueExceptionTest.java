package io.github.zouliucheng.walk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void nestedIn_parent_prefixesTheFieldAndKeepsTheRest() {
    InvalidValueException e =
        new InvalidValueException("closedOn", Rule.IMPOSSIBLE_HISTORY, "2023-01-01", "closedOn ...");
    InvalidValueException nested = e.nestedIn("rectification");
    assertThat(nested.field()).isEqualTo("rectification/closedOn");
    assertThat(nested.rule()).isEqualTo(Rule.IMPOSSIBLE_HISTORY);
    assertThat(nested.value()).contains("2023-01-01");
    assertThat(nested).hasMessage("closedOn ...");
    assertThat(nested.getStackTrace()).isEqualTo(e.getStackTrace());
    assertThat(e.field()).isEqualTo("closedOn");
  }

  @Test
  void value_null_absent() {
    assertThat(new InvalidValueException("f", Rule.INVALID_VALUE, null, "m").value()).isEmpty();
  }
}
