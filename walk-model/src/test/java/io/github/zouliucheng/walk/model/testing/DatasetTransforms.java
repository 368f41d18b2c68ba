package io.github.zouliucheng.walk.model.testing;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Transformations of whole datasets for the laws that analytics must obey: the same records in
 * another order ({@link #shuffled}), a copy that shares no identifier with the original ({@link
 * #prefixed}), and two disjoint datasets taken together ({@link #union}).
 *
 * <p>Every method is a deterministic function of its arguments: {@link #shuffled} draws its order
 * from a {@link Random} seeded with the given seed (whose sequence, like the algorithm of {@link
 * Collections#shuffle(List, Random)}, the JDK specifies), so a failing property reproduces from the
 * seed QuickTheories prints. Every result is built through the model's builders and so is a valid
 * dataset, or building it fails with the model's exception.
 */
public final class DatasetTransforms {

  private DatasetTransforms() {}

  /**
   * Returns {@code dataset} with the same records in another order, chosen by {@code seed}: the
   * roster's units, the roster's members, the walks, each walk's findings and the findings from
   * other sources are each permuted (any permutation, the identity included). The period is kept.
   * The result holds exactly the records of {@code dataset}, so it is valid, and a function of the
   * records that does not depend on their order gives the same result for both. Equal seeds give
   * equal results.
   */
  public static Dataset shuffled(Dataset dataset, long seed) {
    Random random = new Random(seed);
    List<Unit> units = new ArrayList<>(dataset.roster().units());
    Collections.shuffle(units, random);
    List<Member> members = new ArrayList<>(dataset.roster().members());
    Collections.shuffle(members, random);
    List<Walk> walks = new ArrayList<>();
    for (Walk w : dataset.walks()) {
      List<Finding> findings = new ArrayList<>(w.findings());
      Collections.shuffle(findings, random);
      walks.add(w.withFindings(findings));
    }
    Collections.shuffle(walks, random);
    List<Finding> findings = new ArrayList<>(dataset.findings());
    Collections.shuffle(findings, random);
    return Dataset.builder()
        .period(dataset.period())
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(findings)
        .build();
  }

  /**
   * Returns a copy of {@code dataset} with {@code prefix} put before every identifier and every
   * reference to one: units and their parents, members and their units, walks with their leaders,
   * units and service points (and a service point's owning unit), findings with their responsible
   * units, and rectifications' owner units. Everything else — the period, names, dates, matters,
   * modes, measures, effects, callbacks, notes and attachments — is kept, and the records keep
   * their order. Copies made with different prefixes, none a prefix of another, share no
   * identifier with each other; a copy made with a non-empty prefix that no identifier of {@code
   * dataset} starts with shares none with {@code dataset}.
   *
   * @throws IllegalStateException if a prefixed identifier is not a valid identifier (the prefix
   *     holds whitespace, or makes an identifier longer than the model allows)
   */
  public static Dataset prefixed(Dataset dataset, String prefix) {
    requireNonNull(prefix, "prefix");
    List<Unit> units = new ArrayList<>();
    for (Unit u : dataset.roster().units()) {
      units.add(
          Unit.builder()
              .id(prefix + u.id())
              .name(u.name())
              .kind(u.kind())
              .region(u.region())
              .parentId(u.parentId().map(p -> prefix + p))
              .build());
    }
    List<Member> members = new ArrayList<>();
    for (Member m : dataset.roster().members()) {
      members.add(
          Member.builder()
              .id(prefix + m.id())
              .name(m.name())
              .title(m.title())
              .unitId(prefix + m.unitId())
              .principal(m.principal())
              .build());
    }
    List<Walk> walks = new ArrayList<>();
    for (Walk w : dataset.walks()) {
      ServicePoint sp = w.servicePoint();
      walks.add(
          Walk.builder()
              .id(prefix + w.id())
              .leaderId(prefix + w.leaderId())
              .unitId(prefix + w.unitId())
              .date(w.date())
              .startTime(w.startTime())
              .endTime(w.endTime())
              .servicePoint(
                  ServicePoint.builder()
                      .id(prefix + sp.id())
                      .name(sp.name())
                      .kind(sp.kind())
                      .ownerUnitId(sp.ownerUnitId().map(u -> prefix + u))
                      .build())
              .addAllMatters(w.matters())
              .role(w.role())
              .approach(w.approach())
              .addAllForms(w.forms())
              .visibility(w.visibility())
              .fourNoTwoStraight(w.fourNoTwoStraight())
              .coverage(w.coverage())
              .addAllFindings(prefixed(w.findings(), prefix))
              .notes(w.notes())
              .addAllAttachments(w.attachments())
              .build());
    }
    return Dataset.builder()
        .period(dataset.period())
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(prefixed(dataset.findings(), prefix))
        .build();
  }

  private static List<Finding> prefixed(List<Finding> findings, String prefix) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(
          Finding.builder()
              .id(prefix + f.id())
              .source(f.source())
              .description(f.description())
              .category(f.category())
              .responsibleUnitId(prefix + f.responsibleUnitId())
              .priority(f.priority())
              .foundOn(f.foundOn())
              .sourceReference(f.sourceReference())
              .rectification(f.rectification().map(r -> prefixed(r, prefix)))
              .build());
    }
    return out;
  }

  private static Rectification prefixed(Rectification r, String prefix) {
    return Rectification.builder()
        .mode(r.mode())
        .deadline(r.deadline())
        .owner(r.owner())
        .ownerUnitId(r.ownerUnitId().map(u -> prefix + u))
        .addAllMeasures(r.measures())
        .addAllEffects(r.effects())
        .effectNote(r.effectNote())
        .startedOn(r.startedOn())
        .rectifiedOn(r.rectifiedOn())
        .closedOn(r.closedOn())
        .callback(r.callback())
        .build();
  }

  /**
   * Returns the period that covers both datasets: their period when it is the same (so that a
   * quarter stays a quarter), otherwise the range from the earlier start to the later end, both
   * included. Every day of either period lies in it.
   */
  public static Period span(Dataset a, Dataset b) {
    if (a.period().equals(b.period())) {
      return a.period();
    }
    LocalDate start = a.period().start().isBefore(b.period().start()) ? a.period().start() : b.period().start();
    LocalDate end = a.period().end().isAfter(b.period().end()) ? a.period().end() : b.period().end();
    return Period.of(start, end);
  }

  /**
   * Returns the two datasets together, over their {@linkplain #span span}: the units of {@code a}
   * then those of {@code b}, likewise the members, the walks and the findings from other sources.
   * Use it on disjoint datasets, for example {@code union(a, prefixed(b, "b-"))}.
   *
   * @throws io.github.zouliucheng.walk.model.InvalidDatasetException if the two share an identifier
   *     of a unit, a member, a walk or a finding
   */
  public static Dataset union(Dataset a, Dataset b) {
    List<Unit> units = new ArrayList<>(a.roster().units());
    units.addAll(b.roster().units());
    List<Member> members = new ArrayList<>(a.roster().members());
    members.addAll(b.roster().members());
    return Dataset.builder()
        .period(span(a, b))
        .roster(Roster.of(units, members))
        .addAllWalks(a.walks())
        .addAllWalks(b.walks())
        .addAllFindings(a.findings())
        .addAllFindings(b.findings())
        .build();
  }
}
