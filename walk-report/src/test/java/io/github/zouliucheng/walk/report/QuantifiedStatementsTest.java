package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every quantifier (个别, 部分, 多数, 所有) of the bulletin agrees with the share behind it: on the
 * fixture, whose names and texts hold no such word, each word of a sentence is backed by a share of
 * {@link Statement#quantified()} in order, and the shares are the ones the sentences are about.
 */
class QuantifiedStatementsTest {
  private static final Pattern WORD = Pattern.compile("个别|部分|多数|所有");

  private final Dataset dataset = ReportFixtures.dataset();
  private final Analysis analysis = ReportFixtures.analysis();

  /** Returns every statement of the bulletin's paragraphs, sections and subsections in reading order. */
  static List<Statement> statements(Bulletin bulletin) {
    List<Statement> statements = new ArrayList<>();
    for (Section section : bulletin.sections()) {
      collect(section, statements);
    }
    for (Section section : bulletin.appendices()) {
      collect(section, statements);
    }
    return statements;
  }

  private static void collect(Section section, List<Statement> statements) {
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph paragraph) {
        statements.addAll(paragraph.statements());
      }
    }
    for (Section subsection : section.subsections()) {
      collect(subsection, statements);
    }
  }

  /** Returns the quantifier words of a Chinese text, outside quotations and the fixed term 部分办. */
  static List<String> words(String text) {
    String plain = text.replaceAll("“[^”]*”", "").replace("部分办", "");
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  @Test
  void everyQuantifierIsTheOneOfItsShare() {
    for (Criticism criticism : Criticism.values()) {
      for (Statement s : statements(Bulletin.builder(dataset, analysis).criticism(criticism).build())) {
        List<String> expected = new ArrayList<>();
        for (Ratio share : s.quantified()) {
          expected.add(Quantifier.of(share).word(Language.ZH_CN));
        }
        assertThat(words(s.text())).as(s.text()).isEqualTo(expected);
      }
    }
  }

  @Test
  void theSharesAreWhatTheSentencesAreAbout() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).build();
    List<Statement> quantified = statements(bulletin).stream().filter(s -> !s.quantified().isEmpty()).toList();

    // the fixture: counties 青川县 and 云河区, departments 市司法局 and 市医保局; 7 of 9 members walked
    assertThat(quantified)
        .extracting(s -> s.text().substring(0, s.text().indexOf(s.text().contains("领导干部") ? "领导干部" : "存在")), s -> s.quantified())
        .containsExactly(
            // all four units are concerned by some problem
            org.assertj.core.groups.Tuple.tuple("检查发现，所有县（市）区和市直部门", List.of(Ratio.of(4, 4))),
            // 青川县 clustered: one of the two counties
            org.assertj.core.groups.Tuple.tuple("部分县（市）区", List.of(Ratio.of(1, 2))),
            // 市医保局's leaders walked one service point on one day: one of the two departments
            org.assertj.core.groups.Tuple.tuple("部分市直部门", List.of(Ratio.of(1, 2))),
            // the shallow finding is 青川县's: one of two counties
            org.assertj.core.groups.Tuple.tuple("部分县（市）区", List.of(Ratio.of(1, 2))),
            // 4 of the 7 who walked walked only shallowly
            org.assertj.core.groups.Tuple.tuple("多数", List.of(Ratio.of(4, 7))),
            // three of the four units are responsible for a perfunctory rectification
            org.assertj.core.groups.Tuple.tuple("多数县（市）区和市直部门", List.of(Ratio.of(3, 4))),
            // one of the 7 who walked had an empty walk
            org.assertj.core.groups.Tuple.tuple("部分", List.of(Ratio.of(1, 7))));
  }
}
