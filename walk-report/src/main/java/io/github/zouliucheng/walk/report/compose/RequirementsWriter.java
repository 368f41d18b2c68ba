package io.github.zouliucheng.walk.report.compose;

import static io.github.zouliucheng.walk.report.compose.ComposeContext.args;

import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Requirement;
import io.github.zouliucheng.walk.report.Section;

/**
 * Writes "三、下步工作要求": one numbered subsection per requirement called for by the detected
 * problem kinds, with the caller's replacement text where one was given.
 */
final class RequirementsWriter extends SectionWriter {
  RequirementsWriter(ComposeContext context) {
    super(context);
  }

  /** Returns the section {@code requirements} for the problem kinds {@code detected}. */
  Section write(ImmutableSet<ProblemKind> detected) {
    Section.Builder section =
        Section.builder().id("requirements").heading(messages.get("requirements.heading"));
    int number = 0;
    for (Requirement requirement : Requirement.calledFor(detected)) {
      number++;
      String[] replaced = options.requirements().get(requirement);
      String key = "requirement." + requirement.code();
      String heading = replaced != null ? replaced[0] : messages.get(key + ".heading");
      String text = replaced != null ? replaced[1] : messages.get(key + ".text");
      section.addSubsections(
          Section.builder()
              .id("requirements." + requirement.code())
              .heading(messages.format("requirement.heading", args("number", Integer.toString(number), "heading", heading)))
              .addBlocks(Paragraph.of(text))
              .build());
    }
    return section.build();
  }
}
