package io.github.zouliucheng.walk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Participation;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.report.testing.AllText;
import io.github.zouliucheng.walk.report.testing.ReportFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;


/** The bulletin composed from {@link ReportFixtures}, and the options of {@link BulletinBuilder}. */
class BulletinTest {
  private static final Pattern OVERALL =
      Pattern.compile(
          "2023年第一季度，全市(\\d+)个县（市）区、(\\d+)家市直部门(\\d+)名党政班子成员“走流程”(\\d+)次，发现问题(\\d+)个，解决问题(\\d+)个。");

  private final Dataset dataset = ReportFixtures.dataset();
  private final Analysis analysis = WalkAnalytics.analyze(dataset);

  @Test
  void theOverallSentenceCarriesTheFiguresOfTheAnalysis() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).build();

    Paragraph first = (Paragraph) bulletin.section("overview").orElseThrow().blocks().get(0);
    Matcher m = OVERALL.matcher(first.statements().get(0).text());
    assertThat(m.matches()).as(first.statements().get(0).text()).isTrue();
    Participation p = analysis.participation();
    assertThat(List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)))
        .containsExactly(
            Long.toString(p.countiesWalked().numerator()),
            Long.toString(p.departmentsWalked().numerator()),
            Long.toString(p.membersWalked().numerator()),
            Long.toString(p.walks()),
            Long.toString(p.findingsOnWalks()),
            Long.toString(p.solvedOnWalks().numerator()));
    // and by hand, from the fixture: 青川县 and 云河区 walked, both departments; sf-02 and yh-01 never
    // walked; eight walks (w04 found nothing), eight findings f01-f03 and f05-f09, of which f03 (past
    // its deadline) and f09 (scheduled, not done) are unsolved
    assertThat(first.statements().get(0).text())
        .isEqualTo("2023年第一季度，全市2个县（市）区、2家市直部门7名党政班子成员“走流程”8次，发现问题8个，解决问题6个。");
    assertThat(bulletin.overall()).isEqualTo(OverallFigures.of(analysis));
  }

  @Test
  void defaultsNameThePeriodTheOfficeAndTheReferenceDate() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).build();

    assertThat(bulletin.language()).isEqualTo(Language.ZH_CN);
    assertThat(bulletin.title()).isEqualTo("关于2023年第一季度领导干部“走流程”情况的通报");
    assertThat(bulletin.issuer()).isEqualTo("市深化能力作风建设领导小组办公室");
    assertThat(bulletin.issuedOn()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(bulletin.asOf()).isEqualTo(analysis.asOf());
    assertThat(bulletin.audience()).isEmpty();
    assertThat(bulletin.criticism()).isEqualTo(Criticism.ANONYMOUS);
    assertThat(bulletin.redacted()).isTrue();
    assertThat(bulletin.preamble().text()).contains("市深化能力作风建设领导小组办公室", "2023年第一季度");
    assertThat(bulletin.sections()).extracting(Section::id).containsExactly("overview", "problems", "requirements");
    assertThat(bulletin.appendices()).extracting(Section::id).containsExactly("appendix.units");
  }

  @Test
  void theCallerSetsTitleIssuerAudienceAndDate() {
    Bulletin bulletin =
        Bulletin.builder(dataset, analysis)
            .title("关于一季度“走流程”情况的通报")
            .issuer("青山市深化能力作风建设领导小组办公室")
            .audience("各县（市）区、市直各部门")
            .issuedOn(LocalDate.of(2023, 4, 10))
            .build();

    assertThat(bulletin.title()).isEqualTo("关于一季度“走流程”情况的通报");
    assertThat(bulletin.issuer()).isEqualTo("青山市深化能力作风建设领导小组办公室");
    assertThat(bulletin.preamble().text()).contains("青山市深化能力作风建设领导小组办公室对各县（市）区");
    assertThat(bulletin.audience()).contains("各县（市）区、市直各部门");
    assertThat(bulletin.issuedOn()).isEqualTo(LocalDate.of(2023, 4, 10));
  }

  @Test
  void anonymousCriticismNamesNoUnitInTheProblemsAndNamedCriticismDoes() {
    String anonymous = AllText.of(Bulletin.builder(dataset, analysis).build().section("problems").orElseThrow());
    String named =
        AllText.of(Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).build().section("problems").orElseThrow());

    for (String unit : List.of("青川县", "云河区", "市医保局", "市司法局")) {
      assertThat(anonymous).doesNotContain(unit);
    }
    assertThat(anonymous).contains("有的单位3名班子成员在2月6日至2月8日期间“走流程”3次。");
    assertThat(named)
        .contains(
            "青川县3名班子成员在2月6日至2月8日期间“走流程”3次。",
            "云河区的主要负责同志本期未“走流程”，没有起到带头作用。");
  }

  @Test
  void appendicesFollowTheCriticismUnlessChosen() {
    assertThat(Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).build().appendices())
        .extracting(Section::id)
        .containsExactly("appendix.units", "appendix.members_not_walked", "appendix.overdue", "appendix.conflicts");
    assertThat(
            Bulletin.builder(dataset, analysis)
                .appendices(List.of(Appendix.CONFLICTS, Appendix.UNITS))
                .build()
                .appendices())
        .extracting(Section::id)
        .containsExactly("appendix.units", "appendix.conflicts");
    assertThat(Bulletin.builder(dataset, analysis).appendices(List.of()).build().appendices()).isEmpty();
  }

  @Test
  void theAppendicesListWhatTheFlagsName() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).build();

    Table members = (Table) bulletin.section("appendix.members_not_walked").orElseThrow().blocks().get(0);
    assertThat(members.rows()).extracting(r -> String.join("|", r.cells()))
        .containsExactly("云河区|赵建华|区委书记|是", "市司法局|郑洁|副局长|否");
    Table overdue = (Table) bulletin.section("appendix.overdue").orElseThrow().blocks().get(0);
    assertThat(overdue.rows()).extracting(r -> String.join("|", r.cells()))
        .containsExactly("青川县|网上申报的材料清单与窗口要求不一致|2023年3月15日|仍未解决");
    assertThat(overdue.rows().get(0).evidence().findingIds()).containsExactly("f03");
    Table units = (Table) bulletin.section("appendix.units").orElseThrow().blocks().get(0);
    assertThat(units.rows()).hasSize(4);
    assertThat(units.rows()).extracting(r -> r.cells().get(9)).containsExactly("1", "2", "3", "4");
  }

  @Test
  void goodPracticeQuotesTheExemplarsOfEachTheme() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).examples(1).build();

    // the analysis's exemplars, strongest first (w08's effect is the larger): wider w01; deeper w08,
    // w01; substantive w08, w01
    assertThat(analysis.goodPractice().of(Theme.WIDER)).extracting(e -> e.walkId()).containsExactly("w01");
    assertThat(analysis.goodPractice().of(Theme.DEEPER)).extracting(e -> e.walkId()).containsExactly("w08", "w01");
    assertThat(analysis.goodPractice().of(Theme.SUBSTANTIVE)).extracting(e -> e.walkId()).containsExactly("w08", "w01");
    // wider quotes w01; deeper w08; substantive has nothing not quoted already, and says so, quoting
    // nothing twice
    assertThat(quotedWalks(bulletin, Theme.WIDER)).containsExactly("w01");
    assertThat(quotedWalks(bulletin, Theme.DEEPER)).containsExactly("w08");
    assertThat(quotedWalks(bulletin, Theme.SUBSTANTIVE)).isEmpty();
    Paragraph substantive = (Paragraph) bulletin.section("practice.substantive").orElseThrow().blocks().get(0);
    assertThat(substantive.text()).endsWith("本期符合这一方面条件的“走流程”2次，均已在上文列举。");
    Paragraph wider = (Paragraph) bulletin.section("practice.wider").orElseThrow().blocks().get(1);
    assertThat(wider.text()).isEqualTo(WIDER_W01);
  }

  /**
   * The quote of w01: its manner and role, where it went and what for, the problem, the measures and
   * the effects; the effect 医保办事窗口 2 → 4 个 is left out, as the first measure states it.
   */
  private static final String WIDER_W01 =
      "青川县领导干部采取“四不两直”方式，以普通办事群众身份到青川县政务服务中心亲自办理退休人员医保待遇核定时发现，"
          + "医保窗口设置少，办事群众等待时间较长，随即医保窗口由2个增加到4个，增加2个电子服务终端，"
          + "平均等待时间由40分钟减少到15分钟，极大提升了办事效率。";

  @Test
  void goodPracticeNeverPraisesAFindingARectificationJudgmentFlagged() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).examples(3).build();

    // w05 was walked in the manner of reaching wider, but its only finding, f05, was marked rectified
    // with no effect: it is no exemplar, and is not quoted anywhere
    assertThat(analysis.rectification().flags(Judgment.RECTIFIED_WITHOUT_EFFECT)).extracting(Flag::subject).contains("f05");
    assertThat(analysis.goodPractice().exemplars()).extracting(e -> e.walkId()).doesNotContain("w05");
    assertThat(quotedWalks(bulletin, Theme.WIDER)).containsExactly("w01");
    assertThat(quotedWalks(bulletin, Theme.DEEPER)).containsExactly("w08");
    assertThat(quotedWalks(bulletin, Theme.SUBSTANTIVE)).isEmpty();
  }

  private static List<String> quotedWalks(Bulletin bulletin, Theme theme) {
    Section section = bulletin.section("practice." + theme.code()).orElseThrow();
    return section.blocks().subList(1, section.blocks().size()).stream()
        .map(b -> ((Paragraph) b).evidence().walkIds().first())
        .toList();
  }

  @Test
  void aLongListOfNamesIsCutAndCounted() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).namesInBody(1).build();

    // four leaders walked only announced, part of the process and simple matters: one is named
    assertThat(AllText.of(bulletin.section("problems.narrow_modes").orElseThrow()))
        .contains("青川县县长刘海燕等4名领导干部“走流程”均为明查、部分办、简单事项");
  }

  @Test
  void anAppendixKeepsItsMostSevereRowsAndSaysHowManyThereAre() {
    Bulletin bulletin = Bulletin.builder(dataset, analysis).criticism(Criticism.NAMED).appendixRows(1).build();

    Section members = bulletin.section("appendix.members_not_walked").orElseThrow();
    assertThat(((Paragraph) members.blocks().get(0)).text()).isEqualTo("共2项，列前1项；完整清单见分析结果或整改台账。");
    // of the two who did not walk, the principal leader comes first
    assertThat(((Table) members.blocks().get(1)).rows()).singleElement()
        .satisfies(row -> assertThat(row.cells()).containsExactly("云河区", "赵建华", "区委书记", "是"));
  }

  @Test
  void optionsOutOfRangeAreRejectedNamingTheOption() {
    BulletinBuilder builder = Bulletin.builder(dataset, analysis);
    assertThatThrownBy(() -> builder.namesInBody(0)).hasMessage("namesInBody: must be between 1 and 1000, was 0");
    assertThatThrownBy(() -> builder.appendixRows(0)).hasMessage("appendixRows: must be between 1 and 100000, was 0");
    assertThatThrownBy(() -> builder.evidenceLimit(-1)).hasMessage("evidenceLimit: must be between 1 and 10000000, was -1");
  }

  @Test
  void requirementTextsCanBeReplaced() {
    Bulletin bulletin =
        Bulletin.builder(dataset, analysis)
            .requirement(Requirement.SUPERVISION, "严格考核问责", "将“走流程”情况纳入年度绩效考核。")
            .requirement(Requirement.COORDINATION, "错开时间", "各单位班子成员“走流程”时间间隔不少于一周。")
            .build();

    Section supervision = bulletin.section("requirements.supervision").orElseThrow();
    assertThat(supervision.heading()).isEqualTo("5.严格考核问责");
    assertThat(((Paragraph) supervision.blocks().get(0)).text()).isEqualTo("将“走流程”情况纳入年度绩效考核。");
    assertThat(bulletin.section("requirements.coordination").orElseThrow().heading()).isEqualTo("2.错开时间");
  }

  @Test
  void aCallersSectionGoesAfterTheRequirementsAndBeforeTheAppendices() {
    Section contact =
        Section.builder().id("portal.contact").heading("四、联系方式").addBlocks(Paragraph.of("联系人：督查室，电话：0451-12345678。")).build();

    Bulletin bulletin = Bulletin.builder(dataset, analysis).addSection(contact).build();

    assertThat(bulletin.sections()).extracting(Section::id).containsExactly("overview", "problems", "requirements", "portal.contact");
    assertThat(bulletin.section("portal.contact")).contains(contact);
  }

  @Test
  void badOptionsAreRejectedNamingTheOptionAndTheValue() {
    BulletinBuilder builder = Bulletin.builder(dataset, analysis);
    Section problems = Section.builder().id("problems.extra").heading("x").build();
    Section twice = Section.builder().id("portal.a").heading("甲").build();

    assertThatThrownBy(() -> builder.addSection(problems)).hasMessage("section.id: \"problems.extra\" is reserved for the bulletin's own sections");
    builder.addSection(twice);
    assertThatThrownBy(() -> builder.addSection(twice)).hasMessage("section.id: \"portal.a\" was added before");
    assertThatThrownBy(() -> builder.examples(0)).hasMessage("examples: must be between 1 and 20, was 0");
    assertThatThrownBy(() -> builder.examples(21)).hasMessage("examples: must be between 1 and 20, was 21");
    assertThatThrownBy(() -> builder.title(" ")).hasMessage("title: must not be blank, was \" \"");
    assertThatThrownBy(() -> builder.issuer("甲\n乙")).hasMessage("issuer: must not contain control character U+000A, was \"甲\n乙\"");
    Dataset otherPeriod = Dataset.empty(Period.ofQuarter(2023, 2));
    assertThatThrownBy(() -> Bulletin.builder(otherPeriod, analysis))
        .hasMessage("analysis.period: the analysis is of 2023-Q1 but the dataset is of 2023-Q2; pass the dataset that was analysed");
  }

  @Test
  void documentPartsValidateThemselves() {
    assertThatThrownBy(() -> Section.builder().id("Bad Id").heading("x").build())
        .hasMessageContaining("section.id")
        .hasMessageContaining("\"Bad Id\"");
    assertThatThrownBy(() -> Table.builder().caption("表").addHeader("甲", "乙").addRows(Table.Row.of(List.of("1"), Evidence.none())).build())
        .hasMessage("table.rows[0].cells: must have 2 cells as the header has, had 1 (table \"表\")");
    assertThatThrownBy(() -> Statement.of("甲\u0000乙")).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> Paragraph.builder().build()).hasMessage("paragraph.statements: must not be empty");
  }

  @Test
  void anEnglishBulletinSaysTheSameInEnglish() {
    Bulletin zh = Bulletin.builder(dataset, analysis).build();
    Bulletin en = Bulletin.builder(dataset, analysis).language(Language.EN).build();

    assertThat(en.title()).isEqualTo("Bulletin on leaders walking the process in Q1 2023");
    assertThat(((Paragraph) en.section("overview").orElseThrow().blocks().get(0)).statements().get(0).text())
        .isEqualTo(
            "In Q1 2023, leadership-team members of 2 counties and districts and 2 municipal departments walked the process: "
                + "7 members, 8 walks, 8 problems found, 6 solved.");
    assertThat(Outline.of(en)).isEqualTo(Outline.of(zh));
  }

  @Test
  void languageTagsAreRead() {
    assertThat(Language.ofTag("zh")).isEqualTo(Language.ZH_CN);
    assertThat(Language.ofTag("zh-Hans-CN")).isEqualTo(Language.ZH_CN);
    assertThat(Language.ofTag("en-GB")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.ofTag("fr")).hasMessage("language: \"fr\" is not offered; the bulletin is written in zh-CN or en");
  }
}
