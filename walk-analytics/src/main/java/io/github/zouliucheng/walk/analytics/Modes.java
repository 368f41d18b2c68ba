package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
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
 * walk, the shares of the modes the bulletin asks for, the diversity of forms per unit and leader,
 * and the units that walked but never online.
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
 *       citizen} (by role), {@linkplain #unannouncedWalks() unannounced}, {@linkplain
 *       #wholeProcessWalks() the whole process} and {@linkplain #fourNoTwoStraightWalks() 四不两直}.
 *   <li>The <em>diversity</em> of a unit or leader is {@link Distribution#diversity()} of the forms
 *       of their walks: {@code -Σ p·ln p / ln 5}, where {@code p} is each form's count divided by the
 *       sum of the five forms' counts (terms with {@code p = 0} left out). It is 0 with no walks or
 *       a single form, and 1 when all five forms are equally often used.
 *   <li>{@link Judgment#NO_ONLINE_WALK} flags each roster unit that walked but had no online walk;
 *       its evidence is the unit, all its walks and their leaders. A unit that did not walk at all is
 *       not flagged here: it is flagged as not walking elsewhere.
 * </ul>
 *
 * <p>Per-unit and per-leader maps hold every unit and member of the roster. With no walks every
 * count is 0, every share 0 of 0 and every diversity 0. Modes of two datasets with disjoint units,
 * members and walks can be {@linkplain #plus(Modes) added}: the sum equals the modes of the two
 * datasets together, so a province can combine its cities.
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

  /** Returns every flag of the section: one {@link Judgment#NO_ONLINE_WALK} per unit, in their natural order. */
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

  /** Returns the unannounced walks, of all walks (暗访). */
  public final Ratio unannouncedWalks() {
    return visibilities().share(Visibility.UNANNOUNCED);
  }

  /** Returns the walks through the whole process, of all walks (全程办). */
  public final Ratio wholeProcessWalks() {
    return coverages().share(Coverage.WHOLE);
  }

  /**
   * Returns the modes of this dataset and a disjoint one together.
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
    Map<String, UnitForms> byUnit = new HashMap<>();
    Map<String, Distribution.Counter<WalkForm>> byLeader = new HashMap<>();
    // one pass over the walks, in the dataset's order
    for (Walk w : index.dataset.walks()) {
      UnitForms unit = byUnit.computeIfAbsent(w.unitId(), k -> new UnitForms());
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
      unit.online |= channel == Channel.ONLINE;
      fourNoTwoStraight += w.fourNoTwoStraight() ? 1 : 0;
    }
    Distribution<WalkForm> none = Distribution.empty(WalkForm.class);
    TreeMap<String, Distribution<WalkForm>> units = new TreeMap<>();
    List<Flag> flags = new ArrayList<>();
    for (String id : index.units.keySet()) {
      UnitForms unit = byUnit.get(id);
      units.put(id, unit == null ? none : unit.forms.build());
      if (unit != null && !unit.online) {
        flags.add(noOnlineWalk(id, index.walksByUnit.get(id)));
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
        .addAllFlags(flags)
        .build();
  }

  /** A unit's forms so far, and whether it has walked online; used once, from one thread. */
  private static final class UnitForms {
    final Distribution.Counter<WalkForm> forms = new Distribution.Counter<>(WalkForm.class);
    boolean online;
  }

  private static Flag noOnlineWalk(String unit, List<Walk> walks) {
    ImmutableSortedSet.Builder<String> walkIds = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<String> leaders = ImmutableSortedSet.naturalOrder();
    for (Walk w : walks) {
      walkIds.add(w.id());
      leaders.add(w.leaderId());
    }
    return Flag.of(Judgment.NO_ONLINE_WALK, unit)
        .walkIds(walkIds.build())
        .findingIds(ImmutableSortedSet.of())
        .memberIds(leaders.build())
        .unitIds(ImmutableSortedSet.of(unit))
        .ownerUnitIds(ImmutableSortedSet.of(unit))
        .build();
  }

  private static ImmutableSortedMap<String, Double> diversity(Map<String, Distribution<WalkForm>> forms) {
    ImmutableSortedMap.Builder<String, Double> b = ImmutableSortedMap.naturalOrder();
    forms.forEach((id, d) -> b.put(id, d.diversity()));
    return b.build();
  }
}
