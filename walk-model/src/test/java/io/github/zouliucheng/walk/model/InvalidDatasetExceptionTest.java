package io.github.zouliucheng.walk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDatasetExceptionTest {

  private static final Problem FIRST = Problem.of("/period", Rule.MISSING_FIELD, "period is required");
  private static final Problem SECOND = Problem.of("/walks/0/date", Rule.OUTSIDE_PERIOD, "outside");

  @Test
  void new_oneProblem_saysOneProblemAndListsIt() {
    InvalidDatasetException e = new InvalidDatasetException(List.of(FIRST));
    assertThat(e).hasMessage("invalid dataset: 1 problem\n  " + FIRST);
    assertThat(e).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void new_twoProblems_listsEachOnItsOwnLineInOrder() {
    InvalidDatasetException e = new InvalidDatasetException(List.of(FIRST, SECOND));
    assertThat(e.getMessage().split("\n"))
        .containsExactly("invalid dataset: 2 problems", "  " + FIRST, "  " + SECOND);
    assertThat(e.problems()).containsExactly(FIRST, SECOND);
  }

  @Test
  void new_emptyList_throwsIae() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new InvalidDatasetException(List.of()))
        .withMessageContaining("must not be empty");
  }

  @Test
  void problems_callersListChangedLater_unchanged() {
    List<Problem> problems = new ArrayList<>(List.of(FIRST));
    InvalidDatasetException e = new InvalidDatasetException(problems);
    problems.add(SECOND);
    assertThat(e.problems()).containsExactly(FIRST);
  }
}
