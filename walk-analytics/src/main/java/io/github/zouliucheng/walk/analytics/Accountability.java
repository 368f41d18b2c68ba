package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Empty walks and accountability (空走、未走、不实走): the figures the bulletin's last requirement
 * holds leaders to account on — who did not walk, who did not walk for real, and what is still not
 * solved.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@link Judgment#EMPTY_WALK}: a walk with no findings (空走). Subject: the walk; evidence: the
 *       walk, its leader, its unit.
 *   <li>{@link Judgment#ALL_WALKS_EMPTY}: a roster member who walked at least once and all of whose
 *       walks were empty. Subject: the member; evidence: their walks, the member, their unit.
 *   <li>{@link Judgment#DID_NOT_WALK}: a roster member who is the leader of no walk of the dataset
 *       (未走). Subject: the member; evidence: the member, their unit.
 *   <li>{@link Judgment#PRINCIPAL_DID_NOT_WALK}: a roster unit none of whose principal leaders
 *       (主要负责同志) walked. A unit with <em>no</em> principal on the roster is flagged too, with no
 *       member in the evidence and a {@linkplain Flag#count() count} of 0 principals: the requirement that
 *       principal leaders walk first cannot be shown met, and the roster gap is for the office to
 *       fix; no person is named. Subject: the unit; evidence: the unit and its principal members, who are
 *       also the members named as answering for it; count: the principals on the roster.
 *   <li>A walk is <em>shallow</em> (不实走) when it was announced (明查), covered only part of the
 *       process (部分办), and every matter experienced was simple (简单事项) — the three faults the
 *       bulletin names together ("以明查代暗访，以部分办代全程办", "走简单事项多"). Crossings, role
 *       and form do not enter. {@link Judgment#ALL_WALKS_SHALLOW}: a roster member who walked at
 *       least once and all of whose walks were shallow. Subject: the member; evidence: their walks,
 *       the member, their unit.
 *   <li><em>Open problems</em>: problems charged to a unit (its responsible unit) and not solved by
 *       the reference date, from {@link RectificationQuality}.
 * </ul>
 *
 * <p>Leader judgments concern roster members only; a valid dataset's walks are all led by roster
 * members, so the members who walked and those who did not add up to the roster.
 *
 * <p>The accountability of two datasets with disjoint units, members, walks and findings, for the
 * same reference date, can be {@linkplain #plus(Accountability) added}: the sum equals the
 * accountability of the two datasets together.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Accountability {

  Accountability() {}

  /** Returns the walks that found nothing (空走), of all walks. */
  public abstract Ratio emptyWalks();

  /** Returns the shallow walks (不实走), of all walks. */
  public abstract Ratio shallowWalks();

  /** Returns the roster members who walked at least once, of the roster. */
  public abstract Ratio membersWalked();

  /** Returns the roster members who did not walk (未走), of the roster. */
  public abstract Ratio membersDidNotWalk();

  /** Returns the members all of whose walks were empty, of the members who walked. */
  public abstract Ratio leadersAllWalksEmpty();

  /** Returns the members all of whose walks were shallow, of the members who walked. */
  public abstract Ratio leadersAllWalksShallow();

  /**
   * Returns the roster units none of whose principal leaders walked, of the roster units; units with
   * no principal on the roster included.
   */
  public abstract Ratio unitsPrincipalDidNotWalk();

  /** Returns the number of roster units with no principal leader on the roster. */
  public abstract long unitsWithoutPrincipal();

  /** Returns the number of problems not solved by the reference date, of every source. */
  public abstract long openProblems();

  /** Returns each roster unit's figures, by unit identifier, every unit included. */
  public abstract ImmutableSortedMap<String, UnitAccountability> units();

  /** Returns every flag, sorted. */
  public abstract ImmutableSortedSet<Flag> flags();

  /** Returns the flags of {@code judgment}, sorted by subject. */
  public final ImmutableSortedSet<Flag> flags(Judgment judgment) {
    return SortedFlags.ofJudgment(flags(), judgment);
  }

  /**
   * Returns the accountability of this dataset and a disjoint one together: ratios and counts added,
   * units and flags united.
   *
   * @throws IllegalArgumentException if the two share a unit
   */
  public final Accountability plus(Accountability other) {
    TreeMap<String, UnitAccountability> units = new TreeMap<>(units());
    other.units().forEach((id, u) -> {
      if (units.putIfAbsent(id, u) != null) {
        throw new IllegalArgumentException("both accountabilities hold unit " + id);
      }
    });
    return ImmutableAccountability.builder()
        .emptyWalks(emptyWalks().plus(other.emptyWalks()))
        .shallowWalks(shallowWalks().plus(other.shallowWalks()))
        .membersWalked(membersWalked().plus(other.membersWalked()))
        .membersDidNotWalk(membersDidNotWalk().plus(other.membersDidNotWalk()))
        .leadersAllWalksEmpty(leadersAllWalksEmpty().plus(other.leadersAllWalksEmpty()))
        .leadersAllWalksShallow(leadersAllWalksShallow().plus(other.leadersAllWalksShallow()))
        .unitsPrincipalDidNotWalk(unitsPrincipalDidNotWalk().plus(other.unitsPrincipalDidNotWalk()))
        .unitsWithoutPrincipal(unitsWithoutPrincipal() + other.unitsWithoutPrincipal())
        .openProblems(openProblems() + other.openProblems())
        .units(ImmutableSortedMap.copyOfSorted(units))
        .flags(ImmutableSortedSet.<Flag>naturalOrder().addAll(flags()).addAll(other.flags()).build())
        .build();
  }

  /**
   * Checks if {@code walk} is shallow (不实走): announced, part of the process, and simple matters
   * only, as defined in the class documentation.
   */
  static boolean shallow(Walk walk) {
    if (walk.visibility() != Visibility.ANNOUNCED || walk.coverage() != Coverage.PART) {
      return false;
    }
    for (Matter m : walk.matters()) {
      if (m.complexity() != Complexity.SIMPLE) {
        return false;
      }
    }
    return true;
  }

  /** Computes the accountability of the indexed dataset, and its rectification quality for the open problems. */
  static Accountability of(Index index) {
    return of(index, RectificationQuality.of(index));
  }

  /** Counts one member's walks; used once, from one thread. */
  private static final class Walks {
    long walks;
    long empty;
    long shallow;
  }

  /**
   * Computes the accountability of the indexed dataset, taking open problems from {@code quality},
   * computed from the same index. Walks are visited once, in the dataset's order; in a valid dataset
   * every walk is led by a member of the roster of the unit it names, so a unit's walks are its
   * members' walks.
   */
  static Accountability of(Index index, RectificationQuality quality) {
    SortedFlags flags = new SortedFlags();
    Map<String, Walks> byLeader = new HashMap<>();
    for (Walk w : index.dataset.walks()) {
      Walks counts = byLeader.computeIfAbsent(w.leaderId(), id -> new Walks());
      counts.walks++;
      if (w.findings().isEmpty()) {
        counts.empty++;
        flags.add(
            Flag.of(Judgment.EMPTY_WALK, w.id())
                .walkIds(ImmutableSortedSet.of(w.id()))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(flags.only(w.leaderId()))
                .unitIds(flags.only(w.unitId()))
                .ownerMemberIds(flags.only(w.leaderId()))
                .ownerUnitIds(flags.only(w.unitId()))
                .build());
      }
      counts.shallow += shallow(w) ? 1 : 0;
    }
    Walks none = new Walks();
    long walks = 0;
    long empty = 0;
    long shallow = 0;
    long walked = 0;
    long allEmpty = 0;
    long allShallow = 0;
    long principalDidNotWalk = 0;
    long withoutPrincipal = 0;
    TreeMap<String, UnitAccountability> units = new TreeMap<>();
    for (Unit u : index.units.values()) {
      long members = 0;
      long membersWalked = 0;
      long principals = 0;
      long principalsWalked = 0;
      long unitWalks = 0;
      long unitEmpty = 0;
      long unitShallow = 0;
      ImmutableSortedSet.Builder<String> principalIds = ImmutableSortedSet.naturalOrder();
      for (Member m : index.membersByUnit.get(u.id())) {
        Walks own = byLeader.getOrDefault(m.id(), none);
        members++;
        if (m.principal()) {
          principals++;
          principalsWalked += own.walks > 0 ? 1 : 0;
          principalIds.add(m.id());
        }
        if (own.walks == 0) {
          flags.add(memberFlag(Judgment.DID_NOT_WALK, m, ImmutableList.of(), flags));
          continue;
        }
        membersWalked++;
        if (own.empty == own.walks) {
          allEmpty++;
          flags.add(memberFlag(Judgment.ALL_WALKS_EMPTY, m, index.walksByLeader.get(m.id()), flags));
        }
        if (own.shallow == own.walks) {
          allShallow++;
          flags.add(memberFlag(Judgment.ALL_WALKS_SHALLOW, m, index.walksByLeader.get(m.id()), flags));
        }
        unitWalks += own.walks;
        unitEmpty += own.empty;
        unitShallow += own.shallow;
      }
      if (principalsWalked == 0) {
        principalDidNotWalk++;
        Flag.Builder flag =
            Flag.of(Judgment.PRINCIPAL_DID_NOT_WALK, u.id())
                .walkIds(ImmutableSortedSet.of())
                .findingIds(ImmutableSortedSet.of())
                .memberIds(principalIds.build())
                .unitIds(flags.only(u.id()))
                .ownerUnitIds(flags.only(u.id()))
                .ownerMemberIds(principalIds.build())
                .count(principals);
        withoutPrincipal += principals == 0 ? 1 : 0;
        flags.add(flag.build());
      }
      UnitRectification r = quality.units().get(u.id());
      units.put(
          u.id(),
          ImmutableUnitAccountability.builder()
              .unitId(u.id())
              .membersWalked(Ratio.of(membersWalked, members))
              .principalsWalked(Ratio.of(principalsWalked, principals))
              .emptyWalks(Ratio.of(unitEmpty, unitWalks))
              .shallowWalks(Ratio.of(unitShallow, unitWalks))
              .openProblems(r == null ? 0 : r.open())
              .build());
      walks += unitWalks;
      empty += unitEmpty;
      shallow += unitShallow;
      walked += membersWalked;
    }
    long roster = index.members.size();
    return ImmutableAccountability.builder()
        .emptyWalks(Ratio.of(empty, walks))
        .shallowWalks(Ratio.of(shallow, walks))
        .membersWalked(Ratio.of(walked, roster))
        .membersDidNotWalk(Ratio.of(roster - walked, roster))
        .leadersAllWalksEmpty(Ratio.of(allEmpty, walked))
        .leadersAllWalksShallow(Ratio.of(allShallow, walked))
        .unitsPrincipalDidNotWalk(Ratio.of(principalDidNotWalk, index.units.size()))
        .unitsWithoutPrincipal(withoutPrincipal)
        .openProblems(quality.solved().denominator() - quality.solved().numerator())
        .units(ImmutableSortedMap.copyOfSorted(units))
        .flags(flags.build())
        .build();
  }

  /** Returns a flag about member {@code m}, with their walks, themselves and their unit as evidence. */
  private static Flag memberFlag(Judgment judgment, Member m, List<Walk> walks, SortedFlags flags) {
    ImmutableSortedSet.Builder<String> walkIds = ImmutableSortedSet.naturalOrder();
    for (Walk w : walks) {
      walkIds.add(w.id());
    }
    return Flag.of(judgment, m.id())
        .walkIds(walkIds.build())
        .findingIds(ImmutableSortedSet.of())
        .memberIds(flags.only(m.id()))
        .unitIds(flags.only(m.unitId()))
        .ownerMemberIds(flags.only(m.id()))
        .ownerUnitIds(flags.only(m.unitId()))
        .build();
  }
}
