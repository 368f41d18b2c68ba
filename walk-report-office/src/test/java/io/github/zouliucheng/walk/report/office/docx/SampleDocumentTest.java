package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Bulletin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/sample-bulletin.docx}, a bulletin of 200 synthetic walks with every element
 * of the document, for a look by eye: {@code docs/docx-to-pdf.sh
 * walk-report-office/target/sample-bulletin.docx} converts it to PDF with LibreOffice.
 */
class SampleDocumentTest {

  @Test
  void writesTheSampleDocument() throws Exception {
    Dataset dataset = SyntheticDatasets.dataset(200, 30, 8, DocxFixtures.Q1, 2023);
    Bulletin bulletin =
        Bulletin.builder(dataset, WalkAnalytics.analyze(dataset))
            .issuedOn(DocxFixtures.ISSUED)
            .audience("各县（市）区、市直各部门")
            .appendices(EnumSet.allOf(Appendix.class))
            .build();
    Path file = Path.of("target", "sample-bulletin.docx");
    Files.createDirectories(file.getParent());
    DocxRenderer.render(bulletin, DocxFixtures.full(), file);
    assertThat(Files.size(file)).isGreaterThan(10_000);
  }
}
