package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lookups every analysis needs, built once per analysis in one pass over the dataset. Groups
 * keep the dataset's order; analyses that depend on order sort by identifier themselves, so that
 * results never depend on the order of the input.
 */
final class Index {
  final Dataset dataset;
  final Policy policy;
  final LocalDate asOf;
  final ImmutableMap<String, Unit> units;
  final ImmutableMap<String, Member> members;
  final Groups<Walk> walksByUnit;
  final Groups<Walk> walksByLeader;
  final Groups<Member> membersByUnit;
  private final Map<String, Walk> walkOfFinding;

  Index(Dataset dataset, Policy policy, LocalDate asOf) {
    this.dataset = dataset;
    this.policy = policy;
    this.asOf = asOf;
    this.units = dataset.roster().unitsById();
    this.members = dataset.roster().membersById();
    Groups<Walk> byUnit = new Groups<>(units.size());
    Groups<Walk> byLeader = new Groups<>(members.size());
    Map<String, Walk> ofFinding = new HashMap<>();
    for (Walk w : dataset.walks()) {
      byUnit.add(w.unitId(), w);
      byLeader.add(w.leaderId(), w);
      for (Finding f : w.findings()) {
        ofFinding.put(f.id(), w);
      }
    }
    this.walksByUnit = byUnit;
    this.walksByLeader = byLeader;
    this.walkOfFinding = ofFinding;
    Groups<Member> byUnitMembers = new Groups<>(units.size());
    for (Member m : dataset.roster().members()) {
      byUnitMembers.add(m.unitId(), m);
    }
    this.membersByUnit = byUnitMembers;
  }

  /**
   * Records grouped by an identifier, in the dataset's order: a multimap that costs one hash lookup
   * per record to build. Read-only once built; lists handed out must not be changed.
   */
  static final class Groups<T> {
    private final Map<String, List<T>> groups;

    Groups(int expectedKeys) {
      this.groups = new HashMap<>(Math.max(16, expectedKeys * 2));
    }

    void add(String key, T value) {
      groups.computeIfAbsent(key, k -> new ArrayList<>(4)).add(value);
    }

    /** Returns the records of {@code key}, empty when there are none; never changed by the caller. */
    List<T> get(String key) {
      List<T> g = groups.get(key);
      return g == null ? List.of() : Collections.unmodifiableList(g);
    }
  }

  /** Returns the walk that found {@code finding}, empty for a finding from another source. */
  Optional<Walk> walkOf(Finding finding) {
    return Optional.ofNullable(walkOfFinding.get(finding.id()));
  }
}
