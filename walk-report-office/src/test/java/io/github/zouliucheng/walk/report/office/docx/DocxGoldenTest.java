package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The structural summary of the synthetic bulletin's DOCX ({@link DocxStructure}), compared whole
 * with its golden file: the kind, font, size, alignment and text of every paragraph, every table's
 * cells, the page and the footers.
 */
class DocxGoldenTest {

  @Test
  void syntheticBulletinWithEveryElement() {
    Golden.assertMatches(
        "bulletin-full.txt", DocxStructure.summary(DocxFixtures.render(DocxFixtures.bulletin(), DocxFixtures.full())));
  }

  @Test
  void syntheticBulletinWithDefaults() {
    Golden.assertMatches(
        "bulletin-defaults.txt",
        DocxStructure.summary(DocxFixtures.render(DocxFixtures.bulletin(), OfficialDocument.defaults())));
  }

  @Test
  void sameInputsGiveTheSameDocument() {
    String once = DocxStructure.summary(DocxFixtures.render(DocxFixtures.bulletin(), DocxFixtures.full()));
    String twice = DocxStructure.summary(DocxFixtures.render(DocxFixtures.bulletin(), DocxFixtures.full()));
    assertThat(twice).isEqualTo(once);
  }
}
