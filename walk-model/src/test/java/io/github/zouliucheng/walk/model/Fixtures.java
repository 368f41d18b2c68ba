package io.github.zouliucheng.walk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small hand-made records and assertions shared by the example tests of the model. */
final class Fixtures {
  /** The period of the seed bulletin: the first quarter of 2023. */
  static final Period Q1_2023 = Period.ofQuarter(2023, 1);

  /** A day inside {@link #Q1_2023}. */
  static final LocalDate FEB_15 = LocalDate.of(2023, 2, 15);

  private Fixtures() {}

  static Unit unit(String id) {
    return Unit.of(id, "单位" + id, UnitKind.COUNTY);
  }

  static Unit unit(String id, String parentId) {
    return Unit.builder().id(id).name("单位" + id).kind(UnitKind.DEPARTMENT).parentId(parentId).build();
  }

  static Member member(String id, String unitId) {
    return Member.builder().id(id).name("王" + id).title("副县长").unitId(unitId).build();
  }

  static ServicePoint point(String id) {
    return ServicePoint.builder().id(id).name("政务服务大厅").kind(ServicePointKind.SERVICE_HALL).build();
  }

  static ServicePoint point(String id, String ownerUnitId) {
    return ServicePoint.builder()
        .id(id)
        .name("政务服务大厅")
        .kind(ServicePointKind.SERVICE_HALL)
        .ownerUnitId(ownerUnitId)
        .build();
  }

  /** A builder of a walk with every required attribute set except its findings. */
  static Walk.Builder walkBuilder(String id, String leaderId, String unitId, LocalDate date) {
    return
        Walk.builder()
            .id(id)
            .leaderId(leaderId)
            .unitId(unitId)
            .date(date)
            .servicePoint(point("SP-1"))
            .addMatters(Matter.of("申请法律援助", Complexity.SIMPLE))
            .role(Role.CITIZEN)
            .approach(Approach.HANDLED)
            .addForms(WalkForm.ON_SITE)
            .visibility(Visibility.UNANNOUNCED)
            .coverage(Coverage.WHOLE);
  }

  static Walk walk(String id, String leaderId, String unitId, LocalDate date, Finding... findings) {
    return walkBuilder(id, leaderId, unitId, date).addFindings(findings).build();
  }

  /** A builder of a finding with every required attribute set. */
  static Finding.Builder findingBuilder(
      String id, FindingSource source, String unitId, LocalDate foundOn) {
    return
        Finding.builder()
            .id(id)
            .source(source)
            .description("窗口少、排队时间长")
            .category(FindingCategory.WAITING_CAPACITY)
            .responsibleUnitId(unitId)
            .foundOn(foundOn);
  }

  static Finding finding(String id, FindingSource source, String unitId, LocalDate foundOn) {
    return findingBuilder(id, source, unitId, foundOn).build();
  }

  static Finding walkFinding(String id, String unitId, LocalDate foundOn) {
    return finding(id, FindingSource.WALK, unitId, foundOn);
  }

  static Rectification.Builder rectificationBuilder() {
    return Rectification.builder().mode(RectificationMode.SCHEDULED);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * Asserts that {@code build} fails with an {@link InvalidValueException} on {@code field}, for
   * {@code rule}, with {@code value}, whose message names every segment of the field's path; returns
   * the exception for further checks.
   */
  static AbstractThrowableAssert<?, InvalidValueException> assertInvalid(
      ThrowingCallable build, String field, Rule rule, String value) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("expected an InvalidValueException on %s", field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.value()).contains(value);
    assertThat(e).isInstanceOf(IllegalStateException.class);
    assertThat(e.getMessage()).contains(Arrays.asList(field.split("/")));
    return assertThat(e);
  }

  /** As {@link #assertInvalid}, and the message quotes the value too. */
  static AbstractThrowableAssert<?, InvalidValueException> assertInvalidNaming(
      ThrowingCallable build, String field, Rule rule, String value) {
    return assertInvalid(build, field, rule, value).hasMessageContaining(value);
  }

  /** Asserts that {@code build} fails as an incomplete builder does, naming {@code attribute}. */
  static void assertMissing(ThrowingCallable build, String attribute) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("expected an InvalidValueException naming %s", attribute).isNotNull();
    assertThat(e.rule()).isEqualTo(Rule.MISSING_FIELD);
    assertThat(e.getMessage()).contains("required").contains(attribute);
  }

  /** Asserts that {@code setAgain} fails as a strict builder does, naming {@code attribute}. */
  static void assertSetTwice(ThrowingCallable setAgain, String attribute) {
    IllegalStateException e = catchThrowableOfType(IllegalStateException.class, setAgain);
    assertThat(e).as("expected an IllegalStateException naming %s", attribute).isNotNull();
    assertThat(e.getMessage()).contains("already set").contains(attribute);
  }

  /** Returns the rules of {@code problems}, in order. */
  static List<Rule> rules(List<Problem> problems) {
    return problems.stream().map(Problem::rule).collect(java.util.stream.Collectors.toList());
  }
}
