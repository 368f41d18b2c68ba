package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.testing.SyntheticDatasets;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bulletin is a few pages at any scale: with the default options, its Markdown stays under 150 KB
 * however many walks, units, members and flags there are.
 *
 * <p>What grows with the data is capped: the examples, the names in a sentence, the rows of an
 * appendix and the units of a chart, the identifiers of a statement's evidence. So the size depends on
 * how many units and flags there are only up to the caps, which a few hundred units already reach;
 * the datasets here have up to 400 units, 1,200 members and 2,000 walks over a quarter or a year, so
 * that every cap is hit while the suite stays quick. The benchmark {@code BulletinSizes} measures the
 * sizes at 1,000 to 1,000,000 walks.
 */
class BulletinSizeProperties {
  private static final int LIMIT = 150 * 1024;

  @Test
  void theMarkdownStaysUnder150KilobytesWhateverTheScale() {
    qt().withExamples(12)
        .withShrinkCycles(5)
        .forAll(integers().between(1, 400), integers().between(1, 5), integers().between(0, 1), longs().all())
        .checkAssert(
            (units, walksPerUnit, year, seed) -> {
              Period period = year == 1 ? Period.ofYear(2023) : Period.ofQuarter(2023, 1);
              Dataset dataset = SyntheticDatasets.dataset(units * walksPerUnit, units * 3, units, period, seed);
              Analysis analysis = WalkAnalytics.analyze(dataset);
              for (Criticism criticism : Criticism.values()) {
                for (Language language : Language.values()) {
                  Bulletin bulletin =
                      Bulletin.builder(dataset, analysis)
                          .criticism(criticism)
                          .language(language)
                          .appendices(List.of(Appendix.values()))
                          .build();
                  int markdown = MarkdownRenderer.create().render(bulletin).getBytes(StandardCharsets.UTF_8).length;
                  assertThat(markdown).as("%s %s, %d units", criticism, language, units).isLessThan(LIMIT);
                }
              }
            });
  }

  @Test
  void aPeriodLongerThanAYearIsChartedByMonth() {
    Period twoYears = Period.of(java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2024, 12, 31));
    Dataset dataset = SyntheticDatasets.dataset(2_000, 60, 20, twoYears, 11L);

    Bulletin bulletin = Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).build();

    List<Block> blocks = bulletin.section("overview").orElseThrow().blocks();
    assertThat(blocks).noneMatch(b -> b instanceof CalendarChart);
    BarChart months = (BarChart) blocks.get(1);
    assertThat(months.title()).isEqualTo("每月“走流程”次数");
    assertThat(months.bars()).hasSize(24);
    assertThat(months.bars().get(0).label()).isEqualTo("2023年1月");
    assertThat(months.bars().stream().mapToLong(b -> b.values().get(0)).sum()).isEqualTo(2_000);
    // a year is still a calendar of days
    Dataset year = SyntheticDatasets.dataset(200, 30, 10, Period.ofYear(2023), 11L);
    assertThat(Bulletin.builder(year, WalkAnalytics.analyze(year)).build().section("overview").orElseThrow().blocks().get(1))
        .isInstanceOf(CalendarChart.class);
  }

  @Test
  void theEvidenceOfAStatementListsAtMostTheLimitAndSaysTheTotal() {
    Dataset dataset = SyntheticDatasets.dataset(3_000, 300, 100, Period.ofQuarter(2023, 1), 7L);
    Analysis analysis = WalkAnalytics.analyze(dataset);

    Bulletin bulletin = Bulletin.builder(dataset, analysis).evidenceLimit(5).build();

    List<Statement> statements = QuantifiedStatementsTest.statements(bulletin);
    assertThat(statements).allSatisfy(s -> {
      assertThat(s.evidence().walkIds().size()).isLessThanOrEqualTo(5);
      assertThat(s.evidence().findingIds().size()).isLessThanOrEqualTo(5);
      assertThat(s.evidence().memberIds().size()).isLessThanOrEqualTo(5);
      assertThat(s.evidence().unitIds().size()).isLessThanOrEqualTo(5);
    });
    // the empty walks: hundreds, of which five are listed and all are counted
    Statement empty =
        statements.stream().filter(s -> s.text().contains("“空走”现象发生")).findFirst().orElseThrow();
    assertThat(empty.evidence().isTruncated()).isTrue();
    assertThat(empty.evidence().walkTotal()).isEqualTo(analysis.accountability().emptyWalks().numerator());
    assertThat(JsonRenderer.create().render(bulletin)).contains("\"totals\"");
  }
}
