package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How deep the walks went (发现问题浮浅): complex matters, walks that cross into another unit's work,
 * problems found per walk, trivial problems, and the units that walked simple matters only.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>A walk is <em>complex</em> when at least one of its matters is {@link Complexity#COMPLEX}.
 *   <li>A walk <em>crosses</em> into another unit's work (突破分工、部门、地域限制，交叉联动) when any of:
 *       its forms include {@link WalkForm#CROSS_LINKED} (交叉联动走); its service point is run by a
 *       known unit ({@link ServicePoint#ownerUnitId()}) other than the walk's own {@linkplain
 *       Walk#unitId() unit}; or at least one of its matters crosses divisions, departments, levels
 *       or regions (any {@link Crossing}). {@link #crossingWalks()} and {@link #crossingByUnit()}
 *       count such walks, and {@link Modes} uses the same rule.
 *   <li>{@link #crossings()} counts each walk once for each kind of boundary its <em>matters</em>
 *       cross, so its counts may add up to more than the walks; its {@linkplain
 *       Distribution#records() records} are the walks. A walk that crosses only by its form or its
 *       service point counts in {@link #crossingWalks()} but under no kind here.
 *   <li>A unit's complex and crossing shares are over the walks that name the unit ({@link
 *       Walk#unitId()}).
 *   <li>{@link Judgment#ONLY_SIMPLE_MATTERS} flags each roster unit with at least the least number
 *       of walks for a per-unit judgment (3) whose complex share is at most the largest complex
 *       share of simple matters only (0, compared exactly: none of its walks had a complex matter).
 *       A unit with fewer walks is not judged: too few walks to say that it avoided complex
 *       matters, and a missed flag is preferred to a false one; a unit that did not walk is flagged
 *       as not walking elsewhere. The flag's subject and only owner are the unit, its {@link
 *       Flag#count()} is the unit's walks, and its evidence is all the unit's walks, their leaders
 *       and the unit.
 *   <li>{@link #findingsPerWalk()} is the problems found on walks divided by the walks; both counts
 *       are kept.
 *   <li>A problem found on a walk is <em>trivial</em> when its category is one of {@link
 *       Policy#trivialCategories()} or its description is trivial by {@link Policy#trivialLexicon()}
 *       (see {@link TrivialLexicon}: a trivial phrase, or a trivial object with a deficiency, and no
 *       substantive signal; after Unicode NFKC normalisation and removal of whitespace; case and
 *       locale play no part). Each trivial problem gets one {@link Flag} per rule that matched:
 *       {@link Judgment#TRIVIAL_CATEGORY} with the category's code as its words, and {@link
 *       Judgment#TRIVIAL_PHRASE} or {@link Judgment#TRIVIAL_WORDING} with the lexicon entries that
 *       fired. A problem matched by both rules has two flags but counts once.
 *   <li>Only problems found on walks are classified: the bulletin criticises what leaders put on the
 *       walk record form (列入“走流程”纪实表中), while a petition, a hotline ticket, an inspection or
 *       an audit is not the leader's choice of what to look at.
 *   <li>A unit's trivial share is over the problems found on the walks that name the unit; a leader's
 *       over the problems found on their walks.
 *   <li>Every unit and member of the roster has an entry in every per-unit and per-leader map; with
 *       nothing to count (no walk, or nothing found) the share is 0 of 0 (undefined).
 * </ul>
 *
 * <p>A trivial flag's subject is the finding; its evidence is the finding, its walk, the walk's
 * leader, and the walk's unit together with the finding's responsible unit (usually the same). Its
 * owners are the walk's unit and leader only: the walker chose to put it on the record.
 *
 * <p>With no walks every count is 0 and every share is 0 of 0. Depths of two datasets with disjoint
 * units, members and walks, computed with the same policy, can be {@linkplain #plus(Depth) added}:
 * the sum equals the depth of the two datasets together (a unit is judged on its own walks only).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Depth {

  Depth() {}

  /** Returns the number of walks. */
  public abstract long walks();

  /** Returns the walks with at least one complex matter, of all walks. */
  public abstract Ratio complexWalks();

  /**
   * Returns the walks that cross into another unit's work, of all walks: cross-linked, at a service
   * point run by another unit, or with a matter that crosses any boundary.
   */
  public abstract Ratio crossingWalks();

  /**
   * Returns, for each kind of boundary, the walks with a matter that crosses it; a walk counts once
   * per kind, and the records are all walks.
   */
  public abstract Distribution<Crossing> crossings();

  /** Returns the number of problems found on walks. */
  public abstract long findingsOnWalks();

  /** Returns the trivial problems found on walks, of the problems found on walks. */
  public abstract Ratio trivialFindings();

  /** Returns each roster unit's trivial problems, of the problems found on its walks, by unit identifier. */
  public abstract ImmutableSortedMap<String, Ratio> trivialByUnit();

  /** Returns each roster member's trivial problems, of the problems found on their walks, by member identifier. */
  public abstract ImmutableSortedMap<String, Ratio> trivialByLeader();

  /** Returns each roster unit's walks with a complex matter, of the unit's walks, by unit identifier. */
  public abstract ImmutableSortedMap<String, Ratio> complexByUnit();

  /**
   * Returns each roster unit's walks that cross into another unit's work (as {@link #crossingWalks()}
   * counts them), of the unit's walks, by unit identifier.
   */
  public abstract ImmutableSortedMap<String, Ratio> crossingByUnit();

  /**
   * Returns every flag of the section, in their natural order: one {@link Judgment#TRIVIAL_CATEGORY}
   * or {@link Judgment#TRIVIAL_PHRASE} flag per rule that matched a problem, and one {@link
   * Judgment#ONLY_SIMPLE_MATTERS} flag per unit that walked simple matters only.
   */
  public abstract ImmutableList<Flag> flags();

  /** Returns the problems found per walk: {@link #findingsOnWalks()} ÷ {@link #walks()}; 0 with no walks. */
  public final double findingsPerWalk() {
    return walks() == 0 ? 0 : (double) findingsOnWalks() / walks();
  }

  /**
   * Returns the depth of this dataset and a disjoint one together, computed with the same policy.
   *
   * @throws IllegalArgumentException if the two share a unit or a member
   */
  public final Depth plus(Depth other) {
    return ImmutableDepth.builder()
        .walks(walks() + other.walks())
        .complexWalks(complexWalks().plus(other.complexWalks()))
        .crossingWalks(crossingWalks().plus(other.crossingWalks()))
        .crossings(crossings().plus(other.crossings()))
        .findingsOnWalks(findingsOnWalks() + other.findingsOnWalks())
        .trivialFindings(trivialFindings().plus(other.trivialFindings()))
        .trivialByUnit(union(trivialByUnit(), other.trivialByUnit(), "unit"))
        .trivialByLeader(union(trivialByLeader(), other.trivialByLeader(), "member"))
        .complexByUnit(union(complexByUnit(), other.complexByUnit(), "unit"))
        .crossingByUnit(union(crossingByUnit(), other.crossingByUnit(), "unit"))
        .addAllFlags(merge(flags(), other.flags()))
        .build();
  }

  /** Checks if {@code walk} has a complex matter. */
  static boolean isComplex(Walk walk) {
    for (Matter m : walk.matters()) {
      if (m.complexity() == Complexity.COMPLEX) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks if {@code walk} crosses into another unit's work: its forms include {@link
   * WalkForm#CROSS_LINKED}, its service point is run by a known unit other than the walk's unit, or
   * one of its matters crosses a boundary. The one definition of crossing, for every share of
   * crossing walks.
   */
  static boolean crosses(Walk walk) {
    if (walk.forms().contains(WalkForm.CROSS_LINKED)) {
      return true;
    }
    Optional<String> owner = walk.servicePoint().ownerUnitId();
    if (owner.isPresent() && !owner.get().equals(walk.unitId())) {
      return true;
    }
    for (Matter m : walk.matters()) {
      if (!m.crossings().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the kinds of boundary the matters of {@code walk} cross; empty when none. */
  static EnumSet<Crossing> crossings(Walk walk) {
    EnumSet<Crossing> s = EnumSet.noneOf(Crossing.class);
    for (Matter m : walk.matters()) {
      s.addAll(m.crossings());
    }
    return s;
  }

  static Depth of(Index index) {
    TrivialClassifier classifier = new TrivialClassifier(index.policy);
    Distribution.Counter<Crossing> crossings = new Distribution.Counter<>(Crossing.class);
    long complex = 0;
    long crossing = 0;
    long found = 0;
    long trivial = 0;
    Map<String, UnitTally> byUnit = new HashMap<>();
    Map<String, long[]> byLeader = new HashMap<>();
    List<Flag> flags = new ArrayList<>();
    // one pass over the walks, in the dataset's order
    for (Walk w : index.dataset.walks()) {
      UnitTally unit = byUnit.computeIfAbsent(w.unitId(), k -> new UnitTally());
      unit.walks++;
      crossings.record();
      if (isComplex(w)) {
        complex++;
        unit.complex++;
      }
      crossings(w).forEach(crossings::add);
      if (crosses(w)) {
        crossing++;
        unit.crossing++;
      }
      long walkTrivial = 0;
      for (Finding f : w.findings()) {
        List<Flag> fs = classifier.flags(f, w);
        if (!fs.isEmpty()) {
          walkTrivial++;
          flags.addAll(fs);
        }
      }
      int n = w.findings().size();
      found += n;
      trivial += walkTrivial;
      unit.trivial += walkTrivial;
      unit.found += n;
      if (n > 0) {
        long[] c = byLeader.computeIfAbsent(w.leaderId(), k -> new long[2]);
        c[0] += walkTrivial;
        c[1] += n;
      }
    }
    int minWalks = UnitJudgments.minWalks(index);
    BigDecimal maxComplexShare = UnitJudgments.onlySimpleMaxComplexShare(index);
    TreeMap<String, Ratio> trivialByUnit = new TreeMap<>();
    TreeMap<String, Ratio> complexByUnit = new TreeMap<>();
    TreeMap<String, Ratio> crossingByUnit = new TreeMap<>();
    for (String id : index.units.keySet()) {
      UnitTally unit = byUnit.getOrDefault(id, UnitTally.NONE);
      trivialByUnit.put(id, Ratio.of(unit.trivial, unit.found));
      complexByUnit.put(id, Ratio.of(unit.complex, unit.walks));
      crossingByUnit.put(id, Ratio.of(unit.crossing, unit.walks));
      if (UnitJudgments.judged(unit.walks, minWalks)
          && UnitJudgments.atMost(unit.complex, unit.walks, maxComplexShare)) {
        flags.add(new UnitJudgments.Evidence(id, index.walksByUnit.get(id)).flag(Judgment.ONLY_SIMPLE_MATTERS));
      }
    }
    TreeMap<String, Ratio> trivialByLeader = new TreeMap<>();
    for (String id : index.members.keySet()) {
      long[] c = byLeader.get(id);
      trivialByLeader.put(id, c == null ? Ratio.zero() : Ratio.of(c[0], c[1]));
    }
    flags.sort(BY_JUDGMENT_AND_SUBJECT);
    return ImmutableDepth.builder()
        .walks(index.dataset.walks().size())
        .complexWalks(Ratio.of(complex, index.dataset.walks().size()))
        .crossingWalks(Ratio.of(crossing, index.dataset.walks().size()))
        .crossings(crossings.build())
        .findingsOnWalks(found)
        .trivialFindings(Ratio.of(trivial, found))
        .trivialByUnit(ImmutableSortedMap.copyOfSorted(trivialByUnit))
        .trivialByLeader(ImmutableSortedMap.copyOfSorted(trivialByLeader))
        .complexByUnit(ImmutableSortedMap.copyOfSorted(complexByUnit))
        .crossingByUnit(ImmutableSortedMap.copyOfSorted(crossingByUnit))
        .addAllFlags(ImmutableList.copyOf(flags))
        .build();
  }

  /** A unit's counts so far; used once, from one thread ({@link #NONE} is never changed). */
  private static final class UnitTally {
    static final UnitTally NONE = new UnitTally();
    long walks;
    long complex;
    long crossing;
    long trivial;
    long found;
  }

  /** Returns the union of two maps with disjoint keys. */
  static <V> ImmutableSortedMap<String, V> union(
      ImmutableSortedMap<String, V> a, ImmutableSortedMap<String, V> b, String what) {
    TreeMap<String, V> m = new TreeMap<>(a);
    b.forEach(
        (id, v) -> {
          if (m.putIfAbsent(id, v) != null) {
            throw new IllegalArgumentException("both datasets hold " + what + " " + id);
          }
        });
    return ImmutableSortedMap.copyOfSorted(m);
  }

  /**
   * Orders flags of one judgment per subject, as this section's are: for them it is their natural
   * order, found without comparing evidence.
   */
  static final Comparator<Flag> BY_JUDGMENT_AND_SUBJECT =
      Comparator.comparing(Flag::judgment).thenComparing(Flag::subject);

  /** Returns the flags of two disjoint datasets together, in their natural order. */
  static ImmutableList<Flag> merge(List<Flag> a, List<Flag> b) {
    List<Flag> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.sort(BY_JUDGMENT_AND_SUBJECT);
    return ImmutableList.copyOf(all);
  }
}
