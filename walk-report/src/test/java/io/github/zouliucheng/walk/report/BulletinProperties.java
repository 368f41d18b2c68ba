package io.github.zouliucheng.walk.report;

import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Ratio;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.testing.MachineDefaults;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import io.github.zouliucheng.walk.report.internal.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;


/**
 * Laws of the composed bulletin over the shared generated datasets (with warnings: rectifications
 * marked done without measures), in both languages and both kinds of criticism, with every appendix.
 */
class BulletinProperties {
  private static final int EXAMPLES = 60;
  private static final int SHRINK_CYCLES = 30;

  /** A dataset and the options that vary. */
  record Input(Dataset dataset, Language language, Criticism criticism) {
    Bulletin compose() {
      return compose(dataset);
    }

    Bulletin compose(Dataset d) {
      Analysis analysis = WalkAnalytics.analyze(d);
      return Bulletin.builder(d, analysis)
          .language(language)
          .criticism(criticism)
          .appendices(List.of(Appendix.values()))
          .build();
    }
  }

  private static Gen<Input> inputs() {
    return WalkGenerators.datasetsWithWarnings()
        .zip(Generate.enumValues(Language.class), Generate.enumValues(Criticism.class), Input::new);
  }

  @Test
  void theOverallFiguresAreTheAnalysisFigures() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Analysis analysis = WalkAnalytics.analyze(in.dataset());
          Bulletin bulletin = in.compose();
          OverallFigures o = bulletin.overall();
          assertThat(o).isEqualTo(OverallFigures.of(analysis));
          String sentence = ((Paragraph) bulletin.section("overview").orElseThrow().blocks().get(0)).statements().get(0).text();
          Formats formats = new Formats(in.language());
          for (long figure : List.of(o.counties(), o.departments(), o.members(), o.walks(), o.found(), o.solved())) {
            assertThat(sentence).contains(formats.integer(figure));
          }
        });
  }

  @Test
  void everyQuantifierIsTheOneOfItsShareInBothLanguages() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          for (Statement s : QuantifiedStatementsTest.statements(in.compose())) {
            int from = 0;
            for (Ratio share : s.quantified()) {
              String word = Quantifier.of(share).word(in.language());
              int at = s.text().indexOf(word, from);
              assertThat(at).as("%s in %s", word, s.text()).isGreaterThanOrEqualTo(0);
              from = at + word.length();
            }
          }
        });
  }

  @Test
  void aProblemSubsectionAppearsExactlyForEachDetectedKind() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Analysis analysis = WalkAnalytics.analyze(in.dataset());
          Bulletin bulletin = in.compose();
          assertThat(bulletin.detected()).isEqualTo(ProblemKind.detectedIn(analysis));
          for (ProblemKind kind : ProblemKind.values()) {
            assertThat(bulletin.section(kind.sectionId()).isPresent())
                .as("section of %s", kind)
                .isEqualTo(bulletin.detected().contains(kind));
          }
          assertThat(bulletin.section("requirements").orElseThrow().subsections())
              .extracting(Section::id)
              .containsExactlyElementsOf(
                  Requirement.calledFor(bulletin.detected()).stream().map(r -> "requirements." + r.code()).toList());
        });
  }

  @Test
  void everyIdOfTheEvidenceExistsInTheDataset() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Dataset d = in.dataset();
          Set<String> units = d.roster().units().stream().map(Unit::id).collect(Collectors.toSet());
          Set<String> members = d.roster().members().stream().map(Member::id).collect(Collectors.toSet());
          Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
          Set<String> findings = d.allFindings().map(Finding::id).collect(Collectors.toSet());
          for (Evidence e : evidence(in.compose())) {
            assertThat(walks).containsAll(e.walkIds());
            assertThat(findings).containsAll(e.findingIds());
            assertThat(members).containsAll(e.memberIds());
            assertThat(units).containsAll(e.unitIds());
          }
        });
  }

  @Test
  void recordOrderNeverChangesTheBulletin() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs(), longs().all())
        .checkAssert((in, seed) -> assertThat(in.compose(shuffled(in.dataset(), seed))).isEqualTo(in.compose()));
  }

  @Test
  void theBulletinIsTheSameUnderAnotherLocaleAndTimeZone() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Bulletin here = in.compose();
          assertThat(MachineDefaults.under("th-TH-u-ca-buddhist-nu-thai", "Pacific/Kiritimati", () -> in.compose()))
              .isEqualTo(here);
        });
  }

  @Test
  void theTwoLanguagesSayTheSameAboutTheSameRecords() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(inputs())
        .checkAssert(in -> {
          Bulletin zh = new Input(in.dataset(), Language.ZH_CN, in.criticism()).compose();
          Bulletin en = new Input(in.dataset(), Language.EN, in.criticism()).compose();
          assertThat(Outline.of(en)).isEqualTo(Outline.of(zh));
        });
  }

  /** Returns the evidence of every statement and table row of {@code bulletin}. */
  static List<Evidence> evidence(Bulletin bulletin) {
    List<Evidence> all = new ArrayList<>();
    List<Section> sections = new ArrayList<>(bulletin.sections());
    sections.addAll(bulletin.appendices());
    all.add(bulletin.preamble().evidence());
    while (!sections.isEmpty()) {
      Section section = sections.remove(sections.size() - 1);
      sections.addAll(section.subsections());
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph) {
          ((Paragraph) block).statements().forEach(s -> all.add(s.evidence()));
        } else if (block instanceof Table) {
          ((Table) block).rows().forEach(r -> all.add(r.evidence()));
        }
      }
    }
    return all;
  }
}
