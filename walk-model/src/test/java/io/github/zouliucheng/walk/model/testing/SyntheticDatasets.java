package io.github.zouliucheng.walk.model.testing;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Province-scale synthetic data for benchmarks: deterministic for a seed, valid by construction,
 * with the shapes the analyses care about (several walks per unit per day, findings with and
 * without rectifications, every form and role). The texts are few and repeated: this data measures
 * speed, it does not read naturally (the sample city does).
 */
public final class SyntheticDatasets {
  private static final ServicePointKind[] POINT_KINDS = ServicePointKind.values();
  private static final WalkForm[] FORMS = WalkForm.values();
  private static final Role[] ROLES = Role.values();
  private static final Approach[] APPROACHES = Approach.values();
  private static final FindingCategory[] CATEGORIES = FindingCategory.values();

  private SyntheticDatasets() {}

  /**
   * Returns a dataset of {@code walks} walks by {@code leaders} leaders in {@code units} units over
   * {@code period}, about 0.8 findings per walk, for the given seed.
   */
  public static Dataset dataset(int walks, int leaders, int units, Period period, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // identifiers are shared between the records that name them, as the JSON reader shares them
    String[] unitIds = new String[units];
    for (int u = 0; u < units; u++) {
      unitIds[u] = "U" + u;
    }
    String[] memberIds = new String[leaders];
    for (int m = 0; m < leaders; m++) {
      memberIds[m] = "M" + m;
    }
    List<Unit> unitList = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      unitList.add(
          Unit.of(unitIds[u], (u % 10 == 0 ? "第" + u + "县" : "第" + u + "局"), u % 10 == 0 ? UnitKind.COUNTY : UnitKind.DEPARTMENT));
    }
    List<Member> members = new ArrayList<>(leaders);
    for (int m = 0; m < leaders; m++) {
      members.add(
          Member.builder()
              .id(memberIds[m])
              .name("成员" + m)
              .title(m % units == m ? "主要负责同志" : "班子成员")
              .unitId(unitIds[m % units])
              .principal(m < units)
              .build());
    }
    int days = period.lengthInDays();
    int pointsPerUnit = 5;
    int findingSeq = 0;
    List<Walk> walkList = new ArrayList<>(walks);
    for (int w = 0; w < walks; w++) {
      int m = random.nextInt(leaders);
      int u = m % units;
      LocalDate date = period.start().plusDays(random.nextInt(days));
      int point = random.nextInt(pointsPerUnit * 2);
      int owner = point < pointsPerUnit ? u : random.nextInt(units);
      Walk.Builder b =
          Walk.builder()
              .id("W" + w)
              .leaderId(memberIds[m])
              .unitId(unitIds[u])
              .date(date)
              .servicePoint(
                  ServicePoint.builder()
                      .id("SP" + owner + "-" + (point % pointsPerUnit))
                      .name("服务窗口" + owner + "-" + (point % pointsPerUnit))
                      .kind(POINT_KINDS[point % POINT_KINDS.length])
                      .ownerUnitId(unitIds[owner])
                      .build())
              .role(ROLES[random.nextInt(ROLES.length)])
              .approach(APPROACHES[random.nextInt(APPROACHES.length)])
              .addForms(FORMS[random.nextInt(FORMS.length)])
              .coverage(random.nextInt(3) == 0 ? Coverage.WHOLE : Coverage.PART);
      boolean complex = random.nextInt(4) == 0;
      Matter.Builder matter =
          Matter.builder().name(complex ? "企业开办" : "业务咨询").complexity(complex ? Complexity.COMPLEX : Complexity.SIMPLE);
      if (complex && random.nextBoolean()) {
        matter.addCrossings(Crossing.DEPARTMENT);
      }
      b.addMatters(matter.build());
      boolean unannounced = random.nextInt(3) == 0;
      b.visibility(unannounced ? Visibility.UNANNOUNCED : Visibility.ANNOUNCED).fourNoTwoStraight(unannounced && random.nextBoolean());
      int findings = random.nextInt(5) == 0 ? 0 : random.nextInt(3) == 0 ? 2 : 1;
      if (random.nextInt(2) == 0) {
        findings = Math.max(0, findings - 1);
      }
      for (int f = 0; f < findings; f++) {
        b.addFindings(finding("F" + findingSeq++, unitIds[u], date, period, random));
      }
      walkList.add(b.build());
    }
    return Dataset.builder()
        .period(period)
        .roster(Roster.of(unitList, members))
        .addAllWalks(walkList)
        .build();
  }

  private static Finding finding(String id, String unit, LocalDate found, Period period, SplittableRandom random) {
    FindingCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    Finding.Builder f =
        Finding.builder()
            .id(id)
            .source(FindingSource.WALK)
            .description(category == FindingCategory.HOUSEKEEPING ? "卫生清扫不够彻底" : "办事等待时间较长")
            .category(category)
            .responsibleUnitId(unit)
            .foundOn(found);
    int stage = random.nextInt(4);
    if (stage > 0) {
      Rectification.Builder r =
          Rectification.builder()
              .mode(random.nextBoolean() ? RectificationMode.IMMEDIATE : RectificationMode.SCHEDULED)
              .deadline(found.plusDays(30))
              .startedOn(found);
      if (stage > 1) {
        LocalDate rectified = found.plusDays(random.nextInt(20));
        r.rectifiedOn(rectified).addMeasures("增设窗口并调整排班");
        r.addEffects(Effect.of("办事窗口", BigDecimal.valueOf(2), BigDecimal.valueOf(4), "个"));
        if (stage > 2) {
          r.closedOn(rectified.plusDays(random.nextInt(5)));
        }
      }
      f.rectification(r.build());
    }
    return f.build();
  }
}
