package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bulletin does not stutter: a description's own lead-in is dropped where the sentence says
 * 时发现, repeated measures are given once, and no sentence says a clause twice.
 */
class CleanTextTest {

  /** The clauses of a sentence, split at its punctuation; those of fewer than four characters are ignored. */
  static void assertNoClauseTwice(String text) {
    Set<String> seen = new HashSet<>();
    for (String clause : text.split("[，、；。：,;:.（）()]")) {
      String c = clause.strip();
      if (c.length() >= 4) {
        assertThat(seen.add(c)).as("clause \"%s\" twice in: %s", c, text).isTrue();
      }
    }
  }

  @Test
  void noStatementOfTheFixtureSaysAClauseTwice() {
    Dataset dataset = ReportFixtures.dataset();
    for (Language language : Language.values()) {
      for (Criticism criticism : Criticism.values()) {
        Bulletin bulletin =
            Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).language(language).criticism(criticism).build();
        for (Statement s : QuantifiedStatementsTest.statements(bulletin)) {
          assertNoClauseTwice(s.text());
        }
      }
    }
  }

  @Test
  void aLeadInAndARepeatedMeasureAreDroppedFromTheQuote() {
    // the clerk wrote the lead-in into the description, and the second measure repeats the first
    Map<String, String> clerk =
        Map.of(
            "医保窗口设置少，办事群众等待时间较长", "经体验发现，医保窗口设置少，办事群众等待时间较长",
            "增加2个电子服务终端", "医保窗口由2个增加到4个。");
    Dataset dataset = ReportFixtures.dataset(text -> clerk.getOrDefault(text, text));

    Bulletin bulletin = Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).build();

    Paragraph wider = (Paragraph) bulletin.section("practice.wider").orElseThrow().blocks().get(1);
    assertThat(wider.text())
        .isEqualTo(
            "青川县领导干部采取“四不两直”方式，以普通办事群众身份到青川县政务服务中心亲自办理退休人员医保待遇核定时发现，"
                + "医保窗口设置少，办事群众等待时间较长，随即医保窗口由2个增加到4个，"
                + "平均等待时间由40分钟减少到15分钟，极大提升了办事效率。");
    assertNoClauseTwice(wider.text());
  }
}
