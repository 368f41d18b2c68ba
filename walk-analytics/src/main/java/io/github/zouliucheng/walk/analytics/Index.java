package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.util.HashMap;
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
  final ImmutableListMultimap<String, Walk> walksByUnit;
  final ImmutableListMultimap<String, Walk> walksByLeader;
  final ImmutableListMultimap<String, Member> membersByUnit;
  private final Map<String, Walk> walkOfFinding;

  Index(Dataset dataset, Policy policy, LocalDate asOf) {
    this.dataset = dataset;
    this.policy = policy;
    this.asOf = asOf;
    this.units = dataset.roster().unitsById();
    this.members = dataset.roster().membersById();
    ImmutableListMultimap.Builder<String, Walk> byUnit = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Walk> byLeader = ImmutableListMultimap.builder();
    Map<String, Walk> ofFinding = new HashMap<>();
    for (Walk w : dataset.walks()) {
      byUnit.put(w.unitId(), w);
      byLeader.put(w.leaderId(), w);
      for (Finding f : w.findings()) {
        ofFinding.put(f.id(), w);
      }
    }
    this.walksByUnit = byUnit.build();
    this.walksByLeader = byLeader.build();
    this.walkOfFinding = ofFinding;
    ImmutableListMultimap.Builder<String, Member> byUnitMembers = ImmutableListMultimap.builder();
    for (Member m : dataset.roster().members()) {
      byUnitMembers.put(m.unitId(), m);
    }
    this.membersByUnit = byUnitMembers.build();
  }

  /** Returns the walk that found {@code finding}, empty for a finding from another source. */
  Optional<Walk> walkOf(Finding finding) {
    return Optional.ofNullable(walkOfFinding.get(finding.id()));
  }
}
