package io.github.zouliucheng.walk.examples;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Paragraph;
import io.github.zouliucheng.walk.report.Requirement;
import io.github.zouliucheng.walk.report.Section;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The README's bulletin example: the options an issuing office sets — its name, the audience, the
 * date, named criticism, a requirement in its own words and a section of its own — and the bulletin
 * as Markdown.
 */
public final class CustomBulletin {
  private CustomBulletin() {}

  /** Prints the sample city's bulletin with the office's options as Markdown. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(MarkdownRenderer.create().render(build(SampleData.sampleCity())));
  }

  /** Returns the bulletin of {@code dataset} with the office's options. */
  public static Bulletin build(Dataset dataset) {
    // README:begin
    Analysis analysis = WalkAnalytics.analyze(dataset);
    Bulletin bulletin =
        Bulletin.builder(dataset, analysis)
            .language(Language.ZH_CN)                       // or Language.EN
            .issuer("澜州市深化能力作风建设领导小组办公室")
            .audience("各县（市）区、市直各部门")
            .issuedOn(LocalDate.of(2023, 4, 10))
            .criticism(Criticism.NAMED)                     // name the units; all appendices
            .examples(2)                                    // examples per theme and problem
            .requirement(Requirement.SUPERVISION, "强化考核督导",
                "“走流程”情况纳入2023年度绩效考核，占比不低于5%。")
            .addSection(Section.builder()
                .id("portal.contact")
                .heading("四、联系方式")
                .addBlocks(Paragraph.of("联系人：市深化办督查室，电话：0451-12345678。"))
                .build())
            .build();
    // README:end
    return bulletin;
  }
}
