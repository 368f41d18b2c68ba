package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.RectificationQuality;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#PERFUNCTORY_RECTIFICATION}. */
final class PerfunctoryWriter extends ProblemWriter {
  PerfunctoryWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    RectificationQuality r = analysis.rectification();
    List<Flag> all = new ArrayList<>();
    for (Judgment judgment : ProblemKind.PERFUNCTORY_RECTIFICATION.judgments()) {
      all.addAll(context.flags(judgment));
    }
    List<Statement> statements = new ArrayList<>();
    ComposeContext.Quantified subject = context.unitsSubject(context.ownerUnits(all));
    statements.add(
        ComposeContext.statement(
            messages.format("perfunctory.intro", args("subject", subject.text())), Evidence.none(), subject.share()));
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_MEASURES, "perfunctory.without_measures", r.withoutMeasures());
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_EFFECT, "perfunctory.without_effect", r.withoutEffect());
    countStatement(statements, Judgment.EFFECT_MISMATCH, "perfunctory.mismatch");
    ratioStatement(statements, Judgment.OVERDUE, "perfunctory.overdue", r.overdue());
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_DEADLINE, "perfunctory.no_deadline");
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_OWNER, "perfunctory.no_owner");
    section.addBlocks(Paragraph.of(statements));
    List<Flag> examples = perfunctoryExamples();
    if (examples.isEmpty()) {
      return;
    }
    // the responsible unit named once, before its problems, when named
    Map<String, List<String>> byUnit = new LinkedHashMap<>();
    for (Flag flag : examples) {
      Finding finding = context.finding(flag.subject());
      String clause =
          messages.format(
              "perfunctory.clause",
              args(
                  "text", context.quotable(Wording.withoutLeadIn(context.user(finding.description()))),
                  "judgment", formats.label(flag.judgment())));
      byUnit.computeIfAbsent(named ? flag.ownerUnitIds().first() : flag.subject(), u -> new ArrayList<>()).add(clause);
    }
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, List<String>> unit : byUnit.entrySet()) {
      sentences.add(
          named
              ? messages.format(
                  "perfunctory.example.named",
                  args("unit", context.unitName(unit.getKey()), "clauses", context.clause(unit.getValue())))
              : messages.format("perfunctory.example.anonymous", args("clause", unit.getValue().get(0))));
    }
    section.addBlocks(Paragraph.of(List.of(Statement.of(context.sentences(sentences), context.evidence(examples)))));
  }

  /**
   * Returns one example per judgment of perfunctory rectification, in judgment order, up to the
   * examples option, each about another finding and none of a walk or finding quoted before.
   */
  private List<Flag> perfunctoryExamples() {
    List<Flag> picked = new ArrayList<>();
    for (Judgment judgment : ProblemKind.PERFUNCTORY_RECTIFICATION.judgments()) {
      for (Flag flag : context.flags(judgment)) {
        Finding finding = context.finding(flag.subject());
        if (picked.size() < options.examples() && context.quotable(finding)) {
          context.quote(finding);
          picked.add(flag);
          break;
        }
      }
    }
    return picked;
  }

  private void ratioStatement(List<Statement> statements, Judgment judgment, String key, Ratio ratio) {
    List<Flag> flags = context.flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(
          Statement.of(
              messages.format(key, args("count", context.number(flags.size()), "share", formats.percent(ratio))),
              context.evidence(flags)));
    }
  }

  private void countStatement(List<Statement> statements, Judgment judgment, String key) {
    List<Flag> flags = context.flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(Statement.of(messages.format(key, args("count", context.number(flags.size()))), context.evidence(flags)));
    }
  }
}
