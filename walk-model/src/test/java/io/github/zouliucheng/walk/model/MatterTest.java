package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatterTest {

  @Test
  void of_nameAndComplexity_crossesNothing() {
    Matter m = Matter.of("申请法律援助", Complexity.SIMPLE);
    assertThat(m.name()).isEqualTo("申请法律援助");
    assertThat(m.complexity()).isEqualTo(Complexity.SIMPLE);
    assertThat(m.crossings()).isEmpty();
  }

  @Test
  void builder_crossingsAddedTwice_keptOnceInOrder() {
    Matter m =
        Matter.builder()
            .name("企业开办")
            .complexity(Complexity.COMPLEX)
            .addCrossings(Crossing.DEPARTMENT)
            .addCrossings(Crossing.REGION, Crossing.DEPARTMENT)
            .build();
    assertThat(m.crossings()).containsExactly(Crossing.DEPARTMENT, Crossing.REGION);
  }

  @Test
  void build_blankName_failsOnName() {
    assertInvalidNaming(() -> Matter.of("\t", Complexity.SIMPLE), "name", Rule.INVALID_VALUE, "\t");
  }

  @Test
  void build_missingComplexity_failsNamingIt() {
    assertMissing(() -> Matter.builder().name("医保报销").build(), "complexity");
  }

  @Test
  void builder_complexitySetTwice_fails() {
    assertSetTwice(
        () -> Matter.builder().complexity(Complexity.SIMPLE).complexity(Complexity.COMPLEX),
        "complexity");
  }
}
