package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for the scheduling tests: only the facets scheduling looks at vary. */
final class SchedulingFixtures {
  private SchedulingFixtures() {}

  static Unit county(String id) {
    return Unit.of(id, id + "县", UnitKind.COUNTY);
  }

  static Unit department(String id) {
    return Unit.of(id, "市" + id + "局", UnitKind.DEPARTMENT);
  }

  static Member member(String id, String unitId) {
    return Member.builder().id(id).name("成员" + id).title("副职").unitId(unitId).build();
  }

  /** Returns a walk of {@code leaderId} for {@code unitId} on {@code date} at service point {@code pointId}. */
  static Walk walk(String id, String leaderId, String unitId, LocalDate date, String pointId) {
    return Walk.builder()
        .id(id)
        .leaderId(leaderId)
        .unitId(unitId)
        .date(date)
        .servicePoint(
            ServicePoint.builder().id(pointId).name("窗口" + pointId).kind(ServicePointKind.SERVICE_HALL).build())
        .addMatters(Matter.of("办理事项" + id, Complexity.SIMPLE))
        .role(Role.CITIZEN)
        .approach(Approach.HANDLED)
        .addForms(WalkForm.ON_SITE)
        .visibility(Visibility.UNANNOUNCED)
        .coverage(Coverage.WHOLE)
        .build();
  }

  static Dataset dataset(Period period, List<Unit> units, List<Member> members, List<Walk> walks) {
    return Dataset.builder().period(period).roster(Roster.of(units, members)).addAllWalks(walks).build();
  }

  /**
   * Returns the scheduling section of {@code dataset} with conflict window {@code windowDays} and
   * every other setting the default: {@link WorkCalendar#china()}, at least 2 avoidable pairs and
   * 1.5 times the pairs expected by chance for a clustering flag.
   */
  static Scheduling scheduling(Dataset dataset, int windowDays) {
    return scheduling(dataset, Policy.defaults().withConflictWindowDays(windowDays));
  }

  /** Returns the scheduling section of {@code dataset} under {@code policy}. */
  static Scheduling scheduling(Dataset dataset, Policy policy) {
    return Scheduling.of(new Index(dataset, policy, dataset.period().end()));
  }

  /** Returns the members {@code prefix + 1} to {@code prefix + count} of {@code unitId}. */
  static List<Member> members(String prefix, int count, String unitId) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(member(prefix + i, unitId));
    }
    return members;
  }

  /**
   * Returns walks of {@code unitId} on the days of {@code walksPerDay}, that many on each, in the
   * map's order (date order for a sorted map): walk k (from 1) is {@code prefix + "w" + k}, by leader {@code prefix + (1 + (k − 1) mod
   * leaders)} (the members of {@link #members}), the leaders taken round-robin, each leader always
   * at its own service point {@code leader + "-p"}. Walks of one day are consecutive, so they are by different leaders as long as no day
   * holds more walks than there are leaders.
   */
  static List<Walk> roundRobin(String prefix, String unitId, int leaders, Map<LocalDate, Long> walksPerDay) {
    List<Walk> walks = new ArrayList<>();
    int k = 0;
    for (Map.Entry<LocalDate, Long> day : walksPerDay.entrySet()) {
      for (long i = 0; i < day.getValue(); i++, k++) {
        String leader = prefix + (1 + k % leaders);
        walks.add(walk(prefix + "w" + (k + 1), leader, unitId, day.getKey(), leader + "-p"));
      }
    }
    return walks;
  }
}
