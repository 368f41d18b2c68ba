package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How the walks were made (体验事项单一): distributions of walks over every facet of the mode of a
 * walk, the shares of the modes the bulletin asks for (overall and per unit), the diversity of forms
 * per unit and leader, and the units that walked but never in one of those modes.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>Every distribution is over walks. {@link #forms()} counts a walk once for each of its forms,
 *       so its counts may add up to more than the walks; its {@linkplain Distribution#records()
 *       records} are the walks. The other facets have one value per walk.
 *   <li>A walk's {@link Channel} is online when its forms include {@link WalkForm#ONLINE} or its
 *       service point is an online platform, offline otherwise.
 *   <li>The modes asked for, each a share of walks: {@linkplain #onlineWalks() online} (by channel),
 *       {@linkplain #grassrootsWalks() extended to the grassroots} and {@linkplain
 *       #crossLinkedWalks() cross-linked} (by form), {@linkplain #citizenWalks() as an ordinary
 *       citizen} (by role), {@linkplain #ordinaryRoleWalks() as an ordinary citizen or an ordinary
 *       staff member} (by role: {@link Role#CITIZEN} or {@link Role#STAFF}, the bulletin's
 *       以普通办事群众、普通工作人员身份), {@linkplain #unannouncedWalks() unannounced}, {@linkplain
 *       #wholeProcessWalks() the whole process} and {@linkplain #fourNoTwoStraightWalks() 四不两直}.
 *   <li>A walk is <em>to the grassroots or crossing</em> when its forms include {@link
 *       WalkForm#GRASSROOTS} (下沉延伸走) or it crosses into another unit's work as {@link
 *       Depth#crossingWalks()} defines it: cross-linked (交叉联动走), at a service point run by
 *       another unit, or with a matter that crosses a boundary.
 *   <li>{@link #modesByUnit()} gives, per roster unit, its walks and the shares of them that were
 *       online, unannounced, in an ordinary role, through the whole process, and to the grassroots
 *       or crossing.
 *   <li>The <em>diversity</em> of a unit or leader is {@link Distribution#diversity()} of the forms
 *       of their walks: {@code -Σ p·ln p / ln 5}, where {@code p} is each form's count divided by the
 *       sum of the five forms' counts (terms with {@code p = 0} left out). It is 0 with no walks or
 *       a single form, and 1 when all five forms are equally often used.
 *   <li>Each roster unit with at least 3 walks (the least number of walks for a per-unit judgment)
 *       is flagged once for each mode none of its walks had:
 *       <ul>
 *         <li>{@link Judgment#NO_ONLINE_WALK}: no online walk (线上线下未全覆盖);
 *         <li>{@link Judgment#NO_UNANNOUNCED_WALK}: no {@link Visibility#UNANNOUNCED} walk (以明查代暗访);
 *         <li>{@link Judgment#NO_ORDINARY_ROLE_WALK}: no walk as {@link Role#CITIZEN} or {@link
 *             Role#STAFF} (以普通办事群众、普通工作人员身份);
 *         <li>{@link Judgment#NO_WHOLE_PROCESS_WALK}: no {@link Coverage#WHOLE} walk (以部分办代全程办);
 *         <li>{@link Judgment#NO_GRASSROOTS_OR_CROSSING_WALK}: no walk to the grassroots or crossing,
 *             as defined above (下沉延伸走、交叉联动走).
 *       </ul>
 *       A unit with fewer walks is not judged: one or two walks cannot cover every mode, and a
 *       missed flag is preferred to a false one. A unit that did not walk at all is not flagged
 *       here: it is flagged as not walking elsewhere. Each flag's subject and only owner is the
 *       unit, its {@link Flag#count()} is the unit's walks, and its evidence is all the unit's walks,
 *       their leaders and the unit.
 * </ul>
 *
 * <p>Per-unit and per-leader maps hold every unit and member of the roster. With no walks every
 * count is 0, every share 0 of 0 and every diversity 0. Modes of two datasets with disjoint units,
 * members and walks, computed with the same policy, can be {@linkplain #plus(Modes) added}: the sum
 * equals the modes of the two datasets together (a unit is judged on its own walks only), so a
 * province can combine its cities.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Modes {

  Modes() {}

  /** Returns the number of walks. */
  public abstract long walks();

  /** Returns the walks by form; a walk counts once per form, and the records are the walks. */
  public abstract Distribution<WalkForm> forms();

  /** Returns the walks by the identity the leader took. */
  public abstract Distribution<Role> roles();

  /** Returns the walks by how the leader went through the process. */
  public abstract Distribution<Approach> approaches();

  /** Returns the walks by announced (明查) or unannounced (暗访). */
  public abstract Distribution<Visibility> visibilities();

  /** Returns the walks by whole (全程办) or part (部分办) of the process. */
  public abstract Distribution<Coverage> coverages();

  /** Returns the walks by online or offline channel. */
  public abstract Distribution<Channel> channels();

  /** Returns the walks made in the 四不两直 manner, of all walks. */
  public abstract Ratio fourNoTwoStraightWalks();

  /** Returns each roster unit's walks by form, by unit identifier. */
  public abstract ImmutableSortedMap<String, Distribution<WalkForm>> formsByUnit();

  /** Returns each roster member's walks by form, by member identifier. */
  public abstract ImmutableSortedMap<String, Distribution<WalkForm>> formsByLeader();

  /** Returns the modes of each roster unit's walks, by unit identifier. */
  public abstract ImmutableSortedMap<String, UnitModes> modesByUnit();

  /**
   * Returns every flag of the section, in their natural order: for each judged unit, one flag per
   * mode none of its walks had ({@link Judgment#NO_ONLINE_WALK}, {@link
   * Judgment#NO_UNANNOUNCED_WALK}, {@link Judgment#NO_ORDINARY_ROLE_WALK}, {@link
   * Judgment#NO_WHOLE_PROCESS_WALK}, {@link Judgment#NO_GRASSROOTS_OR_CROSSING_WALK}).
   */
  public abstract ImmutableList<Flag> flags();

  /** Returns the diversity of forms of each roster unit's walks, from 0 to 1, by unit identifier. */
  @Value.Derived
  public ImmutableSortedMap<String, Double> diversityByUnit() {
    return diversity(formsByUnit());
  }

  /** Returns the diversity of forms of each roster member's walks, from 0 to 1, by member identifier. */
  @Value.Derived
  public ImmutableSortedMap<String, Double> diversityByLeader() {
    return diversity(formsByLeader());
  }

  /** Returns the online walks, of all walks (网上体验走, or at an online platform). */
  public final Ratio onlineWalks() {
    return channels().share(Channel.ONLINE);
  }

  /** Returns the walks extended down to the grassroots, of all walks (下沉延伸走). */
  public final Ratio grassrootsWalks() {
    return forms().share(WalkForm.GRASSROOTS);
  }

  /** Returns the walks cross-linked with other departments or levels, of all walks (交叉联动走). */
  public final Ratio crossLinkedWalks() {
    return forms().share(WalkForm.CROSS_LINKED);
  }

  /** Returns the walks made as an ordinary citizen, of all walks (普通办事群众身份). */
  public final Ratio citizenWalks() {
    return roles().share(Role.CITIZEN);
  }

  /**
   * Returns the walks made as an ordinary citizen or an ordinary staff member, of all walks
   * (以普通办事群众、普通工作人员身份).
   */
  public final Ratio ordinaryRoleWalks() {
    return Ratio.of(roles().count(Role.CITIZEN) + roles().count(Role.STAFF), roles().records());
  }

  /** Returns the unannounced walks, of all walks (暗访). */
  public final Ratio unannouncedWalks() {
    return visibilities().share(Visibility.UNANNOUNCED);
  }

  /** Returns the walks through the whole process, of all walks (全程办). */
  public final Ratio wholeProcessWalks() {
    return coverages().share(Coverage.WHOLE);
  }

  /**
   * Returns the modes of this dataset and a disjoint one together, computed with the same policy.
   *
   * @throws IllegalArgumentException if the two share a unit or a member
   */
  public final Modes plus(Modes other) {
    return ImmutableModes.builder()
        .walks(walks() + other.walks())
        .forms(forms().plus(other.forms()))
        .roles(roles().plus(other.roles()))
        .approaches(approaches().plus(other.approaches()))
        .visibilities(visibilities().plus(other.visibilities()))
        .coverages(coverages().plus(other.coverages()))
        .channels(channels().plus(other.channels()))
        .fourNoTwoStraightWalks(fourNoTwoStraightWalks().plus(other.fourNoTwoStraightWalks()))
        .formsByUnit(Depth.union(formsByUnit(), other.formsByUnit(), "unit"))
        .formsByLeader(Depth.union(formsByLeader(), other.formsByLeader(), "member"))
        .modesByUnit(Depth.union(modesByUnit(), other.modesByUnit(), "unit"))
        .addAllFlags(Depth.merge(flags(), other.flags()))
        .build();
  }

  static Modes of(Index index) {
    Distribution.Counter<WalkForm> forms = new Distribution.Counter<>(WalkForm.class);
    Distribution.Counter<Role> roles = new Distribution.Counter<>(Role.class);
    Distribution.Counter<Approach> approaches = new Distribution.Counter<>(Approach.class);
    Distribution.Counter<Visibility> visibilities = new Distribution.Counter<>(Visibility.class);
    Distribution.Counter<Coverage> coverages = new Distribution.Counter<>(Coverage.class);
    Distribution.Counter<Channel> channels = new Distribution.Counter<>(Channel.class);
    long fourNoTwoStraight = 0;
    Map<String, UnitTally> byUnit = new HashMap<>();
    Map<String, Distribution.Counter<WalkForm>> byLeader = new HashMap<>();
    // one pass over the walks, in the dataset's order
    for (Walk w : index.dataset.walks()) {
      UnitTally unit = byUnit.computeIfAbsent(w.unitId(), k -> new UnitTally());
      Distribution.Counter<WalkForm> leader =
          byLeader.computeIfAbsent(w.leaderId(), k -> new Distribution.Counter<>(WalkForm.class));
      forms.record();
      unit.forms.record();
      leader.record();
      for (WalkForm f : w.forms()) {
        forms.add(f);
        unit.forms.add(f);
        leader.add(f);
      }
      roles.record();
      roles.add(w.role());
      approaches.record();
      approaches.add(w.approach());
      visibilities.record();
      visibilities.add(w.visibility());
      coverages.record();
      coverages.add(w.coverage());
      Channel channel = Channel.of(w);
      channels.record();
      channels.add(channel);
      fourNoTwoStraight += w.fourNoTwoStraight() ? 1 : 0;
      unit.online += channel == Channel.ONLINE ? 1 : 0;
      unit.unannounced += w.visibility() == Visibility.UNANNOUNCED ? 1 : 0;
      unit.ordinaryRole += w.role() == Role.CITIZEN || w.role() == Role.STAFF ? 1 : 0;
      unit.wholeProcess += w.coverage() == Coverage.WHOLE ? 1 : 0;
      unit.grassrootsOrCrossing += w.forms().contains(WalkForm.GRASSROOTS) || Depth.crosses(w) ? 1 : 0;
    }
    int minWalks = UnitJudgments.minWalks(index);
    Distribution<WalkForm> none = Distribution.empty(WalkForm.class);
    TreeMap<String, Distribution<WalkForm>> units = new TreeMap<>();
    TreeMap<String, UnitModes> unitModes = new TreeMap<>();
    List<Flag> flags = new ArrayList<>();
    for (String id : index.units.keySet()) {
      UnitTally unit = byUnit.get(id);
      if (unit == null) {
        units.put(id, none);
        unitModes.put(id, UnitModes.none());
        continue;
      }
      long walks = unit.forms.records;
      units.put(id, unit.forms.build());
      unitModes.put(
          id, UnitModes.of(walks, unit.online, unit.unannounced, unit.ordinaryRole, unit.wholeProcess, unit.grassrootsOrCrossing));
      if (UnitJudgments.judged(walks, minWalks)) {
        UnitJudgments.Evidence evidence = new UnitJudgments.Evidence(id, index.walksByUnit.get(id));
        addIfNone(flags, unit.online, Judgment.NO_ONLINE_WALK, evidence);
        addIfNone(flags, unit.unannounced, Judgment.NO_UNANNOUNCED_WALK, evidence);
        addIfNone(flags, unit.ordinaryRole, Judgment.NO_ORDINARY_ROLE_WALK, evidence);
        addIfNone(flags, unit.wholeProcess, Judgment.NO_WHOLE_PROCESS_WALK, evidence);
        addIfNone(flags, unit.grassrootsOrCrossing, Judgment.NO_GRASSROOTS_OR_CROSSING_WALK, evidence);
      }
    }
    TreeMap<String, Distribution<WalkForm>> leaders = new TreeMap<>();
    for (String id : index.members.keySet()) {
      Distribution.Counter<WalkForm> leader = byLeader.get(id);
      leaders.put(id, leader == null ? none : leader.build());
    }
    flags.sort(Depth.BY_JUDGMENT_AND_SUBJECT);
    return ImmutableModes.builder()
        .walks(index.dataset.walks().size())
        .forms(forms.build())
        .roles(roles.build())
        .approaches(approaches.build())
        .visibilities(visibilities.build())
        .coverages(coverages.build())
        .channels(channels.build())
        .fourNoTwoStraightWalks(Ratio.of(fourNoTwoStraight, index.dataset.walks().size()))
        .formsByUnit(ImmutableSortedMap.copyOfSorted(units))
        .formsByLeader(ImmutableSortedMap.copyOfSorted(leaders))
        .modesByUnit(ImmutableSortedMap.copyOfSorted(unitModes))
        .addAllFlags(flags)
        .build();
  }

  /** A unit's forms so far, and how many of its walks had each mode flagged when missing; used once, from one thread. */
  private static final class UnitTally {
    final Distribution.Counter<WalkForm> forms = new Distribution.Counter<>(WalkForm.class);
    long online;
    long unannounced;
    long ordinaryRole;
    long wholeProcess;
    long grassrootsOrCrossing;
  }

  private static void addIfNone(List<Flag> flags, long walksWithMode, Judgment judgment, UnitJudgments.Evidence evidence) {
    if (walksWithMode == 0) {
      flags.add(evidence.flag(judgment));
    }
  }

  private static ImmutableSortedMap<String, Double> diversity(Map<String, Distribution<WalkForm>> forms) {
    ImmutableSortedMap.Builder<String, Double> b = ImmutableSortedMap.naturalOrder();
    forms.forEach((id, d) -> b.put(id, d.diversity()));
    return b.build();
  }
}
