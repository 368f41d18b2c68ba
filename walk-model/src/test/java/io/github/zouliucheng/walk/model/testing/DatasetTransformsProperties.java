package io.github.zouliucheng.walk.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.InvalidDatasetException;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that the dataset transformations do what their documentation promises. */
class DatasetTransformsProperties {
  private static final int EXAMPLES = 50;

  /** Returns every identifier of {@code d}: units, members, walks, service points and findings. */
  private static Set<String> ids(Dataset d) {
    return Stream.of(
            d.roster().units().stream().map(Unit::id),
            d.roster().members().stream().map(Member::id),
            d.walks().stream().map(Walk::id),
            d.walks().stream().map(w -> w.servicePoint().id()),
            d.allFindings().map(Finding::id))
        .flatMap(s -> s)
        .collect(Collectors.toSet());
  }

  /** Returns the walks of {@code d} with their findings in a canonical order, as a set. */
  private static Set<Walk> walkSet(Dataset d) {
    return d.walks().stream()
        .map(w -> w.withFindings(w.findings().stream().sorted((a, b) -> a.id().compareTo(b.id())).collect(Collectors.toList())))
        .collect(Collectors.toSet());
  }

  @Test
  void shuffledHoldsTheSameRecordsAndIsAFunctionOfTheSeed() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasetsWithWarnings(), longs().all())
        .checkAssert(
            (d, seed) -> {
              Dataset s = DatasetTransforms.shuffled(d, seed);
              assertThat(s.period()).isEqualTo(d.period());
              assertThat(s.roster().units()).containsExactlyInAnyOrderElementsOf(d.roster().units());
              assertThat(s.roster().members()).containsExactlyInAnyOrderElementsOf(d.roster().members());
              assertThat(s.findings()).containsExactlyInAnyOrderElementsOf(d.findings());
              assertThat(s.walks()).hasSameSizeAs(d.walks());
              assertThat(walkSet(s)).isEqualTo(walkSet(d));
              assertThat(DatasetTransforms.shuffled(d, seed)).isEqualTo(s);
            });
  }

  @Test
  void shuffledReordersSomething() {
    // the walks 0..9 of one leader: among 20 seeds, some order is not the given one
    Dataset d = tenWalks();
    Set<List<String>> orders = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      orders.add(DatasetTransforms.shuffled(d, seed).walks().stream().map(Walk::id).collect(Collectors.toList()));
    }
    assertThat(orders).hasSizeGreaterThan(1);
  }

  @Test
  void prefixedCopiesShareNoIdentifierAndKeepEverythingElse() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasetsWithWarnings())
        .checkAssert(
            d -> {
              Dataset p = DatasetTransforms.prefixed(d, "b-");
              Set<String> before = ids(d);
              Set<String> after = ids(p);
              assertThat(after).hasSameSizeAs(before).allMatch(id -> id.startsWith("b-"));
              assertThat(after.stream().filter(before::contains)).isEmpty();
              assertThat(after).isEqualTo(before.stream().map(id -> "b-" + id).collect(Collectors.toSet()));
              assertThat(p.period()).isEqualTo(d.period());
              for (int i = 0; i < d.walks().size(); i++) {
                Walk w = d.walks().get(i);
                Walk c = p.walks().get(i);
                assertThat(c.leaderId()).isEqualTo("b-" + w.leaderId());
                assertThat(c.unitId()).isEqualTo("b-" + w.unitId());
                assertThat(c.date()).isEqualTo(w.date());
                assertThat(c.matters()).isEqualTo(w.matters());
                assertThat(c.findings()).hasSameSizeAs(w.findings());
                assertThat(c.servicePoint().ownerUnitId()).isEqualTo(w.servicePoint().ownerUnitId().map(u -> "b-" + u));
              }
              List<Finding> fs = d.allFindings().collect(Collectors.toList());
              List<Finding> cs = p.allFindings().collect(Collectors.toList());
              for (int i = 0; i < fs.size(); i++) {
                assertThat(cs.get(i).responsibleUnitId()).isEqualTo("b-" + fs.get(i).responsibleUnitId());
                assertThat(cs.get(i).status()).isEqualTo(fs.get(i).status());
                assertThat(cs.get(i).description()).isEqualTo(fs.get(i).description());
              }
            });
  }

  @Test
  void theUnionOfDisjointDatasetsHoldsBothAndSpansBothPeriods() {
    qt().withExamples(EXAMPLES)
        .forAll(WalkGenerators.datasets(), WalkGenerators.datasets())
        .checkAssert(
            (a, b0) -> {
              Dataset b = DatasetTransforms.prefixed(b0, "b-");
              Dataset u = DatasetTransforms.union(a, b);
              Set<String> both = new HashSet<>(ids(a));
              both.addAll(ids(b));
              assertThat(ids(u)).isEqualTo(both);
              assertThat(u.walks()).hasSize(a.walks().size() + b.walks().size());
              Period span = u.period();
              assertThat(span.contains(a.period().start()) && span.contains(a.period().end())).isTrue();
              assertThat(span.contains(b.period().start()) && span.contains(b.period().end())).isTrue();
              assertThat(span.lengthInDays())
                  .isLessThanOrEqualTo(
                      (int) (Math.max(a.period().end().toEpochDay(), b.period().end().toEpochDay())
                          - Math.min(a.period().start().toEpochDay(), b.period().start().toEpochDay())
                          + 1));
            });
  }

  @Test
  void union_samePeriod_keepsThePeriod() {
    Dataset d = tenWalks();
    assertThat(DatasetTransforms.union(d, DatasetTransforms.prefixed(d, "b-")).period()).isEqualTo(d.period());
    assertThat(DatasetTransforms.union(d, DatasetTransforms.prefixed(d, "b-")).period().kind()).isEqualTo(Period.Kind.QUARTER);
  }

  @Test
  void union_sharedIdentifiers_throws() {
    Dataset d = tenWalks();
    assertThatThrownBy(() -> DatasetTransforms.union(d, d)).isInstanceOf(InvalidDatasetException.class);
  }

  @Test
  void prefixed_prefixWithWhitespace_throws() {
    Dataset d = tenWalks();
    assertThatThrownBy(() -> DatasetTransforms.prefixed(d, "b ")).isInstanceOf(IllegalStateException.class);
  }

  /** Returns a hand-made dataset: one county, one leader, ten walks in 2023-Q1, one a day from 1 January. */
  private static Dataset tenWalks() {
    ServicePoint hall = ServicePoint.builder().id("SP").name("政务服务大厅").kind(ServicePointKind.SERVICE_HALL).build();
    List<Walk> walks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      walks.add(
          Walk.builder()
              .id("W" + i)
              .leaderId("M1")
              .unitId("U1")
              .date(LocalDate.of(2023, 1, 1 + i))
              .servicePoint(hall)
              .addMatters(Matter.of("事项", Complexity.SIMPLE))
              .role(Role.CITIZEN)
              .approach(Approach.HANDLED)
              .addForms(WalkForm.ON_SITE)
              .visibility(Visibility.UNANNOUNCED)
              .coverage(Coverage.WHOLE)
              .build());
    }
    return Dataset.builder()
        .period(Period.ofQuarter(2023, 1))
        .roster(
            Roster.of(
                List.of(Unit.of("U1", "桦南县", UnitKind.COUNTY)),
                List.of(Member.builder().id("M1").name("张三").title("副县长").unitId("U1").build())))
        .addAllWalks(walks)
        .build();
  }
}
