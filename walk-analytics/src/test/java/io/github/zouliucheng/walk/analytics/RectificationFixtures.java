package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.span;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import io.github.zouliucheng.walk.model.testing.DatasetTransforms;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Records for the rectification and accountability tests: terse builders of hand-made records, and
 * generated cases built on the shared {@link WalkGenerators}, reordered, copied and united with the
 * shared {@link DatasetTransforms}.
 */
final class RectificationFixtures {
  static final Period Q1 = Period.ofQuarter(2023, 1);
  static final LocalDate END = Q1.end();

  private RectificationFixtures() {}

  static LocalDate day(int month, int day) {
    return LocalDate.of(2023, month, day);
  }

  static Unit county(String id) {
    return Unit.of(id, id + "县", UnitKind.COUNTY);
  }

  static Unit department(String id) {
    return Unit.of(id, id + "局", UnitKind.DEPARTMENT);
  }

  static Member member(String id, String unitId, boolean principal) {
    return Member.builder()
        .id(id)
        .name("姓名" + id)
        .title(principal ? "县长" : "副县长")
        .unitId(unitId)
        .principal(principal)
        .build();
  }

  /** Returns a walk that is not shallow: unannounced, whole process, one complex matter. */
  static Walk walk(String id, String leaderId, String unitId, LocalDate date, Finding... findings) {
    return walk(id, leaderId, unitId, date, Visibility.UNANNOUNCED, Coverage.WHOLE, Complexity.COMPLEX, findings);
  }

  /** Returns a shallow walk: announced, part of the process, one simple matter. */
  static Walk shallowWalk(String id, String leaderId, String unitId, LocalDate date, Finding... findings) {
    return walk(id, leaderId, unitId, date, Visibility.ANNOUNCED, Coverage.PART, Complexity.SIMPLE, findings);
  }

  static Walk walk(
      String id,
      String leaderId,
      String unitId,
      LocalDate date,
      Visibility visibility,
      Coverage coverage,
      Complexity complexity,
      Finding... findings) {
    return Walk.builder()
        .id(id)
        .leaderId(leaderId)
        .unitId(unitId)
        .date(date)
        .servicePoint(
            ServicePoint.builder().id("sp-" + unitId).name(unitId + "政务服务大厅").kind(ServicePointKind.SERVICE_HALL).build())
        .addMatters(Matter.of("事项", complexity))
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .addForms(WalkForm.ON_SITE)
        .visibility(visibility)
        .coverage(coverage)
        .addAllFindings(List.of(findings))
        .build();
  }

  /** Returns a finding found on a walk, with no rectification. */
  static Finding found(String id, FindingCategory category, String unitId, LocalDate on) {
    return finding(id, FindingSource.WALK, category, unitId, on, Optional.empty());
  }

  /** Returns a finding found on a walk, with {@code rectification}. */
  static Finding found(String id, FindingCategory category, String unitId, LocalDate on, Rectification rectification) {
    return finding(id, FindingSource.WALK, category, unitId, on, Optional.of(rectification));
  }

  static Finding finding(
      String id,
      FindingSource source,
      FindingCategory category,
      String unitId,
      LocalDate on,
      Optional<Rectification> rectification) {
    return Finding.builder()
        .id(id)
        .source(source)
        .description("问题" + id)
        .category(category)
        .responsibleUnitId(unitId)
        .foundOn(on)
        .rectification(rectification)
        .build();
  }

  /** Returns a rectification builder of {@code mode} with nothing else set. */
  static Rectification.Builder rectification(RectificationMode mode) {
    return Rectification.builder().mode(mode);
  }

  static Effect effect(String indicator, String before, String after, String unit) {
    return Effect.of(indicator, new BigDecimal(before), new BigDecimal(after), unit);
  }

  static Effect effect(String indicator, String before, String after, String unit, String note) {
    return Effect.builder()
        .indicator(indicator)
        .before(new BigDecimal(before))
        .after(new BigDecimal(after))
        .unit(unit)
        .note(note)
        .build();
  }

  static Dataset dataset(List<Unit> units, List<Member> members, List<Walk> walks, List<Finding> findings) {
    return Dataset.builder()
        .period(Q1)
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(findings)
        .build();
  }

  static Index index(Dataset dataset) {
    return new Index(dataset, Policy.defaults(), END);
  }

  static Index index(Dataset dataset, LocalDate asOf) {
    return new Index(dataset, Policy.defaults(), asOf);
  }

  // ---------------------------------------------------------------- generated cases

  /** A dataset and the reference date to analyse it on. */
  record Case(Dataset dataset, LocalDate asOf) {
    Index index() {
      return RectificationFixtures.index(dataset, asOf);
    }
  }

  /**
   * Generates valid datasets of {@link WalkGenerators#datasetsWithWarnings()} (which also holds
   * rectifications marked done without measures), each with a reference date: the period's last
   * day half the time, otherwise any day of the period (its first and last days often).
   */
  static Gen<Case> cases() {
    return WalkGenerators.datasetsWithWarnings()
        .flatMap(d -> asOfDates(d.period().start(), d.period().end()).map(asOf -> new Case(d, asOf)));
  }

  /** Generates the period's last day half the time, otherwise a day from {@code first} to {@code last}. */
  private static Gen<LocalDate> asOfDates(LocalDate first, LocalDate last) {
    return Generate.frequency(
        List.of(Pair.of(1, Generate.constant(last)), Pair.of(1, WalkGenerators.datesIn(Period.of(first, last)))));
  }

  /**
   * Generates cases paired with the same records in another order: the roster's units and members,
   * the walks, each walk's findings and the findings from other channels, each permuted (the
   * identity included) by {@link DatasetTransforms#shuffled}.
   */
  static Gen<Pair<Case, Case>> reorderedCases() {
    return cases().zip(longs().all(), (c, seed) -> Pair.of(c, new Case(shuffled(c.dataset(), seed), c.asOf())));
  }

  /**
   * Generates two datasets with no identifier in common — the second a generated dataset with every
   * identifier {@linkplain DatasetTransforms#prefixed prefixed} by {@code b-} — and a reference
   * date within the {@linkplain DatasetTransforms#span span} of their two periods.
   */
  static Gen<DisjointPair> disjointPairs() {
    return WalkGenerators.datasetsWithWarnings()
        .zip(WalkGenerators.datasetsWithWarnings(), (a, b) -> Pair.of(a, prefixed(b, "b-")))
        .flatMap(p -> asOfDates(span(p._1, p._2).start(), span(p._1, p._2).end()).map(asOf -> new DisjointPair(p._1, p._2, asOf)));
  }

  /** Two datasets with no identifier in common, and a reference date. */
  record DisjointPair(Dataset a, Dataset b, LocalDate asOf) {
    Index indexA() {
      return index(a, asOf);
    }

    Index indexB() {
      return index(b, asOf);
    }

    Index indexOfUnion() {
      return index(union(a, b), asOf);
    }
  }
}
