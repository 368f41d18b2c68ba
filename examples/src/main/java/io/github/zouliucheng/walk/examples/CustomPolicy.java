package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Policy;
import io.github.zouliucheng.walk.analytics.TrivialLexicon;
import io.github.zouliucheng.walk.analytics.ScoreComponent;
import io.github.zouliucheng.walk.analytics.UnitScore;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's custom-policy example: an office that counts walks within three days of each other
 * as clustered, treats two more phrases as trivial, and weighs rectification most, analyses the
 * sample city with its own policy and prints what changed against the default policy.
 */
public final class CustomPolicy {
  private CustomPolicy() {}

  /** Analyses the sample city under the default and the custom policy and prints the differences. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(run(SampleData.sampleCity()));
  }

  /** Returns the comparison of the default and the custom policy on {@code dataset}, one figure a line. */
  public static String run(Dataset dataset) {
    // README:begin
    Policy policy =
        Policy.defaults()
            .withConflictWindowDays(3) // walks of one unit's leaders within 3 days are clustered
            .withTrivialLexicon(  // two more phrases the office counts as trivial
                Policy.defaults().trivialLexicon().plus(TrivialLexicon.builder().addPhrases("地面有积水", "绿植缺少养护").build()))
            .withWeights(
                Map.of(
                    ScoreComponent.PARTICIPATION, new BigDecimal("15"),
                    ScoreComponent.PRINCIPAL, new BigDecimal("10"),
                    ScoreComponent.DEPTH, new BigDecimal("5"),
                    ScoreComponent.MODES, new BigDecimal("5"),
                    ScoreComponent.SUBSTANCE, new BigDecimal("10"),
                    ScoreComponent.RECTIFICATION, new BigDecimal("35"),
                    ScoreComponent.SCHEDULING, new BigDecimal("10"),
                    ScoreComponent.FINDINGS, new BigDecimal("10")));

    Analysis standard = WalkAnalytics.analyze(dataset);
    Analysis custom = WalkAnalytics.analyze(dataset, policy);
    // README:end

    StringBuilder s = new StringBuilder();
    s.append("                               默认 default   自定义 custom\n");
    line(s, "可避免的扎堆 avoidable pairs", standard.scheduling().avoidablePairs(), custom.scheduling().avoidablePairs());
    line(s, "扎堆单位 clustered units", count(standard, Judgment.SAME_UNIT_CLUSTER), count(custom, Judgment.SAME_UNIT_CLUSTER));
    line(s, "浮浅问题 trivial findings", standard.depth().trivialFindings().numerator(), custom.depth().trivialFindings().numerator());
    UnitScore firstStandard = standard.scorecard().ranking().get(0);
    UnitScore firstCustom = custom.scorecard().ranking().get(0);
    s.append(
        String.format(
            Locale.ROOT,
            "%-28s %14s %14s%n",
            "排名第一 first-ranked unit",
            dataset.roster().unit(firstStandard.unitId()).orElseThrow().name(),
            dataset.roster().unit(firstCustom.unitId()).orElseThrow().name()));
    return s.toString();
  }

  private static long count(Analysis analysis, Judgment judgment) {
    return analysis.flags().stream().filter(f -> f.judgment() == judgment).count();
  }

  private static void line(StringBuilder s, String label, long standard, long custom) {
    s.append(String.format(Locale.ROOT, "%-28s %14d %14d%n", label, standard, custom));
  }


}
