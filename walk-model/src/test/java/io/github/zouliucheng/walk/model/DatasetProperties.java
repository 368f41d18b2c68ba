package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.testing.WalkGenerators.datasets;
import static io.github.zouliucheng.walk.model.testing.WalkGenerators.datasetsWithWarnings;
import static io.github.zouliucheng.walk.model.testing.WalkGenerators.shuffledWalkLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

class DatasetProperties {

  private static final int EXAMPLES = 300;

  /** The records of a dataset, in lists that can be changed before they are assembled. */
  private static final class Records {
    final Period period;
    final List<Unit> units;
    final List<Member> members;
    final List<Walk> walks;
    final List<Finding> findings;

    Records(Dataset d) {
      period = d.period();
      units = new ArrayList<>(d.roster().units());
      members = new ArrayList<>(d.roster().members());
      walks = new ArrayList<>(d.walks());
      findings = new ArrayList<>(d.findings());
    }

    int count() {
      return units.size() + members.size() + walks.size() + findings.size();
    }

    /** Adds every record through the public API, located as in the dataset's JSON form. */
    DatasetResult assemble() {
      DatasetAssembler a = new DatasetAssembler().period(period);
      for (int i = 0; i < units.size(); i++) {
        a.addUnit(units.get(i), "/roster/units/" + i);
      }
      for (int i = 0; i < members.size(); i++) {
        a.addMember(members.get(i), "/roster/members/" + i);
      }
      for (int i = 0; i < walks.size(); i++) {
        a.addWalk(walks.get(i), "/walks/" + i);
      }
      for (int i = 0; i < findings.size(); i++) {
        a.addFinding(findings.get(i), "/findings/" + i);
      }
      return a.assemble();
    }
  }

  private static int count(Dataset d) {
    return d.roster().units().size() + d.roster().members().size() + d.walks().size() + d.findings().size();
  }

  @Test
  void everyGeneratedDatasetReassemblesToAnEqualDatasetWithNoProblem() {
    qt().withExamples(EXAMPLES)
        .forAll(datasets())
        .checkAssert(
            d -> {
              DatasetResult result = new Records(d).assemble();
              assertThat(result.problems()).isEmpty();
              assertThat(result.isClean()).isTrue();
              assertThat(result.dataset()).isEqualTo(d);
              assertThat(result.orElseThrow()).isEqualTo(d);
            });
  }

  @Test
  void datasetsWithWarningsReassembleToEqualDatasetsWithOneWarningPerPerfunctoryOrForeignRecord() {
    qt().withExamples(EXAMPLES)
        .forAll(datasetsWithWarnings())
        .checkAssert(
            d -> {
              DatasetResult result = new Records(d).assemble();
              assertThat(result.rejections()).isEmpty();
              assertThat(result.dataset()).isEqualTo(d);
              long perfunctory =
                  d.allFindings()
                      .filter(f -> f.isSolved() && f.rectification().get().measures().isEmpty())
                      .count();
              long foreign =
                  d.walks().stream()
                      .filter(
                          w ->
                              w.servicePoint()
                                  .ownerUnitId()
                                  .filter(u -> d.roster().unit(u).isEmpty())
                                  .isPresent())
                      .count();
              assertThat(result.warnings()).hasSize((int) (perfunctory + foreign));
              assertThat(result.warnings()).allMatch(p -> p.severity() == Severity.WARNING);
            });
  }

  @Test
  void reorderingTheWalksOfADatasetKeepsItValidWithTheSameRecords() {
    qt().withExamples(EXAMPLES)
        .forAll(shuffledWalkLists())
        .checkAssert(
            s -> {
              Dataset original = s.original().toDataset();
              Dataset shuffled = s.shuffled().toDataset();
              Function<Dataset, List<String>> walkIds =
                  d -> d.walks().stream().map(Walk::id).sorted().collect(Collectors.toList());
              Function<Dataset, List<String>> findingIds =
                  d -> d.allFindings().map(Finding::id).sorted().collect(Collectors.toList());
              assertThat(walkIds.apply(shuffled)).isEqualTo(walkIds.apply(original));
              assertThat(findingIds.apply(shuffled)).isEqualTo(findingIds.apply(original));
              assertThat(shuffled.walks()).containsExactlyInAnyOrderElementsOf(original.walks());
              assertThat(new Records(shuffled).assemble().isClean()).isTrue();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // one broken record

  /** A valid dataset's records with one broken record added, and what assembling should say. */
  private static final class Broken {
    final Dataset original;
    final Records records;
    final Breakage breakage;
    final String description;
    final String location;
    final RecordKind kind;
    final String id;
    final Rule rule;

    Broken(
        Dataset original,
        Records records,
        Breakage breakage,
        String description,
        String location,
        RecordKind kind,
        String id,
        Rule rule) {
      this.original = original;
      this.records = records;
      this.breakage = breakage;
      this.description = description;
      this.location = location;
      this.kind = kind;
      this.id = id;
      this.rule = rule;
    }

    @Override
    public String toString() {
      return description + " at " + location + " (" + rule.code() + ") added to " + original;
    }
  }

  private enum Breakage {
    WALK_WITH_UNKNOWN_LEADER,
    WALK_OUTSIDE_PERIOD,
    WALK_WITH_LEADER_OF_ANOTHER_UNIT,
    DUPLICATE_UNIT,
    DUPLICATE_MEMBER,
    DUPLICATE_WALK,
    DUPLICATE_FINDING,
    MEMBER_OF_UNKNOWN_UNIT,
    UNIT_WITH_UNKNOWN_PARENT,
    DATASET_FINDING_FROM_A_WALK
  }

  private static Gen<Broken> brokenDatasets() {
    return rs -> breakOne(datasets().generate(rs), rs);
  }

  private static int draw(int min, int max, RandomnessSource rs) {
    return integers().between(min, max).generate(rs);
  }

  private static Broken breakOne(Dataset d, RandomnessSource rs) {
    Records r = new Records(d);
    List<Breakage> possible = new ArrayList<>();
    possible.add(Breakage.WALK_WITH_UNKNOWN_LEADER);
    possible.add(Breakage.MEMBER_OF_UNKNOWN_UNIT);
    possible.add(Breakage.UNIT_WITH_UNKNOWN_PARENT);
    possible.add(Breakage.DATASET_FINDING_FROM_A_WALK);
    if (!r.members.isEmpty()) {
      possible.add(Breakage.WALK_OUTSIDE_PERIOD);
      possible.add(Breakage.DUPLICATE_MEMBER);
      if (r.units.size() > 1) {
        possible.add(Breakage.WALK_WITH_LEADER_OF_ANOTHER_UNIT);
      }
    }
    if (!r.units.isEmpty()) {
      possible.add(Breakage.DUPLICATE_UNIT);
    }
    if (!r.walks.isEmpty()) {
      possible.add(Breakage.DUPLICATE_WALK);
    }
    if (d.allFindings().findAny().isPresent()) {
      possible.add(Breakage.DUPLICATE_FINDING);
    }
    Breakage b = Generate.pick(possible).generate(rs);
    String someUnit = r.units.isEmpty() ? "NO-SUCH-UNIT" : r.units.get(0).id();
    switch (b) {
      case WALK_WITH_UNKNOWN_LEADER:
        {
          Walk w = Fixtures.walk("BROKEN-W", "NO-SUCH-LEADER", someUnit, d.period().start());
          return insertWalk(d, r, w, 0, b, Rule.UNKNOWN_REFERENCE, rs);
        }
      case WALK_OUTSIDE_PERIOD:
        {
          Member m = r.members.get(draw(0, r.members.size() - 1, rs));
          boolean before = draw(0, 1, rs) == 0;
          Walk w =
              Fixtures.walk(
                  "BROKEN-W",
                  m.id(),
                  m.unitId(),
                  before ? d.period().start().minusDays(1) : d.period().end().plusDays(1));
          return insertWalk(d, r, w, 0, b, Rule.OUTSIDE_PERIOD, rs);
        }
      case WALK_WITH_LEADER_OF_ANOTHER_UNIT:
        {
          Member m = r.members.get(draw(0, r.members.size() - 1, rs));
          String other =
              r.units.stream().map(Unit::id).filter(u -> !u.equals(m.unitId())).findFirst().get();
          Walk w = Fixtures.walk("BROKEN-W", m.id(), other, d.period().end());
          return insertWalk(d, r, w, 0, b, Rule.LEADER_NOT_IN_UNIT, rs);
        }
      case DUPLICATE_WALK:
        {
          int k = draw(0, r.walks.size() - 1, rs);
          return insertWalk(d, r, r.walks.get(k), k + 1, b, Rule.DUPLICATE_ID, rs);
        }
      case DUPLICATE_UNIT:
        {
          int k = draw(0, r.units.size() - 1, rs);
          Unit u = r.units.get(k);
          int at = draw(k + 1, r.units.size(), rs);
          r.units.add(at, u);
          return new Broken(d, r, b, "copy of unit " + u.id(), "/roster/units/" + at, RecordKind.UNIT, u.id(), Rule.DUPLICATE_ID);
        }
      case UNIT_WITH_UNKNOWN_PARENT:
        {
          int at = draw(0, r.units.size(), rs);
          r.units.add(at, Fixtures.unit("BROKEN-U", "NO-SUCH-UNIT"));
          return new Broken(d, r, b, "unit with unknown parent", "/roster/units/" + at, RecordKind.UNIT, "BROKEN-U", Rule.UNKNOWN_REFERENCE);
        }
      case DUPLICATE_MEMBER:
        {
          int k = draw(0, r.members.size() - 1, rs);
          Member m = r.members.get(k);
          int at = draw(k + 1, r.members.size(), rs);
          r.members.add(at, m);
          return new Broken(d, r, b, "copy of member " + m.id(), "/roster/members/" + at, RecordKind.MEMBER, m.id(), Rule.DUPLICATE_ID);
        }
      case MEMBER_OF_UNKNOWN_UNIT:
        {
          int at = draw(0, r.members.size(), rs);
          r.members.add(at, Fixtures.member("BROKEN-M", "NO-SUCH-UNIT"));
          return new Broken(d, r, b, "member of unknown unit", "/roster/members/" + at, RecordKind.MEMBER, "BROKEN-M", Rule.UNKNOWN_REFERENCE);
        }
      case DUPLICATE_FINDING:
        {
          List<Finding> all = d.allFindings().collect(Collectors.toList());
          int k = draw(0, all.size() - 1, rs);
          Finding f = all.get(k);
          Finding copy =
              Fixtures.finding(f.id(), FindingSource.AUDIT, f.responsibleUnitId(), f.foundOn());
          // after the original when the original is one of the dataset's own findings
          int first = r.findings.indexOf(f) + 1;
          int at = draw(first, r.findings.size(), rs);
          r.findings.add(at, copy);
          return new Broken(d, r, b, "finding reusing id " + f.id(), "/findings/" + at, RecordKind.FINDING, f.id(), Rule.DUPLICATE_ID);
        }
      case DATASET_FINDING_FROM_A_WALK:
      default:
        {
          int at = draw(0, r.findings.size(), rs);
          r.findings.add(at, Fixtures.finding("BROKEN-F", FindingSource.WALK, someUnit, d.period().start()));
          return new Broken(d, r, b, "dataset finding of source walk", "/findings/" + at, RecordKind.FINDING, "BROKEN-F", Rule.WRONG_SOURCE);
        }
    }
  }

  private static Broken insertWalk(
      Dataset d, Records r, Walk w, int first, Breakage b, Rule rule, RandomnessSource rs) {
    int at = draw(first, r.walks.size(), rs);
    r.walks.add(at, w);
    return new Broken(d, r, b, b.name().toLowerCase(java.util.Locale.ROOT), "/walks/" + at, RecordKind.WALK, w.id(), rule);
  }

  @Test
  void addingOneBrokenRecordToAValidDatasetRejectsExactlyThatRecordAndKeepsAllOthers() {
    qt().withExamples(EXAMPLES)
        .forAll(brokenDatasets())
        .checkAssert(
            broken -> {
              int input = broken.records.count();
              DatasetResult result = broken.records.assemble();
              assertThat(result.rejections()).hasSize(1);
              Rejection rejection = result.rejections().get(0);
              assertThat(rejection.location()).isEqualTo(broken.location);
              assertThat(rejection.kind()).isEqualTo(broken.kind);
              assertThat(rejection.id()).contains(broken.id);
              assertThat(rejection.problems()).extracting(Problem::rule).contains(broken.rule);
              assertThat(rejection.problems())
                  .allSatisfy(p -> assertThat(p.location()).startsWith(broken.location + "/"));
              assertThat(result.warnings()).isEmpty();
              assertThat(result.dataset()).isEqualTo(broken.original);
              assertThat(count(result.dataset()) + result.rejections().size()).isEqualTo(input);
            });
  }

  @Test
  void theBrokenRecordGeneratorCoversEveryKindOfBreakage() {
    java.util.Set<Breakage> seen = java.util.EnumSet.noneOf(Breakage.class);
    qt().withFixedSeed(20230401L)
        .withExamples(400)
        .forAll(brokenDatasets())
        .checkAssert(b -> seen.add(b.breakage));
    assertThat(seen).containsExactlyInAnyOrder(Breakage.values());
  }
}
