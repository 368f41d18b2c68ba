package io.github.zouliucheng.walk.report;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Participation;
import org.immutables.value.Value;

/**
 * The figures of the bulletin's overall sentence ("全市N个县（市）区、M家市直部门K名党政班子成员
 * “走流程”W次，发现问题P个，解决问题S个"), each taken from the analysis's {@link Participation}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class OverallFigures {

  OverallFigures() {}

  /** Returns the counties and districts with at least one walk ({@link Participation#countiesWalked()}). */
  public abstract long counties();

  /** Returns the municipal departments with at least one walk ({@link Participation#departmentsWalked()}). */
  public abstract long departments();

  /** Returns the team members who walked ({@link Participation#membersWalked()}). */
  public abstract long members();

  /** Returns the walks ({@link Participation#walks()}). */
  public abstract long walks();

  /** Returns the problems found on walks ({@link Participation#findingsOnWalks()}). */
  public abstract long found();

  /** Returns the problems found on walks and solved by the reference date ({@link Participation#solvedOnWalks()}). */
  public abstract long solved();

  /** Returns the figures of {@code analysis}. */
  public static OverallFigures of(Analysis analysis) {
    Participation participation = analysis.participation();
    return ImmutableOverallFigures.builder()
        .counties(participation.countiesWalked().numerator())
        .departments(participation.departmentsWalked().numerator())
        .members(participation.membersWalked().numerator())
        .walks(participation.walks())
        .found(participation.findingsOnWalks())
        .solved(participation.solvedOnWalks().numerator())
        .build();
  }
}
