package io.github.zouliucheng.walk.analytics;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Dataset;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The entry point of the analyses: {@link #analyze(Dataset)} gives every figure and flag of a
 * period's walk records under the default {@link Policy}, judged as of the period's last day.
 *
 * <p>All methods are pure functions: the same dataset, policy and date always give an equal {@link
 * Analysis}, whatever the order of the records, the default locale or the time zone. An analysis
 * computes some of its independent sections on the common {@link ForkJoinPool} while the calling
 * thread computes the others.
 */
public final class WalkAnalytics {
  private WalkAnalytics() {}

  /** Returns the identifiers of the findings {@code depth} flagged as trivial, for the scorecard. */
  private static Set<String> trivialFindings(Depth depth) {
    Set<String> ids = new HashSet<>();
    for (Flag f : depth.flags()) {
      if (f.judgment() == Judgment.TRIVIAL_CATEGORY
          || f.judgment() == Judgment.TRIVIAL_PHRASE
          || f.judgment() == Judgment.TRIVIAL_WORDING) {
        ids.add(f.subject());
      }
    }
    return ids;
  }

  /** Returns the identifiers of the findings any judgment of rectification in {@code quality} flagged. */
  private static Set<String> rectificationFlagged(RectificationQuality quality) {
    Set<String> ids = new HashSet<>();
    for (Flag f : quality.flags()) {
      ids.add(f.subject());
    }
    return ids;
  }

  /** Returns the identifiers of the findings whose rectification {@code quality} flagged as perfunctory. */
  private static Set<String> perfunctory(RectificationQuality quality) {
    Set<String> ids = new HashSet<>();
    for (Flag f : quality.flags()) {
      switch (f.judgment()) {
        case RECTIFIED_WITHOUT_MEASURES, RECTIFIED_WITHOUT_EFFECT, EFFECT_MISMATCH -> ids.add(f.subject());
        default -> {}
      }
    }
    return ids;
  }

  /** Returns the units {@code scheduling} flagged for avoidable clustering. */
  private static Set<String> clustered(Scheduling scheduling) {
    Set<String> ids = new HashSet<>();
    scheduling.units().forEach((id, u) -> {
      if (u.clustered()) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** Analyses {@code dataset} under the default policy, as of the last day of its period. */
  public static Analysis analyze(Dataset dataset) {
    return analyze(dataset, Policy.defaults());
  }

  /** Analyses {@code dataset} under {@code policy}, as of the last day of its period. */
  public static Analysis analyze(Dataset dataset, Policy policy) {
    return analyze(dataset, policy, dataset.period().end());
  }

  /**
   * Analyses {@code dataset} under {@code policy}, judging rectifications as they stood on {@code
   * asOf} (overdue, solved, closed out). A reference date before the period's end judges an
   * unfinished period; after it, counts what was done since.
   */
  public static Analysis analyze(Dataset dataset, Policy policy, LocalDate asOf) {
    requireNonNull(dataset, "dataset");
    requireNonNull(policy, "policy");
    requireNonNull(asOf, "asOf");
    Index index = new Index(dataset, policy, asOf);
    // the sections are independent pure functions of the index: a second thread computes some of
    // them while this one computes the others; the result does not depend on which finishes first
    ForkJoinTask<Object[]> second =
        ForkJoinPool.commonPool()
            .submit(() -> new Object[] {Scheduling.of(index), Depth.of(index), Modes.of(index)});
    Participation participation = Participation.of(index);
    RectificationQuality rectification = RectificationQuality.of(index);
    Object[] others = second.join();
    Set<String> trivial = trivialFindings((Depth) others[1]);
    return ImmutableAnalysis.builder()
        .period(dataset.period())
        .asOf(asOf)
        .policy(policy)
        .participation(participation)
        .scheduling((Scheduling) others[0])
        .depth((Depth) others[1])
        .modes((Modes) others[2])
        .rectification(rectification)
        .accountability(Accountability.of(index, rectification))
        .goodPractice(GoodPractice.of(index, trivial::contains, rectificationFlagged(rectification)::contains))
        .scorecard(
            Scorecard.of(
                index,
                participation,
                trivial::contains,
                perfunctory(rectification)::contains,
                clustered((Scheduling) others[0])::contains))
        .build();
  }
}
