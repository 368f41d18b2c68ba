package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.UnitParticipation;
import io.github.zouliucheng.walk.analytics.UnitRectification;
import io.github.zouliucheng.walk.analytics.UnitSchedule;
import io.github.zouliucheng.walk.analytics.UnitScore;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Unit;
import java.util.Map;
import java.util.Optional;

/**
 * 各单位情况: one row per unit of the roster, in the scorecard's order (rank, then identifier), with
 * its participation, the problems found on its walks, the problems charged to it, its clustering,
 * its score and rank. Counts are numbers and shares are numbers shown in percent; a share of nothing
 * (0 of 0) is blank.
 */
final class UnitsSheet {
  static final String[][] COLUMNS = {
    {"单位编号", "Unit ID"},
    {"单位名称", "Unit"},
    {"单位类型", "Kind"},
    {"地区", "Region"},
    {"走流程班子成员", "Members who walked"},
    {"班子成员", "Members"},
    {"参与率", "Share who walked"},
    {"走流程次数", "Walks"},
    {"发现问题", "Problems found on walks"},
    {"解决问题", "Solved"},
    {"解决率", "Share solved"},
    {"责任问题", "Problems charged"},
    {"责任问题已解决", "Charged and solved"},
    {"责任问题已销号", "Charged and closed out"},
    {"逾期", "Overdue"},
    {"逾期未整改", "Overdue and still open"},
    {"扎堆走流程次数", "Walks in conflict"},
    {"扎堆对数", "Conflicting pairs"},
    {"可避免对数", "Avoidable pairs"},
    {"时间扎堆", "Clustered"},
    {"同一天同一窗口", "Same point, same day"},
    {"得分", "Score"},
    {"排名", "Rank"},
  };

  private UnitsSheet() {}

  static SheetWriter write(Book book, Dataset dataset, Analysis analysis) {
    SheetWriter s = book.sheet("各单位情况", "Units", COLUMNS);
    Map<String, Unit> units = dataset.roster().unitsById();
    for (UnitScore score : analysis.scorecard().ranking()) {
      String id = score.unitId();
      Unit unit = units.get(id);
      s.row();
      s.text(id).text(unit == null ? "" : unit.name()).text(book.label(score.kind()));
      s.text(unit == null ? Optional.empty() : unit.region());
      UnitParticipation p = analysis.participation().units().get(id);
      if (p == null) {
        s.blank().blank().blank().blank().blank().blank().blank();
      } else {
        s.count(p.members().numerator()).count(p.members().denominator()).percent(p.members());
        s.count(p.walks());
        s.count(p.solved().denominator()).count(p.solved().numerator()).percent(p.solved());
      }
      UnitRectification r = analysis.rectification().units().get(id);
      if (r == null) {
        s.blank().blank().blank().blank().blank();
      } else {
        s.count(r.solved().denominator()).count(r.solved().numerator()).count(r.closedOut().numerator());
        s.count(r.overdue()).count(r.openPastDeadline());
      }
      UnitSchedule c = analysis.scheduling().units().get(id);
      if (c == null) {
        s.blank().blank().blank().blank().blank();
      } else {
        s.count(c.walksInConflict().numerator()).count(c.conflictingPairs()).count(c.avoidablePairs());
        s.yesNo(c.clustered()).count(c.samePointSameDay());
      }
      s.decimal(score.score()).count(score.rank());
    }
    return s;
  }
}
