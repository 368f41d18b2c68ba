package io.github.zouliucheng.walk.report;

/** An appendix the bulletin can carry, in the order they appear. */
public enum Appendix {
  /** Figures of every unit: walks, findings, solved, conflicts, overdue, score and rank. */
  UNITS("appendix.units"),
  /** Roster members who did not walk in the period, by unit. */
  MEMBERS_NOT_WALKED("appendix.members_not_walked"),
  /** Rectifications not done by their deadline. */
  OVERDUE_RECTIFICATIONS("appendix.overdue"),
  /** Walks that conflict: one unit's leaders within the window, or one service point on one day. */
  CONFLICTS("appendix.conflicts");

  private final String sectionId;

  Appendix(String sectionId) {
    this.sectionId = sectionId;
  }

  /** Returns the identifier of the appendix's {@link Section}. */
  public String sectionId() {
    return sectionId;
  }
}
