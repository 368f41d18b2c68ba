package io.github.zouliucheng.walk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Building any value of the model with required attributes left unset fails with an {@link
 * InvalidValueException} for {@link Rule#MISSING_FIELD} naming every missing attribute, as the
 * package's contract says; never with the bare {@code IllegalStateException} of the generated code.
 */
final class BuildersTest {

  static Stream<Arguments> emptyBuilders() {
    return Stream.of(
        Arguments.of("Unit", (Supplier<?>) () -> Unit.builder().build(), List.of("id", "name", "kind")),
        Arguments.of("Member", (Supplier<?>) () -> Member.builder().build(), List.of("id", "name", "title", "unitId")),
        Arguments.of("Roster", (Supplier<?>) () -> Roster.builder().build(), List.of()),
        Arguments.of("ServicePoint", (Supplier<?>) () -> ServicePoint.builder().build(), List.of("id", "name", "kind")),
        Arguments.of("Matter", (Supplier<?>) () -> Matter.builder().build(), List.of("name", "complexity")),
        Arguments.of("Attachment", (Supplier<?>) () -> Attachment.builder().build(), List.of("uri", "mediaType")),
        Arguments.of(
            "Walk",
            (Supplier<?>) () -> Walk.builder().build(),
            List.of("id", "leaderId", "unitId", "date", "servicePoint", "role", "approach", "visibility", "coverage")),
        Arguments.of(
            "Finding",
            (Supplier<?>) () -> Finding.builder().build(),
            List.of("id", "source", "description", "category", "responsibleUnitId", "foundOn")),
        Arguments.of("Rectification", (Supplier<?>) () -> Rectification.builder().build(), List.of("mode")),
        Arguments.of("Effect", (Supplier<?>) () -> Effect.builder().build(), List.of("indicator", "before", "after", "unit")),
        Arguments.of("Callback", (Supplier<?>) () -> Callback.builder().build(), List.of("on", "result")),
        Arguments.of("Dataset", (Supplier<?>) () -> Dataset.builder().build(), List.of("period", "roster")),
        Arguments.of("Problem", (Supplier<?>) () -> Problem.builder().build(), List.of("location", "rule", "message")),
        Arguments.of("Rejection", (Supplier<?>) () -> Rejection.builder().build(), List.of("location", "kind")),
        Arguments.of("DatasetResult", (Supplier<?>) () -> DatasetResult.builder().build(), List.of("dataset")),
        Arguments.of(
            "Member without title",
            (Supplier<?>) () -> Member.builder().id("M1").name("王明").unitId("U1").build(),
            List.of("title")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyBuilders")
  void build_withoutRequiredAttributes_failsNamingEveryOneOfThem(String type, Supplier<?> build, List<String> missing) {
    Throwable t = catchThrowable(build::get);

    if (missing.isEmpty()) {
      assertThat(t).as("%s has no required attribute", type).isNull();
      return;
    }
    assertThat(t).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.rule()).isEqualTo(Rule.MISSING_FIELD);
    assertThat(e.field()).isEqualTo(missing.get(0));
    assertThat(e.value()).isEmpty();
    String name = type.split(" ")[0];
    assertThat(e.getMessage()).isEqualTo(name + " is missing required attributes: " + String.join(", ", missing));
  }
}
