package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand-building helpers for the participation, scorecard, good-practice and whole-analysis
 * examples: units, members, service points, a walk builder whose defaults are the plainest walk
 * there is (announced, openly as a leader, experienced, on site, part of the process, one simple
 * matter that crosses nothing, no finding), and findings with or without a rectification.
 */
final class AnalysisFixtures {
  static final Period Q1 = Period.ofQuarter(2023, 1);

  private AnalysisFixtures() {}

  /** Returns the day {@code month}/{@code day} of 2023. */
  static LocalDate day(int month, int day) {
    return LocalDate.of(2023, month, day);
  }

  static Unit county(String id) {
    return Unit.of(id, id + "县", UnitKind.COUNTY);
  }

  static Unit department(String id) {
    return Unit.of(id, "市" + id + "局", UnitKind.DEPARTMENT);
  }

  static Member member(String id, String unitId, boolean principal) {
    return Member.builder()
        .id(id)
        .name("成员" + id)
        .title(principal ? "主要负责同志" : "班子成员")
        .unitId(unitId)
        .principal(principal)
        .build();
  }

  static ServicePoint point(String id, ServicePointKind kind) {
    return ServicePoint.builder().id(id).name("服务点" + id).kind(kind).build();
  }

  static Dataset dataset(List<Unit> units, List<Member> members, List<Walk> walks, List<Finding> other) {
    return dataset(Q1, units, members, walks, other);
  }

  static Dataset dataset(Period period, List<Unit> units, List<Member> members, List<Walk> walks, List<Finding> other) {
    return Dataset.builder()
        .period(period)
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(other)
        .build();
  }

  static Index index(Dataset dataset) {
    return new Index(dataset, Policy.defaults(), dataset.period().end());
  }

  static Index index(Dataset dataset, LocalDate asOf) {
    return new Index(dataset, Policy.defaults(), asOf);
  }

  // ------------------------------------------------------------------------------- findings

  /** Returns a finding of a walk, found on {@code on}, charged to {@code unitId}, with no rectification. */
  static Finding problem(String id, FindingCategory category, String description, String unitId, LocalDate on) {
    return finding(id, FindingSource.WALK, category, description, unitId, on, Optional.empty());
  }

  /** Returns a finding of a walk, found on {@code on}, charged to {@code unitId}, with {@code rectification}. */
  static Finding problem(
      String id, FindingCategory category, String description, String unitId, LocalDate on, Rectification rectification) {
    return finding(id, FindingSource.WALK, category, description, unitId, on, Optional.of(rectification));
  }

  static Finding finding(
      String id,
      FindingSource source,
      FindingCategory category,
      String description,
      String unitId,
      LocalDate on,
      Optional<Rectification> rectification) {
    return Finding.builder()
        .id(id)
        .source(source)
        .description(description)
        .category(category)
        .responsibleUnitId(unitId)
        .foundOn(on)
        .rectification(rectification)
        .build();
  }

  /**
   * Returns a rectification that draws no flag of its own: fixed at once with a measure and an
   * effect note, rectified on {@code rectifiedOn}.
   */
  static Rectification fixed(LocalDate rectifiedOn) {
    return fixedBuilder(rectifiedOn).build();
  }

  /** Returns the builder of {@link #fixed(LocalDate)}, to add to. */
  static Rectification.Builder fixedBuilder(LocalDate rectifiedOn) {
    return Rectification.builder()
        .mode(RectificationMode.IMMEDIATE)
        .addMeasures("具体措施")
        .effectNote("已整改到位")
        .rectifiedOn(rectifiedOn);
  }

  static Effect effect(String indicator, String before, String after, String unit) {
    return Effect.of(indicator, new BigDecimal(before), new BigDecimal(after), unit);
  }

  static Callback callback(LocalDate on, CallbackResult result) {
    return Callback.of(on, result);
  }

  // ---------------------------------------------------------------------------------- walks

  static WalkSpec walk(String id, String leaderId, String unitId, LocalDate date) {
    return new WalkSpec(id, leaderId, unitId, date);
  }

  /** A walk under construction; every facet has the plainest default, as the class says. */
  static final class WalkSpec {
    private final String id;
    private final String leaderId;
    private final String unitId;
    private LocalDate date;
    private ServicePoint point = AnalysisFixtures.point("P-hall", ServicePointKind.SERVICE_HALL);
    private Set<WalkForm> forms = EnumSet.of(WalkForm.ON_SITE);
    private Role role = Role.LEADER;
    private Approach approach = Approach.EXPERIENCED;
    private Visibility visibility = Visibility.ANNOUNCED;
    private boolean fourNoTwoStraight;
    private Coverage coverage = Coverage.PART;
    private List<Matter> matters = List.of(Matter.of("简单事项", Complexity.SIMPLE));
    private final List<Finding> findings = new ArrayList<>();

    private WalkSpec(String id, String leaderId, String unitId, LocalDate date) {
      this.id = id;
      this.leaderId = leaderId;
      this.unitId = unitId;
      this.date = date;
    }

    WalkSpec date(LocalDate value) {
      date = value;
      return this;
    }

    WalkSpec at(ServicePoint value) {
      point = value;
      return this;
    }

    WalkSpec forms(WalkForm first, WalkForm... rest) {
      forms = EnumSet.of(first, rest);
      return this;
    }

    WalkSpec role(Role value) {
      role = value;
      return this;
    }

    WalkSpec approach(Approach value) {
      approach = value;
      return this;
    }

    WalkSpec unannounced() {
      visibility = Visibility.UNANNOUNCED;
      return this;
    }

    /** Makes the walk 四不两直, and so unannounced. */
    WalkSpec fourNoTwoStraight() {
      visibility = Visibility.UNANNOUNCED;
      fourNoTwoStraight = true;
      return this;
    }

    WalkSpec whole() {
      coverage = Coverage.WHOLE;
      return this;
    }

    /** Replaces the matters with one simple matter named {@code name}. */
    WalkSpec matter(String name) {
      matters = List.of(Matter.of(name, Complexity.SIMPLE));
      return this;
    }

    /** Replaces the simple matter with one complex matter that crosses {@code crossings}. */
    WalkSpec complex(Crossing... crossings) {
      matters = List.of(Matter.builder().name("复杂事项").complexity(Complexity.COMPLEX).addCrossings(crossings).build());
      return this;
    }

    /** Replaces the matters with one simple matter that crosses {@code crossings}. */
    WalkSpec simpleCrossing(Crossing... crossings) {
      matters = List.of(Matter.builder().name("简单事项").complexity(Complexity.SIMPLE).addCrossings(crossings).build());
      return this;
    }

    WalkSpec matters(Matter... values) {
      matters = List.of(values);
      return this;
    }

    WalkSpec finding(Finding... values) {
      findings.addAll(List.of(values));
      return this;
    }

    /** Adds a finding found on the walk's day, charged to the walk's unit. */
    WalkSpec finding(String findingId, FindingCategory category, String description) {
      findings.add(
          Finding.builder()
              .id(findingId)
              .source(FindingSource.WALK)
              .description(description)
              .category(category)
              .responsibleUnitId(unitId)
              .foundOn(date)
              .build());
      return this;
    }

    Walk build() {
      return Walk.builder()
          .id(id)
          .leaderId(leaderId)
          .unitId(unitId)
          .date(date)
          .servicePoint(point)
          .addAllMatters(matters)
          .role(role)
          .approach(approach)
          .addAllForms(forms)
          .visibility(visibility)
          .fourNoTwoStraight(fourNoTwoStraight)
          .coverage(coverage)
          .addAllFindings(findings)
          .build();
    }
  }

  // ---------------------------------------------------------------------------------- flags

  /** Returns the subjects of the flags of {@code judgment} among {@code flags}, in order. */
  static List<String> subjects(List<Flag> flags, Judgment judgment) {
    return flags.stream().filter(f -> f.judgment() == judgment).map(Flag::subject).collect(Collectors.toList());
  }

  /** Returns the flags of {@code judgment} among {@code flags}, in order. */
  static List<Flag> only(List<Flag> flags, Judgment judgment) {
    return flags.stream().filter(f -> f.judgment() == judgment).collect(Collectors.toList());
  }

  /** The per-unit mode and depth judgments, whose count is the unit's walks. */
  static final Set<Judgment> UNIT_MODE_AND_DEPTH =
      EnumSet.of(
          Judgment.ONLY_SIMPLE_MATTERS,
          Judgment.NO_ONLINE_WALK,
          Judgment.NO_UNANNOUNCED_WALK,
          Judgment.NO_ORDINARY_ROLE_WALK,
          Judgment.NO_WHOLE_PROCESS_WALK,
          Judgment.NO_GRASSROOTS_OR_CROSSING_WALK);

  /** Returns a flag as the analysis builds it. */
  static Flag flag(
      Judgment judgment,
      String subject,
      Optional<String> detail,
      List<String> walks,
      List<String> findings,
      List<String> members,
      List<String> units) {
    Flag.Builder b = owned(Flag.of(judgment, subject), judgment, detail, members, units);
    if (UNIT_MODE_AND_DEPTH.contains(judgment)) {
      b.count(walks.size()); // the unit's walks, all in the evidence
    }
    return b
        .walkIds(ImmutableSortedSet.copyOf(walks))
        .findingIds(ImmutableSortedSet.copyOf(findings))
        .memberIds(ImmutableSortedSet.copyOf(members))
        .unitIds(ImmutableSortedSet.copyOf(units))
        .build();
  }

  /**
   * Sets the owners and facts of a flag as the analysis does when the evidence units are the
   * owners, from a shorthand written for tests: {@code "2023-02-14/2023-02-15"} for the days of a
   * cluster, {@code "2023-02-14"} for the day of a same-point group or an overdue deadline, the
   * words that fired for a trivial finding or the indicators of a mismatched effect (joined by 、).
   * The members are named as owners where the judgment names people.
   */
  static Flag.Builder owned(
      Flag.Builder flag, Judgment judgment, Optional<String> shorthand, List<String> members, List<String> units) {
    flag.ownerUnitIds(ImmutableSortedSet.copyOf(units));
    switch (judgment) {
      case EMPTY_WALK, ALL_WALKS_EMPTY, DID_NOT_WALK, ALL_WALKS_SHALLOW, PRINCIPAL_DID_NOT_WALK,
          TRIVIAL_CATEGORY, TRIVIAL_PHRASE, TRIVIAL_WORDING -> flag.ownerMemberIds(ImmutableSortedSet.copyOf(members));
      default -> {}
    }
    if (judgment == Judgment.PRINCIPAL_DID_NOT_WALK) {
      flag.count(members.size()); // the principals on the roster, all in the evidence
    }
    if (shorthand.isEmpty()) {
      return flag;
    }
    String s = shorthand.get();
    switch (judgment) {
      case SAME_UNIT_CLUSTER, SAME_POINT_SAME_DAY, OVERDUE -> {
        String[] days = s.split("/", -1);
        flag.firstDay(LocalDate.parse(days[0])).lastDay(LocalDate.parse(days[days.length - 1]));
      }
      case EFFECT_MISMATCH -> flag.addWords(s.split("、", -1));
      default -> flag.addWords(s);
    }
    return flag;
  }
}
