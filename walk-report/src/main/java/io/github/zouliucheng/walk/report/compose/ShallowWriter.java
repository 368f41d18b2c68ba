package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;
import static io.github.zouliucheng.walk.report.compose.ComposeContext.statement;

import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the subsection of {@link io.github.zouliucheng.walk.report.ProblemKind#SHALLOW_FINDINGS}:
 * the share of shallow findings with the quantifier of the walkers' units, the units that walked
 * only simple matters, and the shallow findings quoted as the source bulletin quotes them ("有的将
 * “……”“……”等问题列入“走流程”纪实表"), each under the unit of the leader who found it when named,
 * the unit once before its quotes.
 */
final class ShallowWriter extends ProblemWriter {
  ShallowWriter(ComposeContext context) {
    super(context);
  }

  @Override
  void write(Section.Builder section) {
    List<Flag> trivial = new ArrayList<>(context.flags(Judgment.TRIVIAL_CATEGORY));
    trivial.addAll(context.flags(Judgment.TRIVIAL_PHRASE));
    trivial.addAll(context.flags(Judgment.TRIVIAL_WORDING));
    Ratio share = analysis.depth().trivialFindings();
    List<Statement> figures = new ArrayList<>();
    if (!trivial.isEmpty()) {
      ComposeContext.Quantified subject = context.unitsSubject(context.ownerUnits(trivial));
      figures.add(
          statement(
              messages.format(
                  "shallow.share",
                  args(
                      "subject", subject.text(),
                      "trivial", context.number(share.numerator()),
                      "share", formats.percent(share),
                      "complex", formats.percent(analysis.depth().complexWalks()),
                      "crossing", formats.percent(analysis.depth().crossingWalks()))),
              context.evidence(trivial),
              subject.share()));
    }
    context.unitJudgment(figures, Judgment.ONLY_SIMPLE_MATTERS);
    if (!figures.isEmpty()) {
      section.addBlocks(Paragraph.of(figures));
    }
    quoted(trivial).ifPresent(section::addBlocks);
  }

  /** Returns quotations one after another: "“甲”“乙”" in Chinese (as the source bulletin writes them), "“a” and “b”" in English. */
  private String quotes(List<String> quoted) {
    return options.language() == Language.ZH_CN ? String.join("", quoted) : formats.list(quoted);
  }

  /**
   * Returns the paragraph that quotes up to the examples option of distinct shallow findings, in flag
   * order, none of a walk or finding quoted before; grouped by the walker's unit when named.
   */
  private Optional<Paragraph> quoted(List<Flag> trivial) {
    Map<String, List<String>> byUnit = new LinkedHashMap<>();
    Set<String> texts = new HashSet<>();
    List<Flag> quoted = new ArrayList<>();
    for (Flag flag : trivial) {
      if (quoted.size() == options.examples()) {
        break;
      }
      Finding finding = context.finding(flag.subject());
      String text = context.quotable(Wording.withoutLeadIn(context.user(finding.description())));
      if (!context.quotable(finding) || !texts.add(text)) {
        continue;
      }
      context.quote(finding);
      quoted.add(flag);
      String unit = named ? flag.ownerUnitIds().first() : "";
      byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(messages.format("quote", args("text", text)));
    }
    if (quoted.isEmpty()) {
      return Optional.empty();
    }
    String text;
    if (named) {
      // "有的将……列入纪实表，如甲县“…”“…”、乙局“…”": each unit once, before its quotes
      List<String> groups = new ArrayList<>();
      for (Map.Entry<String, List<String>> unit : byUnit.entrySet()) {
        groups.add(
            messages.format(
                "shallow.group", args("unit", context.unitName(unit.getKey()), "quotes", quotes(unit.getValue()))));
      }
      text =
          messages.format(
              "shallow.examples.named",
              args("groups", options.language() == Language.ZH_CN ? String.join("、", groups) : String.join("; ", groups)));
    } else {
      List<String> all = byUnit.get("");
      text = messages.format(all.size() == 1 ? "shallow.examples.one" : "shallow.examples", args("quotes", quotes(all)));
    }
    return Optional.of(Paragraph.of(List.of(Statement.of(text, context.evidence(quoted)))));
  }
}
