package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Records for the rectification and accountability tests: terse builders of hand-made records, the
 * disjoint copy of a dataset (every identifier prefixed) and the union of two datasets, and a small
 * local generator of valid datasets.
 *
 * <p>The generator is local: it stands in until the shared {@code WalkGenerators} of walk-model's
 * test-jar is available, and it draws the facets these two analyses read (findings and their
 * rectification history, principal leaders, visibility, coverage and complexity) densely.
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

  // ---------------------------------------------------------------- disjoint copies and unions

  /**
   * Returns a copy of {@code d} with every identifier — of units and their parents, members, walks,
   * service points, findings, and every reference to them — prefixed by {@code prefix}, so that the
   * copy shares no identifier with {@code d} or with any other copy made with another prefix.
   */
  static Dataset prefixed(Dataset d, String prefix) {
    List<Unit> units = new ArrayList<>();
    for (Unit u : d.roster().units()) {
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
    for (Member m : d.roster().members()) {
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
    for (Walk w : d.walks()) {
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
        .period(d.period())
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(prefixed(d.findings(), prefix))
        .build();
  }

  private static List<Finding> prefixed(List<Finding> findings, String prefix) {
    List<Finding> out = new ArrayList<>();
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

  /** Returns the union of two disjoint datasets of the same period: rosters, walks and findings concatenated. */
  static Dataset union(Dataset a, Dataset b) {
    List<Unit> units = new ArrayList<>(a.roster().units());
    units.addAll(b.roster().units());
    List<Member> members = new ArrayList<>(a.roster().members());
    members.addAll(b.roster().members());
    return Dataset.builder()
        .period(a.period())
        .roster(Roster.of(units, members))
        .addAllWalks(a.walks())
        .addAllWalks(b.walks())
        .addAllFindings(a.findings())
        .addAllFindings(b.findings())
        .build();
  }

  /** Returns {@code d} with its units, members, walks and findings each in the order of {@code seed}'s shuffle. */
  static Dataset shuffled(Dataset d, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Unit> units = new ArrayList<>(d.roster().units());
    List<Member> members = new ArrayList<>(d.roster().members());
    List<Walk> walks = new ArrayList<>(d.walks());
    List<Finding> findings = new ArrayList<>(d.findings());
    Collections.shuffle(units, random);
    Collections.shuffle(members, random);
    Collections.shuffle(walks, random);
    Collections.shuffle(findings, random);
    List<Walk> reordered = new ArrayList<>();
    for (Walk w : walks) {
      List<Finding> fs = new ArrayList<>(w.findings());
      Collections.shuffle(fs, random);
      reordered.add(w.withFindings(fs));
    }
    return Dataset.builder()
        .period(d.period())
        .roster(Roster.of(units, members))
        .addAllWalks(reordered)
        .addAllFindings(findings)
        .build();
  }

  // ---------------------------------------------------------------- the local generator

  /**
   * Generates valid datasets of the first quarter of 2023: one to four units, up to four members
   * each (principal or not), up to ten walks by roster members with up to two findings each, up to
   * four findings from other channels, and rectifications whose deadlines, dates, measures, effects
   * and callbacks straddle the end of the quarter.
   */
  static Gen<Dataset> datasets() {
    return RectificationFixtures::generate;
  }

  /** Generates a reference date: the period's last day half the time, otherwise any day of the period. */
  static Gen<LocalDate> asOfDates() {
    return in -> in.next(Constraint.between(0, 1)) == 0 ? END : Q1.start().plusDays(in.next(Constraint.between(0, 89)));
  }

  private static final Effect[] EFFECTS = {
    effect("医保办事窗口", "2", "4", "个"),
    effect("法律援助审批时长", "3", "0", "工作日"),
    effect("宣传材料", "0", "500", "份"),
    effect("满意度", "80", "95", "%"),
  };

  private static int draw(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static <T> T pick(RandomnessSource in, T[] values) {
    return values[draw(in, 0, values.length - 1)];
  }

  private static Dataset generate(RandomnessSource in) {
    List<Unit> units = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    int unitCount = draw(in, 1, 4);
    for (int u = 0; u < unitCount; u++) {
      String unitId = "u" + u;
      units.add(draw(in, 0, 1) == 0 ? county(unitId) : department(unitId));
      int memberCount = draw(in, 0, 4);
      for (int m = 0; m < memberCount; m++) {
        members.add(member(unitId + "m" + m, unitId, draw(in, 0, 2) == 0));
      }
    }
    int[] findingNo = {0};
    List<Walk> walks = new ArrayList<>();
    int walkCount = members.isEmpty() ? 0 : draw(in, 0, 10);
    for (int w = 0; w < walkCount; w++) {
      Member leader = members.get(draw(in, 0, members.size() - 1));
      LocalDate date = Q1.start().plusDays(draw(in, 0, 89));
      List<Finding> findings = new ArrayList<>();
      int n = draw(in, 0, 2);
      for (int i = 0; i < n; i++) {
        findings.add(generateFinding(in, "f" + findingNo[0]++, FindingSource.WALK, date, units));
      }
      walks.add(
          walk(
              "w" + w,
              leader.id(),
              leader.unitId(),
              date,
              pick(in, Visibility.values()),
              pick(in, Coverage.values()),
              pick(in, Complexity.values()),
              findings.toArray(new Finding[0])));
    }
    List<Finding> others = new ArrayList<>();
    FindingSource[] channels = {FindingSource.PETITION, FindingSource.HOTLINE_12345, FindingSource.AUDIT};
    int otherCount = draw(in, 0, 4);
    for (int i = 0; i < otherCount; i++) {
      LocalDate on = Q1.start().plusDays(draw(in, 0, 89));
      others.add(generateFinding(in, "f" + findingNo[0]++, pick(in, channels), on, units));
    }
    return dataset(units, members, walks, others);
  }

  private static Finding generateFinding(
      RandomnessSource in, String id, FindingSource source, LocalDate notBefore, List<Unit> units) {
    LocalDate foundOn = notBefore.plusDays(draw(in, 0, 3));
    String unitId = units.get(draw(in, 0, units.size() - 1)).id();
    Optional<Rectification> rectification = Optional.empty();
    if (draw(in, 0, 4) > 0) {
      Rectification.Builder r = rectification(pick(in, RectificationMode.values()));
      if (draw(in, 0, 2) > 0) {
        r.deadline(foundOn.plusDays(draw(in, 0, 40)));
      }
      if (draw(in, 0, 2) == 0) {
        r.owner("责任人");
      }
      if (draw(in, 0, 2) == 0) {
        r.ownerUnitId(units.get(draw(in, 0, units.size() - 1)).id());
      }
      if (draw(in, 0, 1) == 0) {
        r.addMeasures("具体措施");
      }
      int effects = draw(in, 0, 2);
      for (int i = 0; i < effects; i++) {
        r.addEffects(pick(in, EFFECTS));
      }
      if (draw(in, 0, 2) == 0) {
        r.effectNote("已整改到位");
      }
      if (draw(in, 0, 3) > 0) {
        LocalDate rectifiedOn = foundOn.plusDays(draw(in, 0, 40));
        r.rectifiedOn(rectifiedOn);
        if (draw(in, 0, 1) == 0) {
          r.closedOn(rectifiedOn.plusDays(draw(in, 0, 10)));
        }
        if (draw(in, 0, 1) == 0) {
          r.callback(Callback.of(rectifiedOn.plusDays(draw(in, 0, 5)), pick(in, CallbackResult.values())));
        }
      }
      rectification = Optional.of(r.build());
    }
    return finding(id, source, pick(in, FindingCategory.values()), unitId, foundOn, rectification);
  }
}
