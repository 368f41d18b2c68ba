package io.github.zouliucheng.walk.report;

/** How the bulletin's problem sections speak of the units and people concerned. */
public enum Criticism {
  /**
   * Problems are described without naming units or people ("部分县（市）区和市直部门"), as the
   * source bulletin does; by default, appendices that list people or units by problem are left out.
   */
  ANONYMOUS,
  /** Problems name the units concerned, and the appendices list members and rectifications by name. */
  NAMED
}
