package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Rectification;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a problem's rectification stood on the reference date, judged from its dates as the
 * analysis judges them: closed out on or before the day; else rectified (solved) on or before it;
 * else past a deadline that fell before it; else started on or before it; else open.
 */
enum StatusAsOf {
  CLOSED("已销号", "closed out"),
  SOLVED("已整改", "solved"),
  OVERDUE("逾期未整改", "overdue"),
  IN_PROGRESS("整改中", "in progress"),
  OPEN("未整改", "open");

  final String zh;
  final String en;

  StatusAsOf(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  static StatusAsOf of(Finding finding, LocalDate asOf) {
    Optional<Rectification> r = finding.rectification();
    if (r.isEmpty()) {
      return OPEN;
    }
    Rectification rect = r.get();
    if (onOrBefore(rect.closedOn(), asOf)) {
      return CLOSED;
    }
    if (onOrBefore(rect.rectifiedOn(), asOf)) {
      return SOLVED;
    }
    if (rect.deadline().filter(d -> d.isBefore(asOf)).isPresent()) {
      return OVERDUE;
    }
    return onOrBefore(rect.startedOn(), asOf) ? IN_PROGRESS : OPEN;
  }

  private static boolean onOrBefore(Optional<LocalDate> day, LocalDate asOf) {
    return day.filter(d -> !d.isAfter(asOf)).isPresent();
  }
}
