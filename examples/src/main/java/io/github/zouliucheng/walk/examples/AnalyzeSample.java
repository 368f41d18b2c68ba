package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Participation;
import io.github.zouliucheng.walk.analytics.Policy;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's analytics example: analyse the bundled sample and print the overall figures and
 * every flag with its evidence.
 */
public final class AnalyzeSample {
  private AnalyzeSample() {}

  /** Analyses the bundled sample and prints what the README shows. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Dataset dataset = SampleSummary.readSample().orElseThrow();
    // README:begin
    Policy policy = Policy.defaults().withConflictWindowDays(1); // same day or one day apart
    Analysis analysis = WalkAnalytics.analyze(dataset, policy);  // as of the period's last day

    Participation p = analysis.participation();
    out.printf("%s：%d个县（市）区、%d家市直部门%d名党政班子成员“走流程”%d次，发现问题%d个，解决问题%d个。%n",
        analysis.period(),
        p.countiesWalked().numerator(), p.departmentsWalked().numerator(),
        p.membersWalked().numerator(), p.walks(),
        p.findingsOnWalks(), p.solvedOnWalks().numerator());
    for (Flag flag : analysis.flags()) {                     // every judgment, with its evidence
      out.printf("%s %s owners=%s walks=%s findings=%s%n", flag.judgment().zh(), flag.subject(),
          flag.ownerUnitIds(), flag.walkIds(), flag.findingIds());
    }
    // README:end
  }
}
