package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void of_validArguments_hasNoRegionAndNoParent() {
    Unit u = Unit.of("HN", "桦南县", UnitKind.COUNTY);
    assertThat(u.id()).isEqualTo("HN");
    assertThat(u.name()).isEqualTo("桦南县");
    assertThat(u.kind()).isEqualTo(UnitKind.COUNTY);
    assertThat(u.region()).isEmpty();
    assertThat(u.parentId()).isEmpty();
  }

  @Test
  void builder_everyAttribute_readsBack() {
    Unit u =
        Unit.builder()
            .id("SFJ")
            .name("市司法局")
            .kind(UnitKind.DEPARTMENT)
            .region("城区")
            .parentId("CITY")
            .build();
    assertThat(u.region()).contains("城区");
    assertThat(u.parentId()).contains("CITY");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(Unit.of("HN", "桦南县", UnitKind.COUNTY))
        .isEqualTo(Unit.of("HN", "桦南县", UnitKind.COUNTY))
        .hasSameHashCodeAs(Unit.of("HN", "桦南县", UnitKind.COUNTY))
        .isNotEqualTo(Unit.of("HN", "桦南县", UnitKind.DEPARTMENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "H N", "HN\t", "\nHN", "桦南\u3000县", "HN\u00a0"})
  void build_idEmptyOrWithWhitespace_failsOnId(String id) {
    assertInvalidNaming(() -> Unit.of(id, "桦南县", UnitKind.COUNTY), "id", Rule.INVALID_VALUE, id);
  }

  @Test
  void build_idOf65Characters_failsOnId() {
    String id = "U".repeat(65);
    assertInvalidNaming(() -> Unit.of(id, "桦南县", UnitKind.COUNTY), "id", Rule.INVALID_VALUE, id)
        .hasMessageContaining("64");
  }

  @Test
  void build_idOf64CharactersOrOne_accepted() {
    assertThat(Unit.of("U".repeat(64), "桦南县", UnitKind.COUNTY).id()).hasSize(64);
    assertThat(Unit.of("桦", "桦南县", UnitKind.COUNTY).id()).isEqualTo("桦");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u3000", " \u3000 "})
  void build_blankName_failsOnName(String name) {
    assertInvalidNaming(() -> Unit.of("HN", name, UnitKind.COUNTY), "name", Rule.INVALID_VALUE, name);
  }

  @Test
  void build_blankRegion_failsOnRegion() {
    assertInvalidNaming(
        () -> Unit.builder().id("HN").name("桦南县").kind(UnitKind.COUNTY).region(" ").build(),
        "region",
        Rule.INVALID_VALUE,
        " ");
  }

  @Test
  void build_parentIdWithWhitespace_failsOnParentId() {
    assertInvalidNaming(
        () -> Unit.builder().id("HN").name("桦南县").kind(UnitKind.COUNTY).parentId("C ITY").build(),
        "parentId",
        Rule.INVALID_VALUE,
        "C ITY");
  }

  @Test
  void build_parentIsTheUnitItself_failsOnParentId() {
    assertInvalidNaming(
        () -> Unit.builder().id("HN").name("桦南县").kind(UnitKind.COUNTY).parentId("HN").build(),
        "parentId",
        Rule.INVALID_VALUE,
        "HN");
  }

  @Test
  void build_missingKind_failsNamingKind() {
    assertMissing(() -> Unit.builder().id("HN").name("桦南县").build(), "kind");
  }

  @Test
  void build_nothingSet_failsNamingEveryRequiredAttribute() {
    assertMissing(() -> Unit.builder().build(), "id");
    assertMissing(() -> Unit.builder().build(), "name");
  }

  @Test
  void builder_idSetTwice_fails() {
    assertSetTwice(() -> Unit.builder().id("HN").id("TY"), "id");
  }

  @Test
  void builder_regionSetTwice_fails() {
    assertSetTwice(() -> Unit.builder().region("城区").region("县域"), "region");
  }
}
