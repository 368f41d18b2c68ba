package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import java.util.EnumSet;

/**
 * A kind of problem the bulletin's "二、主要问题" can report, with the analysis {@link Judgment}s
 * that detect it. A kind is <em>detected</em> when the analysis raised at least one flag of one of
 * its judgments; only detected kinds get a subsection, and every kind that was checked and not
 * found is said so in one sentence.
 *
 * <p>Every judgment of the analysis belongs to exactly one kind.
 */
public enum ProblemKind {
  /** Walks clustered on the same or neighbouring days, or at one service point on one day (时间安排扎堆). */
  CLUSTERED_SCHEDULING("clustered_scheduling", Judgment.SAME_UNIT_CLUSTER, Judgment.SAME_POINT_SAME_DAY),
  /** Shallow or trivial findings (发现问题浮浅). */
  SHALLOW_FINDINGS(
      "shallow_findings",
      Judgment.TRIVIAL_CATEGORY,
      Judgment.TRIVIAL_PHRASE,
      Judgment.TRIVIAL_WORDING,
      Judgment.ONLY_SIMPLE_MATTERS),
  /** Narrow modes: no online walk, only announced partial walks of simple matters (体验事项单一). */
  NARROW_MODES(
      "narrow_modes",
      Judgment.NO_ONLINE_WALK,
      Judgment.NO_UNANNOUNCED_WALK,
      Judgment.NO_ORDINARY_ROLE_WALK,
      Judgment.NO_WHOLE_PROCESS_WALK,
      Judgment.NO_GRASSROOTS_OR_CROSSING_WALK,
      Judgment.ALL_WALKS_SHALLOW),
  /** Perfunctory rectification: no measures, no or mismatched effect, overdue, no deadline or owner (整改敷衍). */
  PERFUNCTORY_RECTIFICATION(
      "perfunctory_rectification",
      Judgment.RECTIFIED_WITHOUT_MEASURES,
      Judgment.RECTIFIED_WITHOUT_EFFECT,
      Judgment.EFFECT_MISMATCH,
      Judgment.OVERDUE,
      Judgment.SCHEDULED_WITHOUT_DEADLINE,
      Judgment.SCHEDULED_WITHOUT_OWNER),
  /** Walks that found nothing (“空走”). */
  EMPTY_WALKS("empty_walks", Judgment.EMPTY_WALK, Judgment.ALL_WALKS_EMPTY),
  /** Team members, or a unit's principal leaders, who did not walk (未走、主要负责同志未带头走). */
  NOT_WALKED("not_walked", Judgment.DID_NOT_WALK, Judgment.PRINCIPAL_DID_NOT_WALK);

  private final String code;
  private final ImmutableSet<Judgment> judgments;

  ProblemKind(String code, Judgment first, Judgment... rest) {
    this.code = code;
    this.judgments = ImmutableSet.copyOf(EnumSet.of(first, rest));
  }

  /** Returns the stable lowercase code, used in JSON and in section identifiers. */
  public String code() {
    return code;
  }

  /** Returns the judgments that detect this kind. */
  public ImmutableSet<Judgment> judgments() {
    return judgments;
  }

  /** Returns the identifier of this kind's subsection: {@code problems.<code>}. */
  public String sectionId() {
    return "problems." + code;
  }

  /** Returns the kind that {@code judgment} belongs to. */
  public static ProblemKind of(Judgment judgment) {
    for (ProblemKind kind : values()) {
      if (kind.judgments.contains(judgment)) {
        return kind;
      }
    }
    throw new AssertionError("judgment " + judgment + " belongs to no problem kind");
  }

  /** Returns the kinds that {@code analysis} detected: those with at least one flag. */
  public static ImmutableSet<ProblemKind> detectedIn(Analysis analysis) {
    EnumSet<ProblemKind> detected = EnumSet.noneOf(ProblemKind.class);
    for (Flag flag : analysis.flags()) {
      detected.add(of(flag.judgment()));
    }
    return ImmutableSet.copyOf(detected);
  }
}
