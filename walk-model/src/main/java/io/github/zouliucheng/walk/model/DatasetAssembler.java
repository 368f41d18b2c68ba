package io.github.zouliucheng.walk.model;

import java.util.Locale;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles a {@link Dataset} from records one at a time, keeping every valid record and rejecting
 * the others with all their reasons. It is what the JSON reader uses, and what an importer of any
 * other format (a spreadsheet, a database) should use.
 *
 * <p>Each record is added with its location (a JSON pointer, or {@code sheet!row}), which problems
 * report. Records that could not even be built are added as {@link Rejection}s with {@link
 * #reject(Rejection)}, so that all problems come back together, in input order.
 *
 * <h2>Rules applied by {@link #assemble()}</h2>
 *
 * <ol>
 *   <li>Identifiers are unique within units, within members, within walks, and within all findings
 *       (those of walks and those of the dataset). Only the first record with an identifier, in the
 *       order the records were added, can be kept; later ones are rejected ({@link
 *       Rule#DUPLICATE_ID}), even when the first is rejected for another reason.
 *   <li>A unit's parents must not form a cycle ({@link Rule#INVALID_VALUE}).
 *   <li>References must name a kept record ({@link Rule#UNKNOWN_REFERENCE}): a unit's parent, a
 *       member's unit, a walk's leader and unit, a finding's responsible unit, a rectification's
 *       owner unit. A record that refers to a rejected record is rejected in turn, and its problem
 *       says so.
 *   <li>A walk's leader must be a member of the unit the walk names ({@link
 *       Rule#LEADER_NOT_IN_UNIT}), and its date must lie in the period ({@link
 *       Rule#OUTSIDE_PERIOD}).
 *   <li>A finding added to the dataset must not have source {@link FindingSource#WALK} ({@link
 *       Rule#WRONG_SOURCE}).
 *   <li>Warnings keep the record: a rectification marked rectified or closed out with no measures
 *       ({@link Rule#RECTIFIED_WITHOUT_MEASURES}); a service point owned by a unit outside the
 *       roster ({@link Rule#FOREIGN_OWNER}).
 * </ol>
 *
 * A rejected finding of a walk is removed from the walk, which is kept. A rejected walk takes its
 * findings with it.
 *
 * <p>An assembler is used once, from one thread.
 */
public final class DatasetAssembler {

  /**
   * Set while {@link #assemble()} builds the dataset of records it has just partitioned, so that
   * {@link Dataset} and {@link Roster} do not apply the same rules a second time.
   */
  static final ThreadLocal<Boolean> PARTITIONED = new ThreadLocal<>();

  private Period period;
  private final List<Entry<Unit>> units = new ArrayList<>();
  private final List<Entry<Member>> members = new ArrayList<>();
  private final List<Entry<Walk>> walks = new ArrayList<>();
  private final List<Entry<Finding>> findings = new ArrayList<>();
  private final List<Entry<Rejection>> rejected = new ArrayList<>();
  private int sequence;

  /** Creates an empty assembler. */
  public DatasetAssembler() {}

  /** Returns an assembler holding the records of {@code dataset}, located as in its JSON form. */
  static DatasetAssembler from(Dataset dataset) {
    DatasetAssembler a = new DatasetAssembler().period(dataset.period());
    a.addRoster(dataset.roster());
    for (int i = 0; i < dataset.walks().size(); i++) {
      a.addWalk(dataset.walks().get(i), "/walks/" + i);
    }
    for (int i = 0; i < dataset.findings().size(); i++) {
      a.addFinding(dataset.findings().get(i), "/findings/" + i);
    }
    return a;
  }

  void addRoster(Roster roster) {
    for (int i = 0; i < roster.units().size(); i++) {
      addUnit(roster.units().get(i), "/roster/units/" + i);
    }
    for (int i = 0; i < roster.members().size(); i++) {
      addMember(roster.members().get(i), "/roster/members/" + i);
    }
  }

  /** Sets the period; it must be set once before {@link #assemble()}. */
  public DatasetAssembler period(Period period) {
    if (this.period != null) {
      throw new IllegalStateException("period was already set to " + this.period);
    }
    this.period = requireNonNull(period, "period");
    return this;
  }

  /** Adds a unit found at {@code location}. */
  public DatasetAssembler addUnit(Unit unit, String location) {
    units.add(new Entry<>(unit, location, sequence++));
    return this;
  }

  /** Adds a leadership-team member found at {@code location}. */
  public DatasetAssembler addMember(Member member, String location) {
    members.add(new Entry<>(member, location, sequence++));
    return this;
  }

  /** Adds a walk found at {@code location}; its findings are located at {@code location/findings/i}. */
  public DatasetAssembler addWalk(Walk walk, String location) {
    List<String> findingLocations = new ArrayList<>(walk.findings().size());
    for (int i = 0; i < walk.findings().size(); i++) {
      findingLocations.add(location + "/findings/" + i);
    }
    return addWalk(walk, location, findingLocations);
  }

  /**
   * Adds a walk found at {@code location} whose findings were found at {@code findingLocations},
   * in order; for importers that left some of the walk's findings out (and {@linkplain
   * #reject(Rejection) rejected} them), so that locations still point into the input.
   *
   * @throws IllegalArgumentException if there is not one location for each finding
   */
  public DatasetAssembler addWalk(Walk walk, String location, List<String> findingLocations) {
    if (findingLocations.size() != walk.findings().size()) {
      throw new IllegalArgumentException(
          String.format(
              "walk %s has %d findings but %d finding locations",
              walk.id(), walk.findings().size(), findingLocations.size()));
    }
    walks.add(new Entry<>(walk, location, sequence++, List.copyOf(findingLocations)));
    return this;
  }

  /** Adds a finding from a source other than walks, found at {@code location}. */
  public DatasetAssembler addFinding(Finding finding, String location) {
    findings.add(new Entry<>(finding, location, sequence++));
    return this;
  }

  /**
   * Adds a record that could not be built, with its problems. Its identifier, if known, lets
   * records that refer to it say that it was rejected.
   */
  public DatasetAssembler reject(Rejection rejection) {
    rejected.add(new Entry<>(rejection, rejection.location(), sequence++));
    return this;
  }

  /**
   * Applies the rules in the class documentation and returns the dataset of every valid record,
   * the rejected records and the warnings.
   *
   * @throws InvalidDatasetException if no period was set; it lists the rejections found as well
   */
  public DatasetResult assemble() {
    Partition p = partition();
    if (period == null) {
      List<Problem> all = new ArrayList<>();
      all.add(
          Problem.builder()
              .location("/period")
              .rule(Rule.MISSING_FIELD)
              .message("period is required: a year, quarter, month or range such as 2023-Q1")
              .build());
      all.addAll(p.errors());
      throw new InvalidDatasetException(all);
    }
    Dataset dataset;
    // the partition has just applied Dataset's rules to exactly these records: building may skip them
    PARTITIONED.set(Boolean.TRUE);
    try {
      dataset =
          Dataset.builder()
              .period(period)
              .roster(Roster.builder().addAllUnits(p.units).addAllMembers(p.members).build())
              .addAllWalks(p.walks)
              .addAllFindings(p.findings)
              .build();
    } finally {
      PARTITIONED.remove();
    }
    return DatasetResult.builder()
        .dataset(dataset)
        .addAllRejections(p.sortedRejections())
        .addAllWarnings(p.warnings)
        .build();
  }

  List<Problem> rosterErrors() {
    Partition p = new Partition();
    p.partitionRoster();
    return p.errors();
  }

  Partition partition() {
    Partition p = new Partition();
    p.partitionRoster();
    p.partitionWalks();
    p.partitionFindings();
    return p;
  }

  /** One pass of the rules over the records added. */
  final class Partition {
    final List<Unit> units = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Walk> walks = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    private final List<Entry<Rejection>> rejections = new ArrayList<>(rejected);

    private final Map<String, Unit> unitById = new HashMap<>();
    private final Map<String, Member> memberById = new HashMap<>();
    private final Map<RecordKind, Map<String, String>> firstLocation = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Set<String>> rejectedIds = new HashMap<>();

    Partition() {
      for (Entry<Rejection> r : rejected) {
        r.value.id().ifPresent(id -> rejectedIds(r.value.kind()).add(id));
      }
      // the first record with an identifier, in input order, is the only one that can be kept
      for (Entry<Unit> e : DatasetAssembler.this.units) {
        first(RecordKind.UNIT, e.value.id(), e.location);
      }
      for (Entry<Member> e : DatasetAssembler.this.members) {
        first(RecordKind.MEMBER, e.value.id(), e.location);
      }
      List<Entry<?>> findingHolders = new ArrayList<>(DatasetAssembler.this.walks);
      findingHolders.addAll(DatasetAssembler.this.findings);
      findingHolders.sort((a, b) -> Integer.compare(a.sequence, b.sequence));
      for (Entry<?> e : findingHolders) {
        if (e.value instanceof Walk) {
          Walk w = (Walk) e.value;
          first(RecordKind.WALK, w.id(), e.location);
          for (int i = 0; i < w.findings().size(); i++) {
            first(RecordKind.FINDING, w.findings().get(i).id(), e.findingLocations.get(i));
          }
        } else {
          first(RecordKind.FINDING, ((Finding) e.value).id(), e.location);
        }
      }
    }

    private void first(RecordKind kind, String id, String location) {
      firstLocation.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, location);
    }

    List<Problem> errors() {
      return sortedRejections().stream()
          .flatMap(r -> r.problems().stream())
          .filter(pr -> pr.severity() == Severity.ERROR)
          .collect(ImmutableList.toImmutableList());
    }

    List<Rejection> sortedRejections() {
      return rejections.stream()
          .sorted((a, b) -> Integer.compare(a.sequence, b.sequence))
          .map(e -> e.value)
          .collect(ImmutableList.toImmutableList());
    }

    void partitionRoster() {
      // units: duplicates first, then parents, repeated until no unit is left without its parent
      Map<String, Entry<Unit>> candidates = new java.util.LinkedHashMap<>();
      for (Entry<Unit> e : DatasetAssembler.this.units) {
        Optional<Problem> dup = duplicate(RecordKind.UNIT, e.value.id(), e.location);
        if (dup.isPresent()) {
          reject(e, RecordKind.UNIT, e.value.id(), List.of(dup.get()));
        } else {
          candidates.put(e.value.id(), e);
        }
      }
      rejectParentCycles(candidates);
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Entry<Unit> e : new ArrayList<>(candidates.values())) {
          Optional<String> parent = e.value.parentId();
          if (parent.isPresent() && !candidates.containsKey(parent.get())) {
            candidates.remove(e.value.id());
            rejectedIds(RecordKind.UNIT).add(e.value.id());
            reject(
                e,
                RecordKind.UNIT,
                e.value.id(),
                List.of(unknown(e.location + "/parentId", "unit " + e.value.id(), "parentId", parent.get(), RecordKind.UNIT)));
            changed = true;
          }
        }
      }
      for (Entry<Unit> e : DatasetAssembler.this.units) {
        if (candidates.get(e.value.id()) == e) {
          units.add(e.value);
          unitById.put(e.value.id(), e.value);
        }
      }
      for (Entry<Member> e : DatasetAssembler.this.members) {
        Member m = e.value;
        List<Problem> problems = new ArrayList<>();
        duplicate(RecordKind.MEMBER, m.id(), e.location).ifPresent(problems::add);
        if (!unitById.containsKey(m.unitId())) {
          problems.add(unknown(e.location + "/unitId", "member " + m.id(), "unitId", m.unitId(), RecordKind.UNIT));
        }
        if (problems.isEmpty()) {
          members.add(m);
          memberById.put(m.id(), m);
        } else {
          rejectedIds(RecordKind.MEMBER).add(m.id());
          reject(e, RecordKind.MEMBER, m.id(), problems);
        }
      }
    }

    /** Rejects every unit on a cycle of parents; the others keep their place. */
    private void rejectParentCycles(Map<String, Entry<Unit>> candidates) {
      Set<String> onCycle = new java.util.LinkedHashSet<>();
      for (Entry<Unit> e : candidates.values()) {
        String start = e.value.id();
        List<String> path = new ArrayList<>();
        String at = start;
        while (at != null && path.size() <= candidates.size()) {
          path.add(at);
          Entry<Unit> u = candidates.get(at);
          at = u == null ? null : u.value.parentId().orElse(null);
          if (start.equals(at)) {
            onCycle.add(start);
            path.add(start);
            Entry<Unit> self = candidates.get(start);
            reject(
                self,
                RecordKind.UNIT,
                start,
                List.of(
                    problem(
                        self.location + "/parentId",
                        "unit " + start,
                        Rule.INVALID_VALUE,
                        self.value.parentId().orElseThrow(),
                        "parentId forms a cycle: " + String.join(" → ", path))));
            break;
          }
        }
      }
      onCycle.forEach(id -> {
        candidates.remove(id);
        rejectedIds(RecordKind.UNIT).add(id);
      });
    }

    void partitionWalks() {
      for (Entry<Walk> e : DatasetAssembler.this.walks) {
        Walk w = e.value;
        String record = "walk " + w.id();
        List<Problem> problems = new ArrayList<>();
        duplicate(RecordKind.WALK, w.id(), e.location).ifPresent(problems::add);
        Member leader = memberById.get(w.leaderId());
        if (leader == null) {
          problems.add(unknown(e.location + "/leaderId", record, "leaderId", w.leaderId(), RecordKind.MEMBER));
        }
        if (!unitById.containsKey(w.unitId())) {
          problems.add(unknown(e.location + "/unitId", record, "unitId", w.unitId(), RecordKind.UNIT));
        } else if (leader != null && !leader.unitId().equals(w.unitId())) {
          problems.add(
              problem(
                  e.location + "/leaderId",
                  record,
                  Rule.LEADER_NOT_IN_UNIT,
                  w.leaderId(),
                  String.format(
                      "leaderId \"%s\" is on the roster of unit \"%s\", not of the walk's unit \"%s\"",
                      w.leaderId(), leader.unitId(), w.unitId())));
        }
        if (period != null && !period.contains(w.date())) {
          problems.add(
              problem(
                  e.location + "/date",
                  record,
                  Rule.OUTSIDE_PERIOD,
                  w.date().toString(),
                  String.format(
                      "date %s is outside the period %s (%s to %s)",
                      w.date(), period, period.start(), period.end())));
        }
        if (!problems.isEmpty()) {
          rejectedIds(RecordKind.WALK).add(w.id());
          reject(e, RecordKind.WALK, w.id(), problems);
          continue;
        }
        w.servicePoint()
            .ownerUnitId()
            .filter(u -> !unitById.containsKey(u))
            .ifPresent(
                u ->
                    warnings.add(
                        problem(
                            e.location + "/servicePoint/ownerUnitId",
                            record,
                            Rule.FOREIGN_OWNER,
                            u,
                            String.format(
                                "servicePoint \"%s\" names owner unit \"%s\", which is not in the roster;"
                                    + " the walk is kept and the point counts as outside the city's units",
                                w.servicePoint().id(), u))));
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < w.findings().size(); i++) {
          Finding f = w.findings().get(i);
          String location = e.findingLocations.get(i);
          List<Problem> fp = findingProblems(f, location, new ArrayList<>());
          if (fp.isEmpty()) {
            kept.add(f);
          } else {
            reject(new Entry<>(null, location, e.sequence), RecordKind.FINDING, f.id(), fp);
          }
        }
        walks.add(kept.size() == w.findings().size() ? w : w.withFindings(kept));
      }
    }

    void partitionFindings() {
      for (Entry<Finding> e : DatasetAssembler.this.findings) {
        Finding f = e.value;
        List<Problem> problems = new ArrayList<>();
        if (f.source() == FindingSource.WALK) {
          problems.add(
              problem(
                  e.location + "/source",
                  "finding " + f.id(),
                  Rule.WRONG_SOURCE,
                  f.source().code(),
                  "a finding held by the dataset comes from another source than a walk;"
                      + " findings of a walk belong in that walk's findings"));
        }
        problems = findingProblems(f, e.location, problems);
        if (problems.isEmpty()) {
          findings.add(f);
        } else {
          reject(e, RecordKind.FINDING, f.id(), problems);
        }
      }
    }

    /**
     * Adds the errors of a finding to {@code problems} and returns them; when there are none, records
     * the finding's warnings and claims its identifier.
     */
    private List<Problem> findingProblems(Finding f, String location, List<Problem> problems) {
      String record = "finding " + f.id();
      duplicate(RecordKind.FINDING, f.id(), location).ifPresent(problems::add);
      if (!unitById.containsKey(f.responsibleUnitId())) {
        problems.add(
            unknown(location + "/responsibleUnitId", record, "responsibleUnitId", f.responsibleUnitId(), RecordKind.UNIT));
      }
      f.rectification()
          .flatMap(Rectification::ownerUnitId)
          .filter(u -> !unitById.containsKey(u))
          .ifPresent(
              u ->
                  problems.add(
                      unknown(location + "/rectification/ownerUnitId", record, "rectification/ownerUnitId", u, RecordKind.UNIT)));
      if (!problems.isEmpty()) {
        rejectedIds(RecordKind.FINDING).add(f.id());
        return problems;
      }
      f.rectification()
          .filter(r -> r.isSolved() && r.measures().isEmpty())
          .ifPresent(
              r ->
                  warnings.add(
                      problem(
                          location + "/rectification/measures",
                          record,
                          Rule.RECTIFIED_WITHOUT_MEASURES,
                          "[]",
                          String.format(
                              "rectification is %s with no measures; the finding is kept and counts as"
                                  + " perfunctory rectification (整改敷衍)",
                              r.status().code()))));
      return problems;
    }

    private Optional<Problem> duplicate(RecordKind kind, String id, String location) {
      String first = firstLocation.getOrDefault(kind, Map.of()).get(id);
      if (first == null || first.equals(location)) {
        return Optional.empty();
      }
      return Optional.of(
          problem(
              location + "/id",
              kind.code() + " " + id,
              Rule.DUPLICATE_ID,
              id,
              String.format(
                  "id \"%s\" is already used by the %s at %s; only the first in input order can be kept",
                  id, kind.code(), first)));
    }

    private Problem unknown(String location, String record, String field, String id, RecordKind target) {
      boolean wasRejected = rejectedIds(target).contains(id);
      String message =
          wasRejected
              ? String.format(
                  "%s \"%s\" refers to a %s that was rejected (see its problems)",
                  field, id, target.code())
              : String.format(Locale.ROOT, "%s \"%s\" names no %s of the dataset", field, id, target.code());
      return problem(location, record, Rule.UNKNOWN_REFERENCE, id, message);
    }

    private void reject(Entry<?> e, RecordKind kind, String id, Collection<Problem> problems) {
      rejections.add(
          new Entry<>(
              Rejection.builder()
                  .location(e.location)
                  .kind(kind)
                  .id(id)
                  .addAllProblems(problems)
                  .build(),
              e.location,
              e.sequence));
    }

    private Set<String> rejectedIds(RecordKind kind) {
      return rejectedIds.computeIfAbsent(kind, k -> new HashSet<>());
    }
  }

  private static Problem problem(String location, String record, Rule rule, String value, String message) {
    return Problem.builder()
        .location(location)
        .recordId(record)
        .rule(rule)
        .value(value)
        .message(message)
        .build();
  }

  /** A record with where it was found and its place in the input. */
  private static final class Entry<T> {
    final T value;
    final String location;
    final int sequence;
    final List<String> findingLocations;

    Entry(T value, String location, int sequence) {
      this(value, location, sequence, List.of());
    }

    Entry(T value, String location, int sequence, List<String> findingLocations) {
      this.value = value;
      this.location = location;
      this.sequence = sequence;
      this.findingLocations = findingLocations;
    }
  }
}
