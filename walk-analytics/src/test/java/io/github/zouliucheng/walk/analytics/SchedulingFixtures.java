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
import java.util.List;

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

  /** Returns the scheduling section of {@code dataset} with conflict window {@code windowDays}. */
  static Scheduling scheduling(Dataset dataset, int windowDays) {
    Policy policy = Policy.defaults().withConflictWindowDays(windowDays);
    return Scheduling.of(new Index(dataset, policy, dataset.period().end()));
  }
}
