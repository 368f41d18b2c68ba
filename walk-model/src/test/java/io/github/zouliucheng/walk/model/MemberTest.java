package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberTest {

  private static Member.Builder valid() {
    return Member.builder().id("M-1").name("张三").title("副县长").unitId("HN");
  }

  @Test
  void principal_notSet_defaultsToFalse() {
    assertThat(valid().build().principal()).isFalse();
  }

  @Test
  void principal_set_readsBack() {
    Member m = valid().principal(true).build();
    assertThat(m.principal()).isTrue();
    assertThat(m.unitId()).isEqualTo("HN");
    assertThat(m.title()).isEqualTo("副县长");
  }

  @Test
  void build_idWithSpace_failsOnId() {
    assertInvalidNaming(
        () -> Member.builder().id("M 1").name("张三").title("县长").unitId("HN").build(),
        "id",
        Rule.INVALID_VALUE,
        "M 1");
  }

  @Test
  void build_blankName_failsOnName() {
    assertInvalidNaming(
        () -> Member.builder().id("M-1").name("\u3000").title("县长").unitId("HN").build(),
        "name",
        Rule.INVALID_VALUE,
        "\u3000");
  }

  @Test
  void build_blankTitle_failsOnTitle() {
    assertInvalidNaming(
        () -> Member.builder().id("M-1").name("张三").title("").unitId("HN").build(),
        "title",
        Rule.INVALID_VALUE,
        "");
  }

  @Test
  void build_emptyUnitId_failsOnUnitId() {
    assertInvalidNaming(
        () -> Member.builder().id("M-1").name("张三").title("县长").unitId("").build(),
        "unitId",
        Rule.INVALID_VALUE,
        "");
  }

  @Test
  void build_missingUnitId_failsNamingIt() {
    assertMissing(() -> Member.builder().id("M-1").name("张三").title("县长").build(), "unitId");
  }

  @Test
  void builder_principalSetTwice_fails() {
    assertSetTwice(() -> valid().principal(true).principal(false), "principal");
  }
}
