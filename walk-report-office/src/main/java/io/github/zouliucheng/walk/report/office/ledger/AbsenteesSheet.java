package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 未走流程人员: one row per roster member who did not walk in the period (every {@link
 * Judgment#DID_NOT_WALK} flag), by unit, then member identifier.
 */
final class AbsenteesSheet {
  static final String[][] COLUMNS = {
    {"单位编号", "Unit ID"},
    {"单位名称", "Unit"},
    {"成员编号", "Member ID"},
    {"姓名", "Name"},
    {"职务", "Title"},
    {"主要负责同志", "Principal"},
  };

  private AbsenteesSheet() {}

  private static final class Row {
    final String unitId;
    final String memberId;

    Row(String unitId, String memberId) {
      this.unitId = unitId;
      this.memberId = memberId;
    }
  }

  static SheetWriter write(Book book, Dataset dataset, Analysis analysis) {
    SheetWriter s = book.sheet("未走流程人员", "Did not walk", COLUMNS);
    Map<String, Member> members = dataset.roster().membersById();
    Map<String, Unit> units = dataset.roster().unitsById();
    List<Row> rows = new ArrayList<>();
    for (Flag flag : analysis.flags()) {
      if (flag.judgment() == Judgment.DID_NOT_WALK) {
        Member m = members.get(flag.subject());
        rows.add(new Row(m != null ? m.unitId() : flag.ownerUnitIds().first(), flag.subject()));
      }
    }
    rows.sort(Comparator.<Row, String>comparing(r -> r.unitId).thenComparing(r -> r.memberId));
    for (Row r : rows) {
      Member m = members.get(r.memberId);
      Unit u = units.get(r.unitId);
      s.row();
      s.text(r.unitId).text(u == null ? "" : u.name()).text(r.memberId);
      if (m == null) {
        s.blank().blank().blank();
      } else {
        s.text(m.name()).text(m.title()).yesNo(m.principal());
      }
    }
    return s;
  }
}
