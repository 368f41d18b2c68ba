package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.RectificationQuality;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#PERFUNCTORY_RECTIFICATION}. */
final class PerfunctoryWriter extends ProblemWriter {
  PerfunctoryWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    RectificationQuality r = analysis.rectification();
    List<Statement> statements = new ArrayList<>();
    statements.add(Statement.of(messages.format("perfunctory.intro", args("subject", context.subject()))));
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_MEASURES, "perfunctory.without_measures", r.withoutMeasures());
    ratioStatement(statements, Judgment.RECTIFIED_WITHOUT_EFFECT, "perfunctory.without_effect", r.withoutEffect());
    countStatement(statements, Judgment.EFFECT_MISMATCH, "perfunctory.mismatch");
    ratioStatement(statements, Judgment.OVERDUE, "perfunctory.overdue", r.overdue());
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_DEADLINE, "perfunctory.no_deadline");
    countStatement(statements, Judgment.SCHEDULED_WITHOUT_OWNER, "perfunctory.no_owner");
    section.addBlocks(Paragraph.of(statements));
    List<Statement> examples = new ArrayList<>();
    for (Flag flag : perfunctoryExamples()) {
      Finding finding = context.finding(flag.subject());
      String text = context.quotable(context.user(finding.description()));
      String judgment = formats.label(flag.judgment());
      examples.add(
          Statement.of(
              named
                  ? messages.format(
                      "perfunctory.example.named",
                      args("unit", context.unitName(finding.responsibleUnitId()), "text", text, "judgment", judgment))
                  : messages.format("perfunctory.example.anonymous", args("text", text, "judgment", judgment)),
              Evidence.of(flag)));
    }
    if (!examples.isEmpty()) {
      section.addBlocks(Paragraph.of(joinedBy(examples)));
    }
  }

  /**
   * Returns one example per judgment of perfunctory rectification, in judgment order, up to the
   * examples option, each about another finding.
   */
  private List<Flag> perfunctoryExamples() {
    List<Flag> picked = new ArrayList<>();
    Set<String> findingsPicked = new HashSet<>();
    for (Judgment judgment : ProblemKind.PERFUNCTORY_RECTIFICATION.judgments()) {
      for (Flag flag : context.flags(judgment)) {
        if (picked.size() < options.examples() && findingsPicked.add(flag.subject())) {
          picked.add(flag);
          break;
        }
      }
    }
    return picked;
  }

  /** Returns the statements with the list separator of the language between them. */
  private List<Statement> joinedBy(List<Statement> statements) {
    // English statements get their space from Paragraph.separator
    String separator = options.language() == Language.ZH_CN ? "；" : ";";
    String end = options.language() == Language.ZH_CN ? "。" : ".";
    List<Statement> joined = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      joined.add(Statement.of(s.text() + (i == statements.size() - 1 ? end : separator), s.evidence()));
    }
    return joined;
  }

  private void ratioStatement(List<Statement> statements, Judgment judgment, String key, Ratio ratio) {
    List<Flag> flags = context.flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(
          Statement.of(
              messages.format(key, args("count", context.number(flags.size()), "share", formats.percent(ratio))),
              Evidence.ofAll(flags)));
    }
  }

  private void countStatement(List<Statement> statements, Judgment judgment, String key) {
    List<Flag> flags = context.flags(judgment);
    if (!flags.isEmpty()) {
      statements.add(Statement.of(messages.format(key, args("count", context.number(flags.size()))), Evidence.ofAll(flags)));
    }
  }
}
