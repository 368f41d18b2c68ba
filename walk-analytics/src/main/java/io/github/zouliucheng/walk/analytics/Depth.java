package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Walk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How deep the walks went (发现问题浮浅): complex matters, matters that cross boundaries, problems
 * found per walk, and trivial problems.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>A walk is <em>complex</em> when at least one of its matters is {@link Complexity#COMPLEX}.
 *   <li>A walk <em>crosses a boundary</em> when at least one of its matters crosses divisions,
 *       departments, levels or regions (any {@link Crossing}). {@link #crossings()} counts each walk
 *       once for each kind of boundary its matters cross, so its counts may add up to more than the
 *       walks; its {@linkplain Distribution#records() records} are the walks.
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
 *       over the problems found on their walks. Every unit and member of the roster has an entry;
 *       with nothing found the share is 0 of 0 (undefined).
 * </ul>
 *
 * <p>A trivial flag's subject is the finding; its evidence is the finding, its walk, the walk's
 * leader, and the walk's unit together with the finding's responsible unit (usually the same). Its
 * owners are the walk's unit and leader only: the walker chose to put it on the record.
 *
 * <p>With no walks every count is 0 and every share is 0 of 0. Depths of two datasets with disjoint
 * units, members and walks, computed with the same policy, can be {@linkplain #plus(Depth) added}:
 * the sum equals the depth of the two datasets together.
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

  /** Returns the walks with a matter that crosses any boundary, of all walks. */
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

  /**
   * Returns every flag of the section: one {@link Judgment#TRIVIAL_CATEGORY} or {@link
   * Judgment#TRIVIAL_PHRASE} flag per rule that matched a problem, in their natural order.
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
    Map<String, long[]> byUnit = new HashMap<>();
    Map<String, long[]> byLeader = new HashMap<>();
    List<Flag> flags = new ArrayList<>();
    for (Walk w : index.dataset.walks()) {
      crossings.record();
      complex += isComplex(w) ? 1 : 0;
      EnumSet<Crossing> crossed = crossings(w);
      crossed.forEach(crossings::add);
      crossing += crossed.isEmpty() ? 0 : 1;
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
      if (n > 0) {
        add(byUnit, w.unitId(), walkTrivial, n);
        add(byLeader, w.leaderId(), walkTrivial, n);
      }
    }
    flags.sort(BY_JUDGMENT_AND_SUBJECT);
    return ImmutableDepth.builder()
        .walks(index.dataset.walks().size())
        .complexWalks(Ratio.of(complex, index.dataset.walks().size()))
        .crossingWalks(Ratio.of(crossing, index.dataset.walks().size()))
        .crossings(crossings.build())
        .findingsOnWalks(found)
        .trivialFindings(Ratio.of(trivial, found))
        .trivialByUnit(shares(index.units.keySet(), byUnit))
        .trivialByLeader(shares(index.members.keySet(), byLeader))
        .addAllFlags(ImmutableList.copyOf(flags))
        .build();
  }

  private static void add(Map<String, long[]> counts, String id, long trivial, long found) {
    long[] c = counts.computeIfAbsent(id, k -> new long[2]);
    c[0] += trivial;
    c[1] += found;
  }

  private static ImmutableSortedMap<String, Ratio> shares(Iterable<String> ids, Map<String, long[]> counts) {
    TreeMap<String, Ratio> m = new TreeMap<>();
    for (String id : ids) {
      long[] c = counts.get(id);
      m.put(id, c == null ? Ratio.zero() : Ratio.of(c[0], c[1]));
    }
    return ImmutableSortedMap.copyOfSorted(m);
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
