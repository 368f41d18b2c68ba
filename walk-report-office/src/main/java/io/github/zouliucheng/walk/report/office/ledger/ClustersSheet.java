package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.ClusterRun;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Walk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 扎堆情况: every run of walks close in time of a unit flagged for avoidable clustering ({@link
 * Analysis#scheduling()}{@code .runs()}, by unit and first day), then every group of one unit's
 * leaders at one service point on one day ({@link Judgment#SAME_POINT_SAME_DAY} flags, in the flags'
 * order), with the walks and the leaders of each.
 */
final class ClustersSheet {
  static final String[][] COLUMNS = {
    {"类型", "Kind"},
    {"单位编号", "Unit ID"},
    {"单位名称", "Unit"},
    {"窗口单位编号", "Service point ID"},
    {"窗口单位", "Service point"},
    {"起始日期", "First day"},
    {"结束日期", "Last day"},
    {"走流程次数", "Walks"},
    {"班子成员人数", "Leaders"},
    {"班子成员", "Leader names"},
    {"班子成员编号", "Leader IDs"},
    {"走流程记录", "Walk IDs"},
  };

  private ClustersSheet() {}

  static SheetWriter write(Book book, Dataset dataset, Analysis analysis) {
    SheetWriter s = book.sheet("扎堆情况", "Clusters", COLUMNS);
    Names names = new Names(dataset.roster());
    String run = book.t("时间扎堆", "walks close in time");
    for (ClusterRun r : analysis.scheduling().runs()) {
      s.row();
      s.text(run).text(r.unitId()).text(names.unit(r.unitId())).blank().blank();
      s.date(r.firstDay()).date(r.lastDay()).count(r.walkIds().size()).count(r.memberIds().size());
      s.text(book.join(names.members(r.memberIds()))).text(book.join(r.memberIds())).text(book.join(r.walkIds()));
    }
    List<Flag> samePoint = new ArrayList<>();
    for (Flag flag : analysis.flags()) {
      if (flag.judgment() == Judgment.SAME_POINT_SAME_DAY) {
        samePoint.add(flag);
      }
    }
    Map<String, String> pointNames = new HashMap<>();
    for (Flag flag : samePoint) {
      pointNames.put(flag.subject(), flag.subject());
    }
    if (!pointNames.isEmpty()) {
      for (Walk w : dataset.walks()) {
        pointNames.computeIfPresent(w.servicePoint().id(), (id, name) -> w.servicePoint().name());
      }
    }
    String label = book.label(Judgment.SAME_POINT_SAME_DAY);
    for (Flag flag : samePoint) {
      s.row();
      s.text(label).text(book.join(flag.ownerUnitIds())).text(book.join(names.units(flag.ownerUnitIds())));
      s.text(flag.subject()).text(pointNames.get(flag.subject()));
      s.date(flag.firstDay()).date(flag.lastDay()).count(flag.walkIds().size()).count(flag.memberIds().size());
      s.text(book.join(names.members(flag.memberIds()))).text(book.join(flag.memberIds())).text(book.join(flag.walkIds()));
    }
    return s;
  }
}
