package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServicePointTest {

  @Test
  void build_withOwner_readsBack() {
    ServicePoint p =
        ServicePoint.builder()
            .id("SP-1")
            .name("桦南县医保局办事窗口")
            .kind(ServicePointKind.SERVICE_HALL)
            .ownerUnitId("YBJ")
            .build();
    assertThat(p.ownerUnitId()).contains("YBJ");
    assertThat(p.kind()).isEqualTo(ServicePointKind.SERVICE_HALL);
  }

  @Test
  void build_withoutOwner_ownerAbsent() {
    assertThat(Fixtures.point("SP-1").ownerUnitId()).isEmpty();
  }

  @Test
  void build_idWithWhitespace_failsOnId() {
    assertInvalidNaming(
        () -> ServicePoint.builder().id("SP 1").name("大厅").kind(ServicePointKind.HOSPITAL).build(),
        "id",
        Rule.INVALID_VALUE,
        "SP 1");
  }

  @Test
  void build_blankName_failsOnName() {
    assertInvalidNaming(
        () -> ServicePoint.builder().id("SP-1").name(" ").kind(ServicePointKind.HOSPITAL).build(),
        "name",
        Rule.INVALID_VALUE,
        " ");
  }

  @Test
  void build_emptyOwnerUnitId_failsOnOwnerUnitId() {
    assertInvalidNaming(
        () ->
            ServicePoint.builder()
                .id("SP-1")
                .name("大厅")
                .kind(ServicePointKind.HOSPITAL)
                .ownerUnitId("")
                .build(),
        "ownerUnitId",
        Rule.INVALID_VALUE,
        "");
  }

  @Test
  void build_missingKind_failsNamingIt() {
    assertMissing(() -> ServicePoint.builder().id("SP-1").name("大厅").build(), "kind");
  }

  @Test
  void builder_nameSetTwice_fails() {
    assertSetTwice(() -> ServicePoint.builder().name("大厅").name("窗口"), "name");
  }
}
