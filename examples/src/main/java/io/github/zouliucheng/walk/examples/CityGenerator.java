package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.examples.CityCatalog.County;
import io.github.zouliucheng.walk.examples.CityCatalog.Department;
import io.github.zouliucheng.walk.examples.CityCatalog.Intent;
import io.github.zouliucheng.walk.examples.CityCatalog.PointSpec;
import io.github.zouliucheng.walk.examples.FindingTemplates.Template;
import io.github.zouliucheng.walk.examples.FindingTemplates.Text;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates one copy of the sample city (10 counties, 40 departments) for one quarter of 2023 from
 * a seeded source: the algorithm behind {@link SampleCity}. Every decision is drawn from the seeded
 * source in a fixed order, over lists in a fixed order; hash maps are only looked up, never
 * iterated, so the result depends on nothing but the seed, the copy number and the quarter.
 *
 * <p>The plan: most units are decent. A fixed number of <em>weak</em> units (in quarter 1, 2
 * counties and 8 departments; fewer later, see {@link Design}) carry every designed problem;
 * outside them the only faults are a few empty walks drawn at random. See {@link SampleCity} for
 * the list. Walks fall on the quarter's working days, from {@link WorkCalendar2023}.
 */
final class CityGenerator {
  /**
   * What the weak units of a quarter get wrong, and how often a sound walk finds nothing: the knob
   * that makes later quarters better. Quarter 1 is the design of the bundled sample. Each later
   * quarter has fewer weak units and fewer of each designed problem, yet at least one of every
   * problem that a {@link io.github.zouliucheng.walk.analytics.Judgment} flags (quarter 4 keeps
   * the county's principals as the only leaders who did not walk). Fixed in every quarter: one
   * weak department where nobody walked, one weak county whose principals did not walk, one weak
   * county with no online walk (the same county when a quarter has one weak county), and one weak
   * department whose two leaders walk one point on one day.
   *
   * @param weakCounties weak counties, at least 1
   * @param weakDepartments weak departments, at least 3
   * @param idleDeputies deputies of weak units who did not walk
   * @param emptyDeputies deputies whose walks were all empty (空走)
   * @param shallowDeputies deputies whose walks were all shallow
   * @param clusteredDepartments weak departments with walks of two leaders on one day or a day apart
   *     (every weak county has two such pairs)
   * @param noOnlineDepartments weak departments with no online walk
   * @param trivialUnits weak departments with a walk that recorded only trivial problems; in a
   *     strict design, weak counties make up the number when too few weak departments walked a hall
   *     of their own
   * @param withoutMeasures problems rectified without measures, with "已整改" as the effect
   * @param withoutAnything problems rectified without measures or any effect
   * @param withoutEffect problems rectified with measures but no effect
   * @param mismatched problems rectified with effects that do not match the problem
   * @param overdueOpen problems still open past their deadline
   * @param overdueLate problems rectified after their deadline
   * @param withoutDeadline problems scheduled without a deadline
   * @param withoutOwner problems scheduled without an owner
   * @param emptyPercent the chance, in percent, that a walk outside the designed problems finds nothing
   * @param strict whether the designed problems are made sure: a deputy designed to walk empty or
   *     shallow is in a unit with a point of simple matters and walks such a point before other
   *     walks can take it, a walk of trivial problems records at least one of a trivial category,
   *     and weak counties make up the walks of trivial problems; false in quarter 1 only, which
   *     keeps the draws the bundled sample was made with
   */
  record Design(
      int weakCounties,
      int weakDepartments,
      int idleDeputies,
      int emptyDeputies,
      int shallowDeputies,
      int clusteredDepartments,
      int noOnlineDepartments,
      int trivialUnits,
      int withoutMeasures,
      int withoutAnything,
      int withoutEffect,
      int mismatched,
      int overdueOpen,
      int overdueLate,
      int withoutDeadline,
      int withoutOwner,
      int emptyPercent,
      boolean strict) {

    /** The design of each quarter, quarter 1 first. */
    static final List<Design> QUARTERS =
        List.of(
            new Design(2, 8, 3, 2, 3, 3, 3, 3, 2, 1, 2, 3, 2, 2, 3, 3, 8, false),
            new Design(2, 6, 2, 1, 2, 2, 2, 2, 1, 1, 1, 2, 1, 2, 2, 2, 5, true),
            new Design(1, 6, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 4, true),
            new Design(1, 5, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 3, true));

    /** Returns the design of quarter {@code quarter}, 1 to 4. */
    static Design of(int quarter) {
      return QUARTERS.get(quarter - 1);
    }

    /** The weak units. */
    int weakUnits() {
      return weakCounties + weakDepartments;
    }
  }

  /**
   * Creates the records of copy {@code copy} for quarter {@code quarter} of 2023; copy 0 has
   * unprefixed identifiers and no region. The roster is drawn first, so it is the same in every
   * quarter; what follows is drawn from the source itself in quarter 1 and, in a later quarter
   * {@code q}, from the source's {@code (q - 1)}th split, so that the weak units and the walks
   * differ from quarter to quarter.
   */
  static Copy generate(SplittableRandom random, int copy, boolean regions, int quarter) {
    CityGenerator g = new CityGenerator(random, copy, regions, quarter);
    g.roster();
    SplittableRandom source = g.random;
    for (int q = 2; q <= quarter; q++) {
      g.random = source.split();
    }
    g.designate();
    g.plan();
    g.schedule();
    g.onlineForAll();
    g.placeAndDescribe();
    g.injectFaults();
    g.otherSources();
    return g.build();
  }

  /** The records of one copy, in output order. */
  record Copy(List<Unit> units, List<Member> members, List<Walk> walks, List<Finding> findings) {}

  // ------------------------------------------------------------------------------------------
  // drafts: mutable while the plan is made, turned into model values at the end

  private static final class PointRef {
    final String id;
    final String name;
    final ServicePointKind kind;
    final String owner; // null: no owner recorded (an enterprise)
    final List<Matter> matters;
    final boolean sharedPlatform;
    ServicePoint built;

    PointRef(String id, String name, ServicePointKind kind, String owner, List<Matter> matters, boolean shared) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.owner = owner;
      this.matters = matters;
      this.sharedPlatform = shared;
    }

    ServicePoint point() {
      if (built == null) {
        ServicePoint.Builder b = ServicePoint.builder().id(id).name(name).kind(kind);
        if (owner != null) {
          b.ownerUnitId(owner);
        }
        built = b.build();
      }
      return built;
    }
  }

  private static final class UnitDraft {
    final String id;
    final String name;
    final UnitKind kind;
    final int index;
    final List<MemberDraft> members = new ArrayList<>();
    final List<PointRef> own = new ArrayList<>();
    final List<PointRef> grassroots = new ArrayList<>();
    final List<PointRef> online = new ArrayList<>();
    final Map<String, PointRef> byKey = new HashMap<>();
    final List<WalkDraft> walks = new ArrayList<>();
    String countyPoint; // departments: the county point key their leaders go down to
    boolean weak;
    boolean clustered;
    boolean samePoint;
    boolean noOnline;
    boolean narrow; // walks only on site, announced, openly as a leader, part of the process
    boolean simple; // walks simple matters only
    boolean inward; // walks only its own points, matters inside one office, never to the grassroots

    UnitDraft(String id, String name, UnitKind kind, int index) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.index = index;
    }

    boolean county() {
      return kind == UnitKind.COUNTY;
    }
  }

  private static final class MemberDraft {
    final String id;
    final String name;
    final String title;
    final boolean principal;
    final UnitDraft unit;
    int walks;
    boolean idle;
    boolean allEmpty;
    boolean allShallow;
    final List<WalkDraft> own = new ArrayList<>();

    MemberDraft(String id, String name, String title, boolean principal, UnitDraft unit) {
      this.id = id;
      this.name = name;
      this.title = title;
      this.principal = principal;
      this.unit = unit;
    }

    boolean designated() {
      return idle || allEmpty || allShallow;
    }
  }

  private static final class WalkDraft {
    final MemberDraft leader;
    final UnitDraft unit;
    Intent intent;
    LocalDate date;
    PointRef point;
    boolean pinned; // point and date fixed by a designed problem
    Matter pinnedMatter;
    List<Matter> matters;
    Role role;
    Approach approach;
    final EnumSet<WalkForm> forms = EnumSet.noneOf(WalkForm.class);
    Visibility visibility;
    boolean fourNoTwoStraight;
    Coverage coverage;
    final List<FindingDraft> findings = new ArrayList<>();
    LocalTime start;
    LocalTime end;
    boolean attachment;
    boolean trivialOnly;
    String id;

    WalkDraft(MemberDraft leader) {
      this.leader = leader;
      this.unit = leader.unit;
    }

    boolean shallow() {
      if (visibility != Visibility.ANNOUNCED || coverage != Coverage.PART) {
        return false;
      }
      for (Matter m : matters) {
        if (m.complexity() != Complexity.SIMPLE) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class FindingDraft {
    final FindingSource source;
    final FindingCategory category;
    final String description;
    final String responsible;
    final LocalDate foundOn;
    Priority priority;
    String reference;
    String id;
    boolean designed; // a designed fault or a trivial finding: not chosen again
    // the rectification
    RectificationMode mode;
    LocalDate deadline;
    String owner;
    String ownerUnit;
    List<String> measures;
    List<Effect> effects;
    String effectNote;
    LocalDate startedOn;
    LocalDate rectifiedOn;
    LocalDate closedOn;
    Callback callback;

    FindingDraft(FindingSource source, Text text, String responsible, LocalDate foundOn) {
      this.source = source;
      this.category = text.category;
      this.description = text.description;
      this.responsible = responsible;
      this.foundOn = foundOn;
      this.measures = new ArrayList<>(text.measures);
      this.effects = new ArrayList<>(text.effects);
      this.effectNote = text.effectNote;
      this.text = text;
    }

    /** The worded problem, whose effects a rectification achieves once done. */
    final Text text;

    boolean solved() {
      return rectifiedOn != null;
    }

    /** Leaves the rectification in progress: started, nothing achieved yet. */
    void inProgress() {
      rectifiedOn = null;
      closedOn = null;
      callback = null;
      effects = new ArrayList<>();
      effectNote = null;
    }

    Finding build() {
      Rectification.Builder r = Rectification.builder().mode(mode).addAllMeasures(measures).addAllEffects(effects);
      if (deadline != null) {
        r.deadline(deadline);
      }
      if (owner != null) {
        r.owner(owner);
      }
      if (ownerUnit != null) {
        r.ownerUnitId(ownerUnit);
      }
      if (effectNote != null) {
        r.effectNote(effectNote);
      }
      if (startedOn != null) {
        r.startedOn(startedOn);
      }
      if (rectifiedOn != null) {
        r.rectifiedOn(rectifiedOn);
      }
      if (closedOn != null) {
        r.closedOn(closedOn);
      }
      if (callback != null) {
        r.callback(callback);
      }
      Finding.Builder f =
          Finding.builder()
              .id(id)
              .source(source)
              .description(description)
              .category(category)
              .responsibleUnitId(responsible)
              .foundOn(foundOn)
              .rectification(r.build());
      if (priority != null) {
        f.priority(priority);
      }
      if (reference != null) {
        f.sourceReference(reference);
      }
      return f.build();
    }
  }

  // ------------------------------------------------------------------------------------------

  private SplittableRandom random;
  private final int quarter;
  private final Design design;
  private final LocalDate last;
  /** The working days of the quarter, in date order. */
  private final List<LocalDate> workdays;
  /** What walk and finding identifiers carry of the quarter: nothing in quarter 1, "q2-" in quarter 2. */
  private final String quarterMark;
  private final String prefix;
  private final String region;
  private final List<UnitDraft> units = new ArrayList<>();
  private final List<UnitDraft> counties = new ArrayList<>();
  private final List<UnitDraft> departments = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final List<WalkDraft> walks = new ArrayList<>();
  private final List<FindingDraft> other = new ArrayList<>();
  private final Map<String, PointRef> cityShared = new HashMap<>();
  /** Which leader walked a point on a day: "pointId@date" to leader id. */
  private final Map<String, String> occupied = new HashMap<>();

  private CityGenerator(SplittableRandom random, int copy, boolean regions, int quarter) {
    this.random = random;
    this.quarter = quarter;
    this.design = Design.of(quarter);
    this.last = WorkCalendar2023.last(quarter);
    this.workdays = WorkCalendar2023.workdays(quarter);
    this.quarterMark = quarter == 1 ? "" : "q" + quarter + "-";
    this.prefix = copy == 0 ? "" : "c" + copy + "-";
    this.region = regions ? String.format(java.util.Locale.ROOT, "第%d片区", copy + 1) : null;
  }

  // ------------------------------------------------------------------------------------------
  // 1. the roster and the service points

  private void roster() {
    String bizenv = prefix + "city-" + CityCatalog.BIZENV;
    for (String key : List.of(CityCatalog.CITY_ONLINE, CityCatalog.CITY_APP)) {
      cityShared.put(
          key,
          new PointRef(prefix + "city-" + key, CityCatalog.sharedName(key), ServicePointKind.ONLINE_PLATFORM, bizenv, List.of(), true));
    }
    for (County c : CityCatalog.COUNTIES) {
      UnitDraft u = new UnitDraft(prefix + c.slug(), c.name(), UnitKind.COUNTY, units.size());
      units.add(u);
      counties.add(u);
      for (PointSpec p : CityCatalog.COUNTY_POINTS) {
        addPoint(u, u.own, p, countyName(p.name(), c), p.kind() == ServicePointKind.ENTERPRISE ? null : u.id);
      }
      for (PointSpec p : CityCatalog.COUNTY_GRASSROOTS) {
        addPoint(u, u.grassroots, p, countyName(p.name(), c), u.id);
      }
      PointSpec online = CityCatalog.COUNTY_ONLINE;
      addPoint(u, u.online, online, countyName(online.name(), c), u.id);
      // counties also walk the city's app with their own matters
      u.online.add(shared(CityCatalog.CITY_APP, online.matters()));
      CityCatalog.CountyKind k = c.kind();
      member(u, k.secretary(), true);
      member(u, k.head(), true);
      member(u, k.deputySecretary(), false);
      member(u, k.executive(), false);
      for (int i = 0; i < 3; i++) {
        member(u, k.deputy(), false);
      }
    }
    for (Department d : CityCatalog.DEPARTMENTS) {
      UnitDraft u = new UnitDraft(prefix + "city-" + d.slug(), d.name(), UnitKind.DEPARTMENT, units.size());
      units.add(u);
      departments.add(u);
      u.countyPoint = d.countyPoint();
      for (PointSpec p : d.points()) {
        boolean ownerless = p.kind() == ServicePointKind.ENTERPRISE && !"coop".equals(d.slug());
        addPoint(u, u.own, p, p.name(), ownerless ? null : u.id);
      }
      PointSpec online = d.online();
      if (cityShared.containsKey(online.key())) {
        u.online.add(shared(online.key(), online.matters()));
      } else {
        addPoint(u, u.online, online, online.name(), u.id);
      }
      member(u, d.principalTitle(), true);
      int draw = random.nextInt(100);
      int deputies = draw < 20 ? 3 : draw < 25 ? 4 : 2;
      for (int i = 0; i < deputies; i++) {
        member(u, d.deputyTitle(), false);
      }
    }
  }

  private static String countyName(String template, County c) {
    return template
        .replace("{N}", c.name())
        .replace("{T}", c.town())
        .replace("{C}", c.community())
        .replace("{E}", c.enterprise());
  }

  private void addPoint(UnitDraft u, List<PointRef> list, PointSpec p, String name, String owner) {
    PointRef ref = new PointRef(u.id + "-" + p.key(), name, p.kind(), owner, p.matters(), false);
    list.add(ref);
    u.byKey.put(p.key(), ref);
  }

  /** A view of a city-wide platform with the matters one unit walks there. */
  private PointRef shared(String key, List<Matter> matters) {
    PointRef base = cityShared.get(key);
    PointRef view = new PointRef(base.id, base.name, base.kind, base.owner, matters, true);
    view.built = base.point();
    return view;
  }

  private void member(UnitDraft u, String title, boolean principal) {
    String id = u.id + String.format(java.util.Locale.ROOT, "-%02d", u.members.size() + 1);
    MemberDraft m = new MemberDraft(id, personName(), title, principal, u);
    u.members.add(m);
  }

  /** Returns an invented name not yet used in this copy. */
  private String personName() {
    while (true) {
      String n = staffName();
      if (names.add(n)) {
        return n;
      }
    }
  }

  /** Returns an invented name (for rectification owners, who need not be unique). */
  private String staffName() {
    String surnames = CityCatalog.SURNAMES;
    String given = CityCatalog.GIVEN;
    StringBuilder b = new StringBuilder();
    b.append(surnames.charAt(random.nextInt(surnames.length())));
    b.append(given.charAt(random.nextInt(given.length())));
    if (random.nextInt(10) < 7) {
      b.append(given.charAt(random.nextInt(given.length())));
    }
    return b.toString();
  }

  // ------------------------------------------------------------------------------------------
  // 2. the weak units and the designed problems

  private void designate() {
    List<UnitDraft> weakCounties = pick(counties, design.weakCounties());
    List<UnitDraft> weakDepartments = pick(departments, design.weakDepartments());
    List<UnitDraft> weak = new ArrayList<>(weakCounties);
    weak.addAll(weakDepartments);
    weak.forEach(u -> u.weak = true);

    // one small department where nobody walked; one county whose principals did not walk
    UnitDraft smallest = weakDepartments.get(0);
    for (UnitDraft u : weakDepartments) {
      if (u.members.size() < smallest.members.size()) {
        smallest = u;
      }
    }
    smallest.members.forEach(m -> m.idle = true);
    UnitDraft idleCounty = weakCounties.get(0);
    idleCounty.members.stream().filter(m -> m.principal).forEach(m -> m.idle = true);

    List<UnitDraft> walking = new ArrayList<>(weak);
    walking.remove(smallest);
    List<UnitDraft> weakWalkingDepartments = walking.subList(weakCounties.size(), walking.size());
    // clustered dates: every weak county and some departments; the same point on one day: a
    // department with a point where two matters can be walked
    List<UnitDraft> shuffled = shuffle(weakWalkingDepartments);
    weakCounties.forEach(u -> u.clustered = true);
    UnitDraft samePoint = shuffled.stream().filter(CityGenerator::hasSharedPoint).findFirst().orElse(null);
    if (samePoint == null) {
      // no weak department has such a point: a decent one that has takes the place of one
      UnitDraft out = shuffled.get(0);
      samePoint = shuffle(departments).stream().filter(u -> !u.weak && hasSharedPoint(u)).findFirst().orElseThrow();
      out.weak = false;
      samePoint.weak = true;
      walking.set(walking.indexOf(out), samePoint);
      shuffled.set(0, samePoint);
    }
    samePoint.samePoint = true;
    int clustered = 0;
    for (UnitDraft u : shuffled) {
      if (u != samePoint && clustered < design.clusteredDepartments()) {
        u.clustered = true;
        clustered++;
      }
    }
    // no online walk: one county (the last weak one) and some departments
    weakCounties.get(weakCounties.size() - 1).noOnline = true;
    for (UnitDraft u : shuffle(weakWalkingDepartments).subList(0, design.noOnlineDepartments())) {
      u.noOnline = true;
    }
    // narrow modes: one of the departments with no online walk, and not the one whose leaders
    // share a point, walks only on site, announced, openly as a leader and part of the process
    weakWalkingDepartments.stream()
        .filter(u -> !u.samePoint && !u.clustered)
        .min(Comparator.comparing((UnitDraft u) -> !hasComplex(u)).thenComparing(u -> !u.noOnline))
        .ifPresent(u -> u.narrow = true);
    // inward and simple: another walks only its own points and only simple matters inside one
    // office, never down to the grassroots nor across to another unit (走简单事项多, 没有突破限制)
    weakWalkingDepartments.stream()
        .filter(u -> !u.samePoint && !u.narrow)
        .filter(u -> u.own.stream().anyMatch(p -> insideFor(u, p)))
        .min(Comparator.comparing((UnitDraft u) -> u.clustered).thenComparing(u -> !onlineInside(u)))
        .ifPresent(u -> {
          u.inward = true;
          u.simple = true;
        });
    // deputies of weak units who did not walk, whose walks were all empty, all shallow: at most
    // one in a unit, none in the unit whose leaders share a point
    List<MemberDraft> deputies = new ArrayList<>();
    for (UnitDraft u : shuffle(walking)) {
      if (u == samePoint) {
        continue;
      }
      List<MemberDraft> own = u.members.stream().filter(m -> !m.principal && !m.idle).toList();
      deputies.add(own.get(random.nextInt(own.size())));
    }
    if (design.strict()) {
      deputies = strictDeputies(deputies, walking, samePoint);
    }
    int k = 0;
    for (int i = 0; i < design.idleDeputies(); i++) {
      deputies.get(k++).idle = true;
    }
    for (int i = 0; i < design.emptyDeputies(); i++) {
      deputies.get(k++).allEmpty = true;
    }
    for (int i = 0; i < design.shallowDeputies(); i++) {
      deputies.get(k++).allShallow = true;
    }
  }

  /** Checks if {@code p} keeps an inward unit {@code u} inside: its own point, with a simple matter inside one office. */
  private static boolean insideFor(UnitDraft u, PointRef p) {
    return (p.owner == null || u.id.equals(p.owner)) && p.matters.stream().anyMatch(CityGenerator::simpleInside);
  }

  /** Checks if {@code u} walks online nowhere but on a point of its own with a simple matter inside one office. */
  private static boolean onlineInside(UnitDraft u) {
    return u.noOnline
        || u.online.stream().anyMatch(p -> u.id.equals(p.owner) && p.matters.stream().anyMatch(CityGenerator::simpleInside));
  }

  /** Checks if {@code m} is a simple matter that crosses no boundary. */
  private static boolean simpleInside(Matter m) {
    return m.complexity() == Complexity.SIMPLE && m.crossings().isEmpty();
  }

  /** Checks if one of {@code u}'s own points offers a complex matter: a narrow unit walks it, so as not to look shallow. */
  private static boolean hasComplex(UnitDraft u) {
    return u.own.stream().anyMatch(p -> p.matters.stream().anyMatch(m -> m.complexity() == Complexity.COMPLEX));
  }

  /** Checks if two leaders of {@code u} can walk one of its points on one day with different matters. */
  private static boolean hasSharedPoint(UnitDraft u) {
    return u.own.stream().anyMatch(p -> p.matters.size() >= 2);
  }

  /** Checks if {@code u} has a point of its own with a simple matter, where a walk can be shallow. */
  private static boolean hasSimplePoint(UnitDraft u) {
    return u.own.stream().anyMatch(p -> p.matters.stream().anyMatch(m -> m.complexity() == Complexity.SIMPLE));
  }

  /**
   * Orders the drawn {@code deputies}, one per unit, for the designed roles (idle first, then
   * empty, then shallow) so that the ones to walk empty or shallow are in units with a {@linkplain
   * #hasSimplePoint simple point}, and the idle ones are preferably in units without. When too few
   * drawn deputies are in such units, another deputy of such a unit (a weak county always is one)
   * is drawn, so that a unit may then have two.
   */
  private List<MemberDraft> strictDeputies(List<MemberDraft> deputies, List<UnitDraft> walking, UnitDraft samePoint) {
    List<MemberDraft> able = new ArrayList<>();
    List<MemberDraft> others = new ArrayList<>();
    for (MemberDraft m : deputies) {
      (hasSimplePoint(m.unit) ? able : others).add(m);
    }
    int need = design.emptyDeputies() + design.shallowDeputies();
    for (UnitDraft u : walking) {
      if (able.size() >= need) {
        break;
      }
      if (u != samePoint && hasSimplePoint(u)) {
        List<MemberDraft> own = u.members.stream().filter(m -> !m.principal && !m.idle && !able.contains(m)).toList();
        able.add(own.get(random.nextInt(own.size())));
      }
    }
    if (able.size() < need) {
      throw new IllegalStateException("too few deputies of weak units to walk empty or shallow: " + able.size());
    }
    List<MemberDraft> rest = new ArrayList<>(others);
    rest.addAll(able.subList(need, able.size()));
    int idle = design.idleDeputies();
    if (rest.size() < idle) {
      throw new IllegalStateException("too few deputies of weak units not to walk: " + rest.size());
    }
    List<MemberDraft> ordered = new ArrayList<>(rest.subList(0, idle));
    ordered.addAll(able.subList(0, need));
    ordered.addAll(rest.subList(idle, rest.size()));
    return ordered;
  }

  private <T> List<T> pick(List<T> from, int n) {
    return new ArrayList<>(shuffle(from).subList(0, n));
  }

  private <T> List<T> shuffle(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  // ------------------------------------------------------------------------------------------
  // 3. how often each member walks, and why

  private void plan() {
    for (UnitDraft u : units) {
      for (MemberDraft m : u.members) {
        if (m.idle) {
          m.walks = 0;
        } else if (m.allEmpty) {
          m.walks = 2;
        } else if (m.allShallow) {
          m.walks = 2 + random.nextInt(2);
        } else {
          int d = random.nextInt(100);
          m.walks = d < 25 ? 2 : d < 70 ? 3 : d < 95 ? 4 : 5;
          if (u.county()) {
            m.walks = Math.min(m.walks, 4);
          }
        }
        for (int i = 0; i < m.walks; i++) {
          WalkDraft w = new WalkDraft(m);
          w.intent = m.allShallow || m.allEmpty ? Intent.OWN : intent(u);
          m.own.add(w);
          u.walks.add(w);
        }
      }
      if (u.noOnline) {
        u.walks.stream().filter(w -> w.intent == Intent.ONLINE).forEach(w -> w.intent = Intent.OWN);
      }
      if (u.narrow || u.inward) {
        u.walks.forEach(w -> w.intent = Intent.OWN);
      }
    }
  }

  /** Gives every unit that walked and is not designed to lack one an online walk. */
  private void onlineForAll() {
    for (UnitDraft u : units) {
      if (!u.noOnline && !u.walks.isEmpty() && u.walks.stream().noneMatch(w -> w.intent == Intent.ONLINE)) {
        List<WalkDraft> able = u.walks.stream().filter(w -> !w.leader.designated() && !w.pinned).toList();
        able.get(random.nextInt(able.size())).intent = Intent.ONLINE;
      }
    }
  }

  private Intent intent(UnitDraft u) {
    int d = random.nextInt(100);
    if (u.county()) {
      return d < 50 ? Intent.OWN : d < 70 ? Intent.GRASSROOTS : d < 82 ? Intent.ONLINE : d < 92 ? Intent.CROSS : Intent.INTERNAL;
    }
    return d < 55 ? Intent.OWN : d < 68 ? Intent.ONLINE : d < 85 ? Intent.CROSS : Intent.INTERNAL;
  }

  // ------------------------------------------------------------------------------------------
  // 4. dates: spread out, except where a problem is designed

  private void schedule() {
    for (UnitDraft u : units) {
      if (u.walks.isEmpty()) {
        continue;
      }
      List<LocalDate> dates = spread(u.walks.size());
      List<WalkDraft> order = shuffle(u.walks);
      for (int i = 0; i < order.size(); i++) {
        order.get(i).date = dates.get(i);
      }
      if (u.clustered) {
        cluster(u, u.county() ? 2 : 1);
      }
      if (u.samePoint) {
        samePoint(u);
      }
    }
  }

  /**
   * Returns {@code n} working days, sorted, any two at least two calendar days apart, spread over
   * the quarter: each pick leaves room for the picks still to make, and takes on average an even
   * share of the slack.
   */
  private List<LocalDate> spread(int n) {
    int size = workdays.size();
    int[] next = new int[size + 1];
    int[] most = new int[size + 2]; // most[i]: the most days pickable from workdays[i..]
    next[size] = size;
    for (int i = size - 1; i >= 0; i--) {
      int j = i + 1;
      while (j < size && workdays.get(j).toEpochDay() - workdays.get(i).toEpochDay() < 2) {
        j++;
      }
      next[i] = j;
    }
    for (int i = size - 1; i >= 0; i--) {
      most[i] = 1 + most[next[i]];
    }
    if (n > most[0]) {
      throw new IllegalStateException("cannot spread " + n + " walks over the quarter");
    }
    List<LocalDate> out = new ArrayList<>(n);
    int i = 0;
    for (int remaining = n; remaining > 0; remaining--) {
      int end = i;
      while (end + 1 < size && most[end + 1] >= remaining) {
        end++;
      }
      int span = end - i;
      int limit = Math.min(span, (int) Math.ceil(2.0 * span / remaining));
      int j = i + random.nextInt(limit + 1);
      out.add(workdays.get(j));
      i = next[j];
    }
    return out;
  }

  /**
   * Moves walks of different leaders of {@code u} together, a campaign day (集中“走流程”): for each
   * event, walks of up to four different leaders on one day and up to two more walks on the next
   * day, clearly more pairs than chance would give the unit (see {@link
   * io.github.zouliucheng.walk.analytics.Scheduling}).
   */
  private void cluster(UnitDraft u, int events) {
    List<MemberDraft> walkers = shuffle(u.members.stream().filter(m -> m.walks > 0).toList());
    Set<WalkDraft> moved = new HashSet<>();
    for (int e = 0; e < events && walkers.size() >= 2; e++) {
      List<WalkDraft> day = new ArrayList<>();
      for (int i = 0; i < walkers.size() && day.size() < 4; i++) {
        MemberDraft m = walkers.get((i + 4 * e) % walkers.size());
        m.own.stream().filter(w -> !moved.contains(w)).findFirst().ifPresent(day::add);
      }
      if (day.size() < 2) {
        break;
      }
      LocalDate first = day.get(0).date;
      LocalDate next = first.plusDays(1);
      for (WalkDraft w : day) {
        w.date = first;
        moved.add(w);
      }
      if (workdays.contains(next)) {
        int more = 0;
        for (MemberDraft m : walkers) {
          if (more == 2) {
            break;
          }
          Optional<WalkDraft> w = m.own.stream().filter(x -> !moved.contains(x)).findFirst();
          if (w.isPresent()) {
            w.get().date = next;
            moved.add(w.get());
            more++;
          }
        }
      }
    }
  }

  /** Two leaders of {@code u} walk its first point on the same day, with different matters. */
  private void samePoint(UnitDraft u) {
    PointRef hall = u.own.stream().filter(p -> p.matters.size() >= 2).findFirst().orElseThrow();
    List<MemberDraft> walkers = shuffle(u.members.stream().filter(m -> m.walks > 0 && !m.designated()).toList());
    WalkDraft a = walkers.get(0).own.get(0);
    WalkDraft b = walkers.get(1).own.get(0);
    b.date = a.date;
    a.point = hall;
    b.point = hall;
    a.pinnedMatter = hall.matters.get(0);
    b.pinnedMatter = hall.matters.get(1);
    a.pinned = true;
    b.pinned = true;
    a.intent = Intent.OWN;
    b.intent = Intent.OWN;
  }

  // ------------------------------------------------------------------------------------------
  // 5. where each walk went, how, and what it found

  private void placeAndDescribe() {
    for (UnitDraft u : units) {
      walks.addAll(u.walks);
    }
    // in date order, then roster order: the first walk at a point on a day keeps it
    walks.sort(Comparator.comparing((WalkDraft w) -> w.date).thenComparingInt(w -> w.unit.index));
    for (WalkDraft w : walks) {
      if (w.pinned) {
        occupy(w.point, w);
      }
    }
    // in a strict design, the walks designed to be empty or shallow first, so that they find a
    // point of simple matters free
    if (design.strict()) {
      for (WalkDraft w : walks) {
        if (w.point == null && (w.leader.allShallow || w.leader.allEmpty)) {
          w.point = place(w);
          occupy(w.point, w);
        }
      }
    }
    // walks to the unit's own points first, so that a walk to another unit's point never takes
    // the only point a unit has on a day it walks there itself
    for (boolean cross : new boolean[] {false, true}) {
      for (WalkDraft w : walks) {
        if (w.point == null && (w.intent == Intent.CROSS) == cross) {
          w.point = place(w);
          occupy(w.point, w);
        }
      }
    }
    for (WalkDraft w : walks) {
      describe(w);
    }
    for (UnitDraft u : units) {
      for (MemberDraft m : u.members) {
        keepMemberHonest(m);
      }
      keepUnitHonest(u);
    }
    for (WalkDraft w : walks) {
      find(w);
    }
  }

  private void occupy(PointRef p, WalkDraft w) {
    occupied.putIfAbsent(p.id + "@" + w.date, w.leader.id);
  }

  private boolean free(PointRef p, WalkDraft w) {
    String by = occupied.get(p.id + "@" + w.date);
    return by == null || by.equals(w.leader.id);
  }

  private PointRef place(WalkDraft w) {
    UnitDraft u = w.unit;
    List<PointRef> candidates;
    switch (w.intent) {
      case ONLINE:
        candidates = new ArrayList<>(shuffle(u.online));
        // the city-wide platforms, with the unit's own online matters, when its own are taken
        for (String key : List.of(CityCatalog.CITY_ONLINE, CityCatalog.CITY_APP)) {
          if (u.online.stream().noneMatch(p -> p.id.equals(cityShared.get(key).id))) {
            candidates.add(shared(key, u.online.get(0).matters));
          }
        }
        // and, when other leaders are on those that day, the unit's own section of the city's
        // online hall, which no other unit walks
        candidates.add(section(u));
        break;
      case GRASSROOTS:
        candidates = u.grassroots;
        break;
      case CROSS:
        candidates = crossTargets(u);
        break;
      case INTERNAL:
        candidates = u.own.stream().filter(p -> p.kind == ServicePointKind.SERVICE_HALL || p.kind == ServicePointKind.OTHER).toList();
        break;
      default:
        candidates = u.own;
    }
    if (w.leader.allShallow || w.leader.allEmpty) {
      candidates = u.own.stream().filter(p -> p.matters.stream().anyMatch(m -> m.complexity() == Complexity.SIMPLE)).toList();
    }
    if (u.narrow && w.intent != Intent.ONLINE && !w.leader.allShallow && !w.leader.allEmpty) {
      // a narrow unit's points with a complex matter first
      List<PointRef> fit =
          u.own.stream().filter(p -> p.matters.stream().anyMatch(m -> m.complexity() == Complexity.COMPLEX)).toList();
      candidates = fit.isEmpty() ? candidates : fit;
    }
    if (u.inward) {
      // an inward unit's points with a simple matter inside one office, online ones too
      List<PointRef> fit =
          (w.intent == Intent.ONLINE ? candidates : u.own).stream()
              .filter(p -> insideFor(u, p))
              .toList();
      candidates = fit.isEmpty() ? candidates : fit;
    }
    for (PointRef p : w.intent == Intent.ONLINE ? candidates : shuffle(candidates)) {
      if (free(p, w)) {
        return p;
      }
    }
    for (PointRef p : shuffle(u.own)) {
      boolean fits = !u.inward || insideFor(u, p);
      if (fits && free(p, w)) {
        w.intent = Intent.OWN;
        return p;
      }
    }
    if (!w.leader.allShallow && !w.leader.allEmpty && !w.unit.noOnline) {
      for (PointRef p : u.online) {
        if (free(p, w)) {
          w.intent = Intent.ONLINE;
          return p;
        }
      }
    }
    for (PointRef p : shuffle(crossTargets(u))) {
      if (free(p, w)) {
        w.intent = Intent.CROSS;
        return p;
      }
    }
    throw new IllegalStateException("no free service point for a walk of " + w.leader.id + " on " + w.date);
  }

  /** The unit's own section (专区) of the city's online hall, a point of its own. */
  private PointRef section(UnitDraft u) {
    PointRef hall = cityShared.get(CityCatalog.CITY_ONLINE);
    return new PointRef(
        hall.id + "-" + u.id.substring(prefix.length()),
        hall.name + "（" + u.name + "专区）",
        ServicePointKind.ONLINE_PLATFORM,
        u.id,
        u.online.get(0).matters,
        true);
  }

  private List<PointRef> crossTargets(UnitDraft u) {
    List<PointRef> out = new ArrayList<>();
    if (u.county()) {
      for (UnitDraft d : departments) {
        if (d.own.get(0).kind == ServicePointKind.SERVICE_HALL) {
          out.add(d.own.get(0));
        }
      }
      return out;
    }
    for (UnitDraft c : counties) {
      if (u.countyPoint != null && c.byKey.containsKey(u.countyPoint)) {
        out.add(c.byKey.get(u.countyPoint));
      } else {
        out.addAll(c.grassroots);
      }
    }
    return out;
  }

  private void describe(WalkDraft w) {
    PointRef p = w.point;
    boolean shallowLeader = w.leader.allShallow || w.leader.allEmpty;
    // matters
    if (w.pinnedMatter != null) {
      w.matters = List.of(w.pinnedMatter);
    } else {
      List<Matter> pool = p.matters;
      List<Matter> simple = pool.stream().filter(m -> m.complexity() == Complexity.SIMPLE).toList();
      if ((shallowLeader || w.unit.simple) && !simple.isEmpty()) {
        pool = simple;
      }
      if (w.unit.narrow && !shallowLeader) {
        // complex matters, so that its leaders are narrow without being shallow
        List<Matter> complex = pool.stream().filter(m -> m.complexity() == Complexity.COMPLEX).toList();
        pool = complex.isEmpty() ? pool : complex;
      }
      if (w.unit.inward) {
        List<Matter> inside = pool.stream().filter(CityGenerator::simpleInside).toList();
        pool = inside.isEmpty() ? pool : inside;
      }
      // a simple matter is walked three times as often as a complex one (走简单事项多、走复杂事项少)
      List<Matter> weighted = new ArrayList<>();
      for (Matter m : pool) {
        for (int i = m.complexity() == Complexity.SIMPLE ? 3 : 1; i > 0; i--) {
          weighted.add(m);
        }
      }
      Matter first = weighted.get(random.nextInt(weighted.size()));
      List<Matter> matters = new ArrayList<>(List.of(first));
      if (pool.size() >= 2 && random.nextInt(4) == 0) {
        List<Matter> rest = new ArrayList<>(pool);
        rest.remove(first);
        matters.add(rest.get(random.nextInt(rest.size())));
      }
      w.matters = List.copyOf(matters);
    }
    // forms
    boolean crossUnit = p.owner != null && !p.owner.equals(w.unit.id) && !p.sharedPlatform;
    switch (w.intent) {
      case ONLINE:
        w.forms.add(WalkForm.ONLINE);
        break;
      case GRASSROOTS:
        w.forms.add(WalkForm.GRASSROOTS);
        w.forms.add(WalkForm.ON_SITE);
        break;
      case CROSS:
        w.forms.add(WalkForm.CROSS_LINKED);
        w.forms.add(w.unit.county() ? WalkForm.ON_SITE : WalkForm.GRASSROOTS);
        break;
      case INTERNAL:
        w.forms.add(WalkForm.INTERNAL);
        if (random.nextInt(10) < 3) {
          w.forms.add(WalkForm.ON_SITE);
        }
        break;
      default:
        w.forms.add(WalkForm.ON_SITE);
        boolean office = p.kind == ServicePointKind.SERVICE_HALL || p.kind == ServicePointKind.OTHER;
        if (office && random.nextInt(100) < 12) {
          w.forms.add(WalkForm.INTERNAL);
        }
    }
    if (crossUnit) {
      w.forms.add(WalkForm.CROSS_LINKED);
    }
    // role, approach, visibility, coverage
    int d = random.nextInt(100);
    if (shallowLeader) {
      w.role = Role.LEADER;
    } else if (w.intent == Intent.ONLINE) {
      w.role = d < 80 ? Role.CITIZEN : Role.LEADER;
    } else if (w.intent == Intent.INTERNAL) {
      w.role = d < 40 ? Role.STAFF : Role.LEADER;
    } else if (p.kind == ServicePointKind.HOTLINE) {
      w.role = d < 60 ? Role.STAFF : d < 90 ? Role.CITIZEN : Role.LEADER;
    } else if (p.kind == ServicePointKind.ENTERPRISE) {
      w.role = d < 50 ? Role.LEADER : d < 85 ? Role.STAFF : Role.CITIZEN;
    } else {
      w.role = d < 45 ? Role.CITIZEN : d < 85 ? Role.LEADER : Role.STAFF;
    }
    d = random.nextInt(100);
    if (shallowLeader) {
      w.approach = Approach.EXPERIENCED;
    } else if (p.kind == ServicePointKind.ENTERPRISE) {
      w.approach = d < 60 ? Approach.ACCOMPANIED : d < 80 ? Approach.HANDLED : Approach.EXPERIENCED;
    } else if (w.role == Role.CITIZEN) {
      w.approach = d < 55 ? Approach.HANDLED : d < 90 ? Approach.EXPERIENCED : Approach.ACCOMPANIED;
    } else if (w.role == Role.STAFF) {
      w.approach = d < 60 ? Approach.HANDLED : Approach.EXPERIENCED;
    } else {
      w.approach = d < 60 ? Approach.EXPERIENCED : d < 90 ? Approach.ACCOMPANIED : Approach.HANDLED;
    }
    d = random.nextInt(100);
    int unannounced = w.role == Role.CITIZEN ? 85 : w.role == Role.STAFF ? 50 : 10;
    w.visibility = shallowLeader || d >= unannounced ? Visibility.ANNOUNCED : Visibility.UNANNOUNCED;
    w.fourNoTwoStraight =
        w.visibility == Visibility.UNANNOUNCED && w.intent != Intent.ONLINE && random.nextBoolean();
    d = random.nextInt(100);
    w.coverage = shallowLeader || d >= (w.role == Role.LEADER ? 45 : 70) ? Coverage.PART : Coverage.WHOLE;
    // times
    if (random.nextInt(100) < 85) {
      int start = random.nextBoolean() ? 8 * 60 + 30 + 10 * random.nextInt(25) : 13 * 60 + 30 + 10 * random.nextInt(16);
      int length = 30 + 10 * random.nextInt(13);
      int end = Math.min(start + length, 17 * 60 + 30);
      w.start = LocalTime.of(start / 60, start % 60);
      w.end = LocalTime.of(end / 60, end % 60);
    }
    w.attachment = random.nextInt(100) < 20;
    if (w.unit.narrow) {
      boolean online = w.forms.contains(WalkForm.ONLINE);
      w.forms.clear();
      w.forms.add(online ? WalkForm.ONLINE : WalkForm.ON_SITE);
      w.role = Role.LEADER;
      w.approach = Approach.EXPERIENCED;
      w.visibility = Visibility.ANNOUNCED;
      w.fourNoTwoStraight = false;
      w.coverage = Coverage.PART;
    }
    if (w.unit.inward) {
      w.forms.remove(WalkForm.GRASSROOTS);
      w.forms.remove(WalkForm.CROSS_LINKED);
      if (w.forms.isEmpty()) {
        w.forms.add(WalkForm.ON_SITE);
      }
    }
  }

  /**
   * Keeps a unit that is not designed to be narrow from looking narrow or simple by chance: with
   * three walks or more, at least one walk of a complex matter (where its points offer one), one in
   * an ordinary role, one unannounced and one through the whole process, among the walks of its
   * members who are not a designed problem.
   */
  private void keepUnitHonest(UnitDraft u) {
    if (u.narrow || u.walks.size() < 3) {
      return;
    }
    boolean complexNeeded = !u.simple;
    List<WalkDraft> able =
        u.walks.stream().filter(w -> !w.leader.designated() && !w.pinned && !w.unit.samePoint).toList();
    if (able.isEmpty()) {
      return;
    }
    if (complexNeeded && u.walks.stream().noneMatch(w -> w.matters.stream().anyMatch(m -> m.complexity() == Complexity.COMPLEX))) {
      for (WalkDraft w : able) {
        Optional<Matter> complex = w.point.matters.stream().filter(m -> m.complexity() == Complexity.COMPLEX).findFirst();
        if (complex.isPresent()) {
          w.matters = List.of(complex.get());
          break;
        }
      }
    }
    WalkDraft w = able.get(0);
    if (u.walks.stream().allMatch(x -> x.role == Role.LEADER)) {
      w.role = Role.CITIZEN;
    }
    if (u.walks.stream().allMatch(x -> x.visibility == Visibility.ANNOUNCED)) {
      w.visibility = Visibility.UNANNOUNCED;
      if (w.role == Role.LEADER) {
        w.role = Role.CITIZEN;
      }
    }
    if (u.walks.stream().allMatch(x -> x.coverage == Coverage.PART)) {
      w.coverage = Coverage.WHOLE;
    }
    boolean reaches =
        u.walks.stream()
            .anyMatch(
                x -> x.forms.contains(WalkForm.GRASSROOTS)
                    || x.forms.contains(WalkForm.CROSS_LINKED)
                    || x.point.owner != null && !x.point.owner.equals(u.id)
                    || x.matters.stream().anyMatch(m -> !m.crossings().isEmpty()));
    if (!reaches && !u.inward) {
      w.forms.add(WalkForm.CROSS_LINKED);
    }
  }

  /** Keeps a member who is not a designed problem from looking like one by chance. */
  private void keepMemberHonest(MemberDraft m) {
    if (m.designated() || m.own.isEmpty()) {
      return;
    }
    if (m.own.stream().allMatch(WalkDraft::shallow)) {
      if (m.unit.narrow) {
        // a narrow unit walks part of the process: a complex matter, not a whole walk, keeps its
        // leader from looking shallow
        for (WalkDraft w : m.own) {
          Optional<Matter> complex =
              w.point.matters.stream().filter(x -> x.complexity() == Complexity.COMPLEX).findFirst();
          if (complex.isPresent()) {
            w.matters = List.of(complex.get());
            return;
          }
        }
      }
      m.own.get(random.nextInt(m.own.size())).coverage = Coverage.WHOLE;
    }
  }

  private void find(WalkDraft w) {
    int n;
    if (w.leader.allEmpty) {
      n = 0;
    } else {
      int d = random.nextInt(100);
      n = d < design.emptyPercent() ? 0 : d < 68 ? 1 : d < 94 ? 2 : 3;
    }
    String responsible = w.point.owner != null && !w.point.sharedPlatform ? w.point.owner : w.unit.id;
    List<Template> used = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Matter m = w.matters.get(random.nextInt(w.matters.size()));
      Template t = template(w.point, m.name(), used);
      used.add(t);
      FindingDraft f = new FindingDraft(FindingSource.WALK, t.make(random, w.point.name, m.name()), responsible, w.date);
      rectify(f, t.scheduled(), w.point.kind == ServicePointKind.HOTLINE ? 90 : 30);
      if (w.point.kind == ServicePointKind.HOTLINE || f.category == FindingCategory.FOLLOW_UP) {
        f.priority = priority();
      }
      w.findings.add(f);
    }
  }

  private Template template(PointRef p, String matter, List<Template> used) {
    List<Template> fit = new ArrayList<>();
    for (Template template : FindingTemplates.TEMPLATES) {
      Template t = FindingTemplates.inSeason(template, quarter);
      if (!used.contains(t) && t.appliesTo(p.kind, p.name, matter)) {
        fit.add(t);
      }
    }
    if (fit.isEmpty()) {
      throw new IllegalStateException("no finding template fits " + p.id + " / " + matter);
    }
    return fit.get(random.nextInt(fit.size()));
  }

  private Priority priority() {
    int d = random.nextInt(100);
    return d < 30 ? Priority.HEAVY : d < 75 ? Priority.LIGHT : Priority.SLOW;
  }

  /**
   * Gives {@code f} a sound rectification: done at once (立行立改) or on a schedule with a deadline
   * and an owner; a deadline that falls inside the quarter is met; nothing is dated after the
   * quarter except deadlines.
   */
  private void rectify(FindingDraft f, double scheduledShare, int callbackPercent) {
    f.ownerUnit = f.responsible;
    if (random.nextDouble() < scheduledShare) {
      f.mode = RectificationMode.SCHEDULED;
      f.owner = staffName();
      f.deadline = f.foundOn.plusDays(10 + random.nextInt(36));
      f.startedOn = min(f.foundOn.plusDays(random.nextInt(3)), last);
      if (f.deadline.isBefore(last)) {
        f.rectifiedOn = between(f.startedOn, f.deadline);
      } else if (random.nextInt(100) < 35) {
        f.rectifiedOn = between(f.startedOn, last);
      } else {
        f.inProgress();
        return;
      }
    } else {
      f.mode = RectificationMode.IMMEDIATE;
      if (random.nextInt(10) < 7) {
        f.owner = staffName();
      }
      f.startedOn = f.foundOn;
      f.rectifiedOn = min(f.foundOn.plusDays(random.nextInt(6)), last);
    }
    if (f.effectNote != null && !f.effects.isEmpty() && random.nextInt(10) < 4) {
      f.effectNote = null; // not every form words the effect as well as measuring it
    }
    LocalDate close = f.rectifiedOn.plusDays(3 + random.nextInt(13));
    if (!close.isAfter(last) && random.nextInt(10) < 6) {
      f.closedOn = close;
    }
    LocalDate call = f.rectifiedOn.plusDays(1);
    if (!call.isAfter(last) && random.nextInt(100) < callbackPercent) {
      int d = random.nextInt(100);
      CallbackResult result =
          d < 80 ? CallbackResult.SATISFIED : d < 94 ? CallbackResult.BASICALLY_SATISFIED : d < 97 ? CallbackResult.DISSATISFIED : CallbackResult.UNREACHABLE;
      f.callback = Callback.of(call, result);
    }
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  // ------------------------------------------------------------------------------------------
  // 6. the designed problems of findings and rectifications, all in weak units

  private void injectFaults() {
    // trivial findings: in some weak departments, a walk at a hall of the department's own
    // records only trivial problems (when too few weak departments have such a walk, in a strict
    // design, weak counties make up the number)
    int trivialDone = 0;
    List<UnitDraft> trivialOrder = shuffle(departments);
    if (design.strict()) {
      trivialOrder.addAll(shuffle(counties));
    }
    for (UnitDraft u : trivialOrder) {
      if (!u.weak || trivialDone == design.trivialUnits()) {
        continue;
      }
      List<WalkDraft> able =
          u.walks.stream()
              .filter(w -> !w.leader.designated() && !w.pinned && w.intent != Intent.ONLINE)
              .filter(w -> w.point.owner != null && w.point.owner.equals(u.id))
              .filter(w -> w.point.kind == ServicePointKind.SERVICE_HALL || w.point.kind == ServicePointKind.OTHER)
              .toList();
      if (able.isEmpty()) {
        continue;
      }
      trivialDone++;
      WalkDraft w = able.get(random.nextInt(able.size()));
      w.findings.clear();
      w.trivialOnly = true;
      List<Template> trivial = shuffle(FindingTemplates.TRIVIAL);
      int n = 1 + random.nextInt(2);
      if (design.strict() && trivial.get(0).category() != FindingCategory.HOUSEKEEPING) {
        n = 2; // a misplaced fire extinguisher is not alone: the walk records housekeeping too
      }
      List<Template> recorded = new ArrayList<>(trivial.subList(0, n));
      recorded.add(FindingTemplates.TRIVIAL_WORDING.get(random.nextInt(FindingTemplates.TRIVIAL_WORDING.size())));
      for (Template t : recorded) {
        FindingDraft f = new FindingDraft(FindingSource.WALK, t.make(random, w.point.name, w.matters.get(0).name()), u.id, w.date);
        f.mode = RectificationMode.IMMEDIATE;
        f.ownerUnit = u.id;
        f.startedOn = w.date;
        f.rectifiedOn = w.date;
        f.designed = true;
        w.findings.add(f);
      }
    }
    // a walk whose findings were all replaced must still leave its leader with a real finding
    for (UnitDraft u : units) {
      for (MemberDraft m : u.members) {
        if (!m.allEmpty && !m.own.isEmpty() && m.own.stream().allMatch(w -> w.findings.isEmpty())) {
          WalkDraft w = m.own.stream().filter(x -> !x.trivialOnly).findFirst().orElse(m.own.get(0));
          Matter matter = w.matters.get(0);
          Template t = template(w.point, matter.name(), List.of());
          String responsible = w.point.owner != null && !w.point.sharedPlatform ? w.point.owner : w.unit.id;
          FindingDraft f = new FindingDraft(FindingSource.WALK, t.make(random, w.point.name, matter.name()), responsible, w.date);
          rectify(f, t.scheduled(), 30);
          w.findings.add(f);
        }
      }
    }
    // rectification faults: findings of weak units, charged to the walk's own unit
    List<FindingDraft> candidates = new ArrayList<>();
    for (WalkDraft w : walks) {
      if (w.unit.weak) {
        for (FindingDraft f : w.findings) {
          if (!f.designed && f.responsible.equals(w.unit.id)) {
            candidates.add(f);
          }
        }
      }
    }
    candidates = shuffle(candidates);
    int k = 0;
    // rectified with no measures: some with a worded effect, some with nothing at all
    for (int i = 0; i < design.withoutMeasures() + design.withoutAnything(); i++) {
      FindingDraft f = candidates.get(k++);
      solvedAtOnce(f);
      f.measures = new ArrayList<>();
      f.effects = new ArrayList<>();
      f.effectNote = i < design.withoutMeasures() ? "已整改" : null;
    }
    // rectified with measures but no effect
    for (int i = 0; i < design.withoutEffect(); i++) {
      FindingDraft f = candidates.get(k++);
      solvedAtOnce(f);
      f.effects = new ArrayList<>();
      f.effectNote = null;
    }
    // effects that do not match the problem
    for (int i = 0; i < design.mismatched(); ) {
      FindingDraft f = candidates.get(k++);
      if (f.category == FindingCategory.OTHER) {
        continue;
      }
      solvedAtOnce(f);
      f.effects = new ArrayList<>(List.of(FindingTemplates.UNRELATED_EFFECTS.get(i % 2)));
      f.effectNote = null;
      i++;
    }
    // overdue: some still open past the deadline, some rectified late; found three weeks or more
    // before the quarter ends, so that the deadline falls inside it
    for (int i = 0; i < design.overdueOpen() + design.overdueLate(); ) {
      FindingDraft f = candidates.get(k++);
      if (f.foundOn.isAfter(last.minusDays(21))) {
        continue;
      }
      f.designed = true;
      f.mode = RectificationMode.SCHEDULED;
      f.owner = f.owner != null ? f.owner : staffName();
      f.ownerUnit = f.responsible;
      f.deadline = f.foundOn.plusDays(10 + random.nextInt(10));
      f.startedOn = f.foundOn.plusDays(1);
      if (i < design.overdueOpen()) {
        f.inProgress();
      } else {
        f.rectifiedOn = min(f.deadline.plusDays(3 + random.nextInt(8)), last);
        f.closedOn = null;
        f.callback = null;
        f.effects = new ArrayList<>(f.text.effects); // done, late: it achieved what it was to
        f.effectNote = f.text.effectNote;
      }
      i++;
    }
    // scheduled with no deadline; scheduled with no owner
    for (int i = 0; i < design.withoutDeadline() + design.withoutOwner(); i++) {
      FindingDraft f = candidates.get(k++);
      f.designed = true;
      f.mode = RectificationMode.SCHEDULED;
      f.startedOn = min(f.foundOn.plusDays(1), last);
      f.inProgress();
      if (i < design.withoutDeadline()) {
        f.deadline = null;
        f.owner = f.owner != null ? f.owner : staffName();
        f.ownerUnit = f.responsible;
      } else {
        f.deadline = last.plusDays(15 + random.nextInt(30));
        f.owner = null;
        f.ownerUnit = null;
      }
    }
  }

  /** Makes {@code f} a rectification done at once, rectified the day it was found or soon after. */
  private void solvedAtOnce(FindingDraft f) {
    f.designed = true;
    f.mode = RectificationMode.IMMEDIATE;
    f.deadline = null;
    f.ownerUnit = f.responsible;
    f.startedOn = f.foundOn;
    f.rectifiedOn = min(f.foundOn.plusDays(random.nextInt(3)), last);
    f.closedOn = null;
    f.callback = null;
  }

  // ------------------------------------------------------------------------------------------
  // 7. problems from other channels (信访、舆情、12345热线、巡视巡察、审计)

  private void otherSources() {
    int n = Math.max(1, walks.size() / 10);
    List<UnitDraft> walked = units.stream().filter(u -> !u.walks.isEmpty()).toList();
    Map<String, Integer> perUnit = new HashMap<>();
    for (int i = 0; i < n; i++) {
      UnitDraft u = walked.get(random.nextInt(walked.size()));
      LocalDate on = workdays.get(random.nextInt(workdays.size()));
      int d = random.nextInt(100);
      FindingSource source =
          d < 40 ? FindingSource.HOTLINE_12345
              : d < 60 ? FindingSource.PETITION
              : d < 70 ? FindingSource.PUBLIC_OPINION
              : d < 85 ? FindingSource.INSPECTION_TOUR
              : FindingSource.AUDIT;
      Text text = otherText(source, u);
      FindingDraft f = new FindingDraft(source, text, u.id, on);
      int seq = perUnit.merge(u.id + "/" + source.code(), 1, Integer::sum);
      f.id = u.id + "-" + quarterMark + source.code().replace("_12345", "") + "-" + seq;
      f.reference = reference(source, on, seq, quarter);
      if (source == FindingSource.HOTLINE_12345) {
        f.priority = priority();
      }
      rectify(f, 0.6, source == FindingSource.HOTLINE_12345 ? 90 : 20);
      other.add(f);
    }
  }

  private Text otherText(FindingSource source, UnitDraft u) {
    String matter = u.own.get(0).matters.get(0).name();
    String place = u.own.get(0).name;
    switch (source) {
      case HOTLINE_12345:
        if (random.nextBoolean()) {
          return new Text(FindingCategory.MATERIALS_PROOFS, "市民来电反映办理“" + matter + "”时窗口解释不清，群众多次往返补交材料")
              .measures("对窗口人员开展业务培训", "实行“一次性告知”")
              .effect("修订一次性告知清单", 0, 3 + random.nextInt(8), "项");
        }
        if (FindingTemplates.warm(quarter)) {
          return new Text(FindingCategory.FACILITIES, "市民来电反映" + place + "室内闷热，空调制冷效果差")
              .measures("维修空调设备，加强巡检")
              .effect("空调设备维修后室温", 30 + random.nextInt(3), 24 + random.nextInt(3), "℃");
        }
        return new Text(FindingCategory.FACILITIES, "市民来电反映" + place + "冬季室内温度偏低")
            .measures("维修供暖设备，加强巡检")
            .effect("供暖设备维修后室温", 13 + random.nextInt(3), 18 + random.nextInt(3), "℃");
      case PETITION:
        return new Text(FindingCategory.APPROVAL_TIME, "群众来信反映“" + matter + "”审核时间长，超过承诺时限")
            .measures("压减审核环节，实行限时办结")
            .effect("办理时限", 10 + random.nextInt(11), 3 + random.nextInt(3), "个工作日");
      case PUBLIC_OPINION:
        return new Text(FindingCategory.WAITING_CAPACITY, "网络舆情反映" + place + "办事排长队、等待时间长")
            .measures("增开窗口，实行分时段预约")
            .effect("平均等待时间", 40 + 5 * random.nextInt(5), 15 + 5 * random.nextInt(2), "分钟");
      case INSPECTION_TOUR:
        return new Text(FindingCategory.ENTERPRISE_SERVICE, "巡察反馈：" + u.name + "惠企政策兑现不及时，部分企业补贴资金拨付滞后")
            .measures("建立惠企资金兑现台账，限时拨付")
            .effect("兑现惠企资金", 0, 50 * (2 + random.nextInt(20)), "万元");
      default:
        return new Text(FindingCategory.OTHER, "审计发现：" + u.name + "部分专项资金拨付滞后，项目资金闲置")
            .measures("加快资金拨付进度，建立资金使用定期调度机制")
            .note("资金已按进度拨付");
    }
  }

  /**
   * Words the reference number of a problem from another channel: the {@code seq}th of its unit
   * and channel in the quarter. The numbers of a later quarter follow on from the earlier ones'.
   */
  private static String reference(FindingSource source, LocalDate on, int seq, int quarter) {
    String day = on.toString().replace("-", "");
    int year = on.getYear();
    switch (source) {
      case HOTLINE_12345:
        return "12345-" + day + "-" + (1000 + seq);
      case PETITION:
        return "信访件〔" + year + "〕" + (100 * quarter + seq) + "号";
      case PUBLIC_OPINION:
        return "舆情专报〔" + year + "〕第" + (10 * (quarter - 1) + seq) + "期";
      case INSPECTION_TOUR:
        return "市委第" + (1 + seq % 4) + "巡察组反馈意见";
      default:
        return "审计报告〔" + year + "〕" + (10 * quarter + seq) + "号";
    }
  }

  // ------------------------------------------------------------------------------------------
  // 8. identifiers and model values

  private Copy build() {
    List<Unit> unitList = new ArrayList<>();
    List<Member> memberList = new ArrayList<>();
    for (UnitDraft u : units) {
      Unit.Builder b = Unit.builder().id(u.id).name(u.name).kind(u.kind);
      if (region != null) {
        b.region(region);
      }
      unitList.add(b.build());
    }
    for (UnitDraft u : units) {
      for (MemberDraft m : u.members) {
        memberList.add(
            Member.builder().id(m.id).name(m.name).title(m.title).unitId(u.id).principal(m.principal).build());
      }
    }
    // each leader's walks are numbered in date order
    for (UnitDraft u : units) {
      for (MemberDraft m : u.members) {
        List<WalkDraft> own = new ArrayList<>(m.own);
        own.sort(Comparator.comparing(w -> w.date));
        for (int i = 0; i < own.size(); i++) {
          WalkDraft w = own.get(i);
          w.id = m.id + "-" + quarterMark + "w" + (i + 1);
          for (int j = 0; j < w.findings.size(); j++) {
            w.findings.get(j).id = w.id + "-p" + (j + 1);
          }
        }
      }
    }
    walks.sort(
        Comparator.comparing((WalkDraft w) -> w.date).thenComparingInt(w -> w.unit.index).thenComparing(w -> w.id));
    List<Walk> walkList = new ArrayList<>(walks.size());
    for (WalkDraft w : walks) {
      walkList.add(walk(w));
    }
    other.sort(Comparator.comparing((FindingDraft f) -> f.foundOn).thenComparing(f -> f.id));
    List<Finding> findingList = new ArrayList<>(other.size());
    for (FindingDraft f : other) {
      findingList.add(f.build());
    }
    return new Copy(unitList, memberList, walkList, findingList);
  }

  private static Walk walk(WalkDraft w) {
    Walk.Builder b =
        Walk.builder()
            .id(w.id)
            .leaderId(w.leader.id)
            .unitId(w.unit.id)
            .date(w.date)
            .servicePoint(w.point.point())
            .addAllMatters(w.matters)
            .role(w.role)
            .approach(w.approach)
            .addAllForms(w.forms)
            .visibility(w.visibility)
            .fourNoTwoStraight(w.fourNoTwoStraight)
            .coverage(w.coverage)
            .notes(notes(w));
    if (w.start != null) {
      b.startTime(w.start).endTime(w.end);
    }
    for (FindingDraft f : w.findings) {
      b.addFindings(f.build());
    }
    if (w.attachment) {
      b.addAttachments(
          Attachment.builder()
              .uri(URI.create("https://records.example.org/walks/" + w.id + "/record-form.pdf"))
              .mediaType("application/pdf")
              .caption("走流程纪实表")
              .build());
    }
    return b.build();
  }

  /** Words the walk as a record form's notes would. */
  private static String notes(WalkDraft w) {
    StringBuilder s = new StringBuilder();
    String matter = "“" + w.matters.get(0).name() + "”" + (w.matters.size() > 1 ? "等事项" : "");
    if (w.leader.allShallow || w.leader.allEmpty) {
      s.append("到").append(w.point.name).append("了解").append(matter).append("办理情况，听取工作汇报");
    } else {
      if (w.fourNoTwoStraight) {
        s.append("按“四不两直”方式，");
      } else if (w.visibility == Visibility.UNANNOUNCED) {
        s.append("未提前告知，");
      } else {
        s.append("提前通知后，");
      }
      s.append(w.role == Role.CITIZEN ? "以普通办事群众身份" : w.role == Role.STAFF ? "以普通工作人员身份" : "以领导干部身份");
      boolean online = w.forms.contains(WalkForm.ONLINE);
      s.append(online ? "登录" : "到").append(w.point.name);
      String whom = w.point.kind == ServicePointKind.ENTERPRISE ? "企业" : "办事群众";
      s.append(w.approach == Approach.HANDLED ? "亲自经办" : w.approach == Approach.ACCOMPANIED ? "陪同" + whom + "经办" : "体验");
      s.append(matter);
      s.append(w.coverage == Coverage.WHOLE ? "，全程走完办理流程" : "，体验了部分环节");
    }
    s.append(w.findings.isEmpty() ? "；未发现问题" : "；发现问题" + w.findings.size() + "个");
    return s.toString();
  }
}
