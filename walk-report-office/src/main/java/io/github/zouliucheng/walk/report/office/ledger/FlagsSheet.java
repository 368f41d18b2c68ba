package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.model.Dataset;

/**
 * 问题线索: one row per flag of the analysis, in the flags' order (judgment, subject, …): the
 * judgment's code and label, who answers for it, what it is about, the identifiers of every record
 * behind it, and its typed facts (days, counts, the achievable and expected counts, the words that
 * fired). A fact a judgment does not use is blank.
 */
final class FlagsSheet {
  static final String[][] COLUMNS = {
    {"判定代码", "Judgment code"},
    {"判定", "Judgment"},
    {"责任主体", "Answered for by"},
    {"对象类型", "Subject kind"},
    {"对象编号", "Subject"},
    {"责任单位编号", "Owner unit IDs"},
    {"责任单位", "Owner units"},
    {"责任人编号", "Owner member IDs"},
    {"走流程记录", "Walk IDs"},
    {"问题", "Problem IDs"},
    {"班子成员", "Member IDs"},
    {"单位", "Unit IDs"},
    {"起始日期", "First day"},
    {"结束日期", "Last day"},
    {"计数", "Count"},
    {"最少可达", "Achievable"},
    {"随机期望", "Expected"},
    {"可避免", "Avoidable"},
    {"触发词", "Words"},
  };

  private FlagsSheet() {}

  static SheetWriter write(Book book, Dataset dataset, Analysis analysis) {
    SheetWriter s = book.sheet("问题线索", "Flags", COLUMNS);
    Names names = new Names(dataset.roster());
    for (Flag flag : analysis.flags()) {
      s.row();
      s.text(flag.judgment().code()).text(book.label(flag.judgment())).text(book.label(flag.judgment().owner()));
      s.text(book.label(flag.subjectKind())).text(flag.subject());
      s.text(book.join(flag.ownerUnitIds())).text(book.join(names.units(flag.ownerUnitIds())));
      s.text(book.join(flag.ownerMemberIds()));
      s.text(book.join(flag.walkIds())).text(book.join(flag.findingIds()));
      s.text(book.join(flag.memberIds())).text(book.join(flag.unitIds()));
      s.date(flag.firstDay()).date(flag.lastDay());
      s.count(flag.count()).count(flag.achievable()).decimal(flag.expected()).count(flag.avoidable());
      s.text(book.join(flag.words()));
    }
    return s;
  }
}
