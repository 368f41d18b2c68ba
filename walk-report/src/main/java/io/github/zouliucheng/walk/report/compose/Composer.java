package io.github.zouliucheng.walk.report.compose;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.BarChart;
import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.CalendarChart;
import io.github.zouliucheng.walk.report.Evidence;
import io.github.zouliucheng.walk.report.OverallFigures;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.Statement;
import io.github.zouliucheng.walk.report.Table;
import io.github.zouliucheng.walk.report.internal.Formats;
import io.github.zouliucheng.walk.report.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the bulletin: turns the figures and flags of an analysis into sentences of the chosen
 * language, with the names and texts of the dataset behind them. Everything said comes from the
 * analysis; the dataset only gives names, places and the words of findings and measures.
 *
 * <p>The composer orchestrates; each part is written by a writer of its own ({@link OverviewWriter},
 * {@link ProblemsWriter}, {@link RequirementsWriter}, {@link AppendixWriter}) over one {@link
 * ComposeContext}.
 *
 * <p>Internal: public only so that {@link io.github.zouliucheng.walk.report.BulletinBuilder} can
 * use it; this package is not exported.
 */
public final class Composer {
  /** Identifiers of the bulletin's own top-level sections, which a caller's section may not take. */
  public static final ImmutableSet<String> RESERVED_IDS =
      ImmutableSet.of("preamble", "overview", "practice", "problems", "requirements", "appendices");

  private final Analysis analysis;
  private final ComposeOptions options;
  private final ComposeContext context;
  private final Messages messages;
  private final Formats formats;

  /** Creates the composer of the bulletin of {@code analysis}, which analysed {@code dataset}. */
  public Composer(Dataset dataset, Analysis analysis, ComposeOptions options) {
    this.analysis = analysis;
    this.options = options;
    this.context = new ComposeContext(dataset, analysis, options);
    this.messages = context.messages;
    this.formats = context.formats;
  }

  /**
   * What the composer writes of a bulletin; the rest of it (language, audience, dates, criticism,
   * redaction) is in the options and the analysis.
   *
   * @param title the title, the option's or the default naming the period
   * @param issuer the issuing office, the option's or the default
   * @param overall the figures of the overall sentence
   * @param detected the problem kinds detected, in the bulletin's order
   * @param preamble the preamble
   * @param sections the sections: overview, problems, requirements, then the caller's
   * @param appendices the appendices of the options
   */
  public record Composition(
      String title,
      String issuer,
      OverallFigures overall,
      ImmutableSet<ProblemKind> detected,
      Paragraph preamble,
      ImmutableList<Section> sections,
      ImmutableList<Section> appendices) {}

  /** Returns the bulletin's parts. */
  public Composition compose() {
    ImmutableSet<ProblemKind> detected = ProblemKind.detectedIn(analysis);
    String period = formats.period(analysis.period());
    String issuer = options.issuer().orElseGet(() -> messages.get("default.issuer"));
    ImmutableList.Builder<Section> sections = ImmutableList.builder();
    sections.add(limited(new OverviewWriter(context).write(period)));
    sections.add(limited(new ProblemsWriter(context).write(detected)));
    sections.add(new RequirementsWriter(context).write(detected));
    sections.addAll(options.extraSections());
    ImmutableList.Builder<Section> appendices = ImmutableList.builder();
    for (Section appendix : new AppendixWriter(context).write()) {
      appendices.add(limited(appendix));
    }
    return new Composition(
        options.title().orElseGet(() -> messages.format("default.title", Map.of("period", period))),
        issuer,
        OverallFigures.of(analysis),
        detected,
        Paragraph.of(messages.format("preamble", Map.of("issuer", issuer, "period", period))),
        sections.build(),
        appendices.build());
  }

  /**
   * Returns {@code section} with the evidence of each statement and table row {@linkplain
   * Evidence#limitedTo(int) limited} to the option's number of identifiers of each kind.
   */
  private Section limited(Section section) {
    int limit = options.evidenceLimit();
    Section.Builder limited = Section.builder().id(section.id()).heading(section.heading());
    for (Block block : section.blocks()) {
      limited.addBlocks(
          block.accept(
              new Block.Visitor<Block>() {
                @Override
                public Block visitParagraph(Paragraph paragraph) {
                  List<Statement> statements = new ArrayList<>();
                  for (Statement s : paragraph.statements()) {
                    statements.add(Statement.of(s.text(), s.evidence().limitedTo(limit), s.quantified()));
                  }
                  return Paragraph.of(statements);
                }

                @Override
                public Block visitTable(Table table) {
                  List<Table.Row> rows = new ArrayList<>();
                  for (Table.Row row : table.rows()) {
                    rows.add(Table.Row.of(row.cells(), row.evidence().limitedTo(limit)));
                  }
                  return Table.builder()
                      .caption(table.caption())
                      .addAllHeader(table.header())
                      .addAllNumericColumns(table.numericColumns())
                      .addAllRows(rows)
                      .build();
                }

                @Override
                public Block visitCalendarChart(CalendarChart chart) {
                  return chart;
                }

                @Override
                public Block visitBarChart(BarChart chart) {
                  return chart;
                }
              }));
    }
    for (Section subsection : section.subsections()) {
      limited.addSubsections(limited(subsection));
    }
    return limited.build();
  }
}
