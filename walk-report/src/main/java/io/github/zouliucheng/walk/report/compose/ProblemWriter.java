package io.github.zouliucheng.walk.report.compose;

import io.github.zouliucheng.walk.report.Section;

/** Writes the body of the subsection of one kind of problem, under the heading that {@link ProblemsWriter} gives it. */
abstract class ProblemWriter extends SectionWriter {
  ProblemWriter(ComposeContext context) {
    super(context);
  }

  /** Adds the blocks of the kind's subsection to {@code section}. */
  abstract void write(Section.Builder section);
}
