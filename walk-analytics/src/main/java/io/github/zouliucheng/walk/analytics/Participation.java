package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedMap;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The overall situation (总体情况): who walked, how often, what was found and what was solved.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>A unit <em>walked</em> when at least one walk names it; a member walked when at least one
 *       walk names them as leader.
 *   <li>Findings are counted where they came from: {@linkplain #findingsOnWalks() on walks} (the
 *       bulletin's "发现问题") and {@linkplain #findingsFromOtherSources() from other channels}
 *       (petitions, public opinion, the 12345 hotline, inspections, audits).
 *   <li>A finding is <em>solved</em> (解决) when its rectification was marked rectified on or before
 *       the reference date (by default the period's last day), whether or not it was then closed
 *       out; it is <em>closed out</em> (销号) when it was verified and closed out on or before that
 *       day. Both counts are given, so the bulletin can say either.
 * </ul>
 *
 * <p>Participation of two datasets with disjoint units, members and walks, for the same period and
 * reference date, can be {@linkplain #plus(Participation) added}: the sum equals the participation
 * of the two datasets together, so a province can count per city and combine.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participation {

  Participation() {}

  /** Returns the counties/districts (县（市）区) that walked, of those on the roster. */
  public abstract Ratio countiesWalked();

  /** Returns the municipal departments (市直部门) that walked, of those on the roster. */
  public abstract Ratio departmentsWalked();

  /** Returns the team members who walked, of the roster. */
  public abstract Ratio membersWalked();

  /** Returns the number of walks. */
  public abstract long walks();

  /** Returns the number of problems found on walks. */
  public abstract long findingsOnWalks();

  /** Returns the number of problems on the rectification list from other channels. */
  public abstract long findingsFromOtherSources();

  /** Returns the problems found on walks that were solved, of those found on walks. */
  public abstract Ratio solvedOnWalks();

  /** Returns the problems found on walks that were closed out (销号), of those found on walks. */
  public abstract Ratio closedOutOnWalks();

  /** Returns the problems from other channels that were solved, of those. */
  public abstract Ratio solvedFromOtherSources();

  /** Returns each unit's figures, by unit identifier. */
  public abstract ImmutableSortedMap<String, UnitParticipation> units();

  /**
   * Returns the figures of each region, by region name; units with no region are counted under
   * {@code ""}. Empty when the roster names no unit.
   */
  public abstract ImmutableSortedMap<String, RegionParticipation> regions();

  /** Returns each roster member's number of walks, zero included, by member identifier. */
  public abstract ImmutableSortedMap<String, Long> walksByMember();

  /**
   * Returns the participation of this dataset and a disjoint one together.
   *
   * @throws IllegalArgumentException if the two share a unit or a member
   */
  public final Participation plus(Participation other) {
    TreeMap<String, UnitParticipation> units = new TreeMap<>(units());
    other.units().forEach((id, u) -> {
      if (units.putIfAbsent(id, u) != null) {
        throw new IllegalArgumentException("both participations hold unit " + id);
      }
    });
    TreeMap<String, Long> byMember = new TreeMap<>(walksByMember());
    other.walksByMember().forEach((id, n) -> {
      if (byMember.putIfAbsent(id, n) != null) {
        throw new IllegalArgumentException("both participations hold member " + id);
      }
    });
    TreeMap<String, RegionParticipation> regions = new TreeMap<>(regions());
    other.regions().forEach((name, r) -> regions.merge(name, r, RegionParticipation::plus));
    return ImmutableParticipation.builder()
        .regions(ImmutableSortedMap.copyOfSorted(regions))
        .countiesWalked(countiesWalked().plus(other.countiesWalked()))
        .departmentsWalked(departmentsWalked().plus(other.departmentsWalked()))
        .membersWalked(membersWalked().plus(other.membersWalked()))
        .walks(walks() + other.walks())
        .findingsOnWalks(findingsOnWalks() + other.findingsOnWalks())
        .findingsFromOtherSources(findingsFromOtherSources() + other.findingsFromOtherSources())
        .solvedOnWalks(solvedOnWalks().plus(other.solvedOnWalks()))
        .closedOutOnWalks(closedOutOnWalks().plus(other.closedOutOnWalks()))
        .solvedFromOtherSources(solvedFromOtherSources().plus(other.solvedFromOtherSources()))
        .units(ImmutableSortedMap.copyOfSorted(units))
        .walksByMember(ImmutableSortedMap.copyOfSorted(byMember))
        .build();
  }

  /** Checks if {@code finding} counts as solved on {@code asOf}. */
  static boolean solved(Finding finding, LocalDate asOf) {
    return finding.rectification().flatMap(Rectification::rectifiedOn).filter(d -> !d.isAfter(asOf)).isPresent();
  }

  /** Checks if {@code finding} counts as closed out on {@code asOf}. */
  static boolean closedOut(Finding finding, LocalDate asOf) {
    return finding.rectification().flatMap(Rectification::closedOn).filter(d -> !d.isAfter(asOf)).isPresent();
  }

  static Participation of(Index index) {
    LocalDate asOf = index.asOf;
    int counties = 0;
    int countiesWalked = 0;
    int departments = 0;
    int departmentsWalked = 0;
    TreeMap<String, UnitParticipation> units = new TreeMap<>();
    TreeMap<String, RegionParticipation> regions = new TreeMap<>();
    long onWalks = 0;
    long solvedOnWalks = 0;
    long closedOnWalks = 0;
    for (Unit unit : index.units.values()) {
      List<Walk> walks = index.walksByUnit.get(unit.id());
      boolean walked = !walks.isEmpty();
      if (unit.kind() == UnitKind.COUNTY) {
        counties++;
        countiesWalked += walked ? 1 : 0;
      } else {
        departments++;
        departmentsWalked += walked ? 1 : 0;
      }
      // a walk's leader is on its unit's roster (the dataset guarantees it): the unit's walkers
      // are its members with a walk
      long walkers = 0;
      for (Member m : index.membersByUnit.get(unit.id())) {
        walkers += index.walksByLeader.get(m.id()).isEmpty() ? 0 : 1;
      }
      long found = 0;
      long solved = 0;
      long closed = 0;
      for (Walk w : walks) {
        for (Finding f : w.findings()) {
          found++;
          solved += solved(f, asOf) ? 1 : 0;
          closed += closedOut(f, asOf) ? 1 : 0;
        }
      }
      onWalks += found;
      solvedOnWalks += solved;
      closedOnWalks += closed;
      UnitParticipation up =
          ImmutableUnitParticipation.builder()
              .unitId(unit.id())
              .kind(unit.kind())
              .members(Ratio.of(walkers, index.membersByUnit.get(unit.id()).size()))
              .walks(walks.size())
              .solved(Ratio.of(solved, found))
              .build();
      units.put(unit.id(), up);
      String region = unit.region().orElse("");
      regions.merge(
          region,
          ImmutableRegionParticipation.builder()
              .region(region)
              .unitsWalked(Ratio.of(walked ? 1 : 0, 1))
              .membersWalked(up.members())
              .walks(up.walks())
              .solved(up.solved())
              .build(),
          RegionParticipation::plus);
    }
    TreeMap<String, Long> byMember = new TreeMap<>();
    long membersWalked = 0;
    for (Member m : index.members.values()) {
      long n = index.walksByLeader.get(m.id()).size();
      byMember.put(m.id(), n);
      membersWalked += n > 0 ? 1 : 0;
    }
    long other = index.dataset.findings().size();
    long solvedOther = index.dataset.findings().stream().filter(f -> solved(f, asOf)).count();
    return ImmutableParticipation.builder()
        .regions(ImmutableSortedMap.copyOfSorted(regions))
        .countiesWalked(Ratio.of(countiesWalked, counties))
        .departmentsWalked(Ratio.of(departmentsWalked, departments))
        .membersWalked(Ratio.of(membersWalked, index.members.size()))
        .walks(index.dataset.walks().size())
        .findingsOnWalks(onWalks)
        .findingsFromOtherSources(other)
        .solvedOnWalks(Ratio.of(solvedOnWalks, onWalks))
        .closedOutOnWalks(Ratio.of(closedOnWalks, onWalks))
        .solvedFromOtherSources(Ratio.of(solvedOther, other))
        .units(ImmutableSortedMap.copyOfSorted(units))
        .walksByMember(ImmutableSortedMap.copyOfSorted(byMember))
        .build();
  }
}
