package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableList;
import io.github.zouliucheng.walk.model.Period;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The full analysis of one dataset under one policy, as of one reference date: every section of the
 * bulletin's figures, and every flag with its evidence.
 *
 * <p>Obtain one with {@link WalkAnalytics#analyze}. Instances are immutable and thread-safe; equal
 * inputs give equal analyses, whatever the order of the records.
 */
@Value.Immutable
public abstract class Analysis {

  Analysis() {}

  /** Returns the period analysed. */
  public abstract Period period();

  /** Returns the reference date: rectifications are judged as they stood on this day. */
  public abstract LocalDate asOf();

  /** Returns the policy applied. */
  public abstract Policy policy();

  /** Returns the overall situation (总体情况). */
  public abstract Participation participation();

  /** Returns the scheduling figures and conflicts (时间安排扎堆). */
  public abstract Scheduling scheduling();

  /** Returns the depth figures and trivial findings (发现问题浮浅). */
  public abstract Depth depth();

  /** Returns the mode distributions and diversity (体验事项单一). */
  public abstract Modes modes();

  /** Returns the rectification figures and flags (整改效果敷衍). */
  public abstract RectificationQuality rectification();

  /** Returns the empty walks and accountability flags (空走、未走、不实走). */
  public abstract Accountability accountability();

  /** Returns the walks that show good practice, under the bulletin's three themes. */
  public abstract GoodPractice goodPractice();

  /** Returns the unit scorecard for assessment (考核). */
  public abstract Scorecard scorecard();

  /** Returns every flag of every section, sorted by judgment, subject and detail. */
  @Value.Lazy
  public ImmutableList<Flag> flags() {
    return Stream.of(
            scheduling().flags(),
            depth().flags(),
            modes().flags(),
            rectification().flags(),
            accountability().flags())
        .flatMap(java.util.Collection::stream)
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }
}
