package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import io.github.zouliucheng.walk.report.testing.BulletinSchema;
import io.github.zouliucheng.walk.report.testing.CommonMark;
import io.github.zouliucheng.walk.report.testing.EvidencedText;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import io.github.zouliucheng.walk.report.text.TextRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;


/**
 * Laws of the three renderers over bulletins composed from generated datasets (any roster, walks,
 * findings and free text, in either language, with either criticism and all appendices): the JSON
 * validates against the schema and carries every statement's and row's evidence; the Markdown
 * reads back, through commonmark-java, as the bulletin's texts in order and as no markup; the
 * plain text holds every text as it is, with no trailing spaces.
 */
final class RenderersProperties {
  private static final int EXAMPLES = 40;

  private static Gen<Bulletin> bulletins() {
    Gen<Language> languages = Generate.enumValues(Language.class);
    Gen<Criticism> criticisms = Generate.enumValues(Criticism.class);
    return WalkGenerators.datasetsWithWarnings()
        .zip(languages, criticisms, (dataset, language, criticism) -> compose(dataset, language, criticism));
  }

  private static Bulletin compose(Dataset dataset, Language language, Criticism criticism) {
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
        .language(language)
        .criticism(criticism)
        .appendices(List.of(Appendix.values()))
        .build();
  }

  @Test
  void json_validatesAndCarriesTheEvidenceOfEveryStatementAndRow() {
    qt().withExamples(EXAMPLES)
        .forAll(bulletins())
        .checkAssert(bulletin -> {
          String json = JsonRenderer.create().render(bulletin);
          assertThat(BulletinSchema.errors(json)).isEmpty();
          assertThat(EvidencedText.of(BulletinSchema.MAPPER.readTree(json))).isEqualTo(EvidencedText.of(bulletin));
          assertThat(BulletinSchema.MAPPER.readTree(JsonRenderer.compact().render(bulletin)))
              .isEqualTo(BulletinSchema.MAPPER.readTree(json));
        });
  }

  @Test
  void markdown_readsBackAsTheBulletinsTextsAndNoMarkup() {
    qt().withExamples(EXAMPLES)
        .forAll(bulletins())
        .checkAssert(bulletin -> {
          String markdown = MarkdownRenderer.create().render(bulletin);
          var document = CommonMark.parse(markdown);
          assertThat(CommonMark.blockTexts(document)).containsSubsequence(RendererFixtures.texts(bulletin));
          Map<String, Integer> census = CommonMark.census(document);
          assertThat(census.keySet())
              .isSubsetOf(
                  "Document", "Heading", "Paragraph", "Text", "StrongEmphasis", "HardLineBreak", "TableBlock",
                  "TableHead", "TableBody", "TableRow", "TableCell");
          assertThat(census.get("HardLineBreak")).isEqualTo(1);
        });
  }

  @Test
  void text_holdsEveryTextAsItIsWithoutTrailingSpaces() {
    qt().withExamples(EXAMPLES)
        .forAll(bulletins())
        .checkAssert(bulletin -> {
          String text = TextRenderer.create().render(bulletin);
          assertThat(text).contains(bulletin.title(), bulletin.preamble().text(), bulletin.issuer());
          for (Section section : bulletin.sections()) {
            assertThat(text).contains(section.heading());
          }
          for (Section section : bulletin.appendices()) {
            assertThat(text).contains(section.heading());
            for (Block block : section.blocks()) {
              if (block instanceof Table table) {
                for (Table.Row row : table.rows()) {
                  assertThat(text).contains(row.cells().get(0));
                }
              }
            }
          }
          assertThat(text).endsWith("\n").doesNotContain("\n\n\n").doesNotContain(" \n");
        });
  }
}
