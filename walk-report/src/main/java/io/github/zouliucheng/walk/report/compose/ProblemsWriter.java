package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes "二、主要问题": the introduction, which names the kinds of problem checked and not found,
 * then one numbered subsection per detected kind, each written by the writer of its kind.
 */
final class ProblemsWriter extends SectionWriter {
  ProblemsWriter(ComposeContext context) {
    super(context);
  }

  /** Returns the section {@code problems}, with a subsection for each kind in {@code detected}. */
  Section write(ImmutableSet<ProblemKind> detected) {
    Section.Builder problems = Section.builder().id("problems").heading(messages.get("problems.heading"));
    List<Statement> intro = new ArrayList<>();
    if (detected.isEmpty()) {
      intro.add(Statement.of(messages.get("problems.none")));
    } else {
      List<Flag> flags = new ArrayList<>();
      for (ProblemKind kind : detected) {
        for (Judgment judgment : kind.judgments()) {
          flags.addAll(context.flags(judgment));
        }
      }
      ComposeContext.Quantified subject = context.unitsSubject(context.ownerUnits(flags));
      intro.add(
          ComposeContext.statement(
              messages.format("problems.intro", args("subject", subject.text())), Evidence.none(), subject.share()));
    }
    List<String> notFound = new ArrayList<>();
    for (ProblemKind kind : ProblemKind.values()) {
      if (!detected.contains(kind)) {
        notFound.add(messages.get("kind." + kind.code()));
      }
    }
    // with nothing detected, problems.none has said it all
    if (!detected.isEmpty() && !notFound.isEmpty()) {
      intro.add(Statement.of(messages.format("problems.not_found", args("kinds", formats.list(notFound)))));
    }
    problems.addBlocks(Paragraph.of(intro));
    int number = 0;
    for (ProblemKind kind : detected) {
      number++;
      Section.Builder section =
          Section.builder()
              .id(kind.sectionId())
              .heading(
                  messages.format(
                      "kind.heading", args("number", Integer.toString(number), "kind", messages.get("kind." + kind.code()))));
      writer(kind).write(section);
      problems.addSubsections(section.build());
    }
    return problems.build();
  }

  /** Returns the writer of the subsection of {@code kind}. */
  private ProblemWriter writer(ProblemKind kind) {
    switch (kind) {
      case CLUSTERED_SCHEDULING:
        return new ClusteredWriter(context);
      case SHALLOW_FINDINGS:
        return new ShallowWriter(context);
      case NARROW_MODES:
        return new NarrowWriter(context);
      case PERFUNCTORY_RECTIFICATION:
        return new PerfunctoryWriter(context);
      case EMPTY_WALKS:
        return new EmptyWriter(context);
      case NOT_WALKED:
        return new NotWalkedWriter(context);
      default:
        throw new IllegalStateException("kind: no writer for " + kind);
    }
  }
}
