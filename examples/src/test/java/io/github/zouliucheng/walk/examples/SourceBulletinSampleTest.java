package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Exemplar;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.json.WalkJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written records of the examples the 2023-Q1 bulletin names (source-bulletin-2023q1.json):
 * they read cleanly, and the analytics find in them what the bulletin says.
 */
final class SourceBulletinSampleTest {
  private static final Path FILE = Path.of("src/main/resources/samples/source-bulletin-2023q1.json");

  private static DatasetResult read;
  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    read = WalkJson.reader().read(FILE);
    analysis = WalkAnalytics.analyze(read.dataset());
  }

  private static Set<String> units(Theme theme) {
    return analysis.goodPractice().of(theme).stream().map(Exemplar::unitId).collect(Collectors.toSet());
  }

  private static List<Flag> flags(Judgment judgment) {
    return analysis.flags().stream().filter(f -> f.judgment() == judgment).toList();
  }

  @Test
  void file_readsWithNoRejection_andOnlyTheWarningOfThePerfunctoryRectification() {
    assertThat(read.rejections()).isEmpty();
    assertThat(read.warnings()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo(Rule.RECTIFIED_WITHOUT_MEASURES);
      assertThat(p.recordId()).contains("finding unnamed-dept-03-w1-p1");
    });
  }

  @Test
  void file_isInThePrettyCanonicalForm() throws IOException {
    assertThat(WalkJson.toJson(read.dataset())).isEqualTo(Files.readString(FILE));
  }

  @Test
  void roster_namesTheBulletinsUnits() {
    Dataset d = read.dataset();

    assertThat(d.roster().units().stream().map(u -> u.name()))
        .contains("桦南县", "抚远市", "同江市", "市司法局", "市供销联社", "市科技局", "市卫健委", "市教育局");
  }

  /**
   * The bulletin groups its examples: wider (桦南县, 市司法局), deeper (抚远市, 市供销联社, 市科技局),
   * more substantive (同江市, 市卫健委, 市教育局). Each is an exemplar of its bulletin theme. The
   * analytics' rules are not a grouping but tests a walk passes or not, so some units are
   * exemplars of more themes than the bulletin puts them in:
   *
   * <ul>
   *   <li>市卫健委 is also wider: its leader went unannounced as an ordinary citizen, which is the
   *       wider rule, though the bulletin cites the example for its seats and calling system;
   *   <li>市司法局 is also deeper: applying for legal aid needs a stamp from the township, a matter
   *       that crosses levels, and the deeper rule counts any crossing;
   *   <li>every unit is substantive: each example solved its problem with a measured effect that
   *       matches it, and that is the substantive rule.
   * </ul>
   */
  @Test
  void goodPractice_eachNamedUnitIsAnExemplarOfItsBulletinTheme() {
    assertThat(units(Theme.WIDER)).containsExactlyInAnyOrder("huanan", "city-justice", "city-health");
    assertThat(units(Theme.DEEPER)).containsExactlyInAnyOrder("fuyuan", "city-coop", "city-science", "city-justice");
    assertThat(units(Theme.SUBSTANTIVE))
        .containsExactlyInAnyOrder(
            "huanan", "city-justice", "fuyuan", "city-coop", "city-science", "tongjiang", "city-health", "city-edu");
    // none of the criticised walks is an exemplar
    assertThat(analysis.goodPractice().exemplars()).noneMatch(e -> e.unitId().equals("unnamed-dept"));
  }

  @Test
  void goodPractice_exemplarsRankByEffectSizeThenComplexityAndCrossing() {
    // every measured effect of the source goes from or to nothing (size 1.0 each), so the walks rank by
    // what they walked: 抚远市's, cross-linked through the departments of a complex inspection, leads
    assertThat(analysis.goodPractice().of(Theme.SUBSTANTIVE).get(0).unitId()).isEqualTo("fuyuan");
    // 市司法局 solved two problems with measured effects on one walk, both praiseworthy
    assertThat(analysis.goodPractice().of(Theme.SUBSTANTIVE))
        .filteredOn(e -> e.unitId().equals("city-justice"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.measuredEffects()).isEqualTo(2);
          assertThat(e.praisedFindingIds()).hasSize(2);
        });
  }

  @Test
  void depth_flagsTheThreeTrivialPhrasesTheBulletinQuotes() {
    assertThat(flags(Judgment.TRIVIAL_PHRASE).stream().map(f -> f.words().get(0)))
        .containsExactlyInAnyOrder("卫生清扫不够彻底", "灭火器摆放不规范", "未在醒目位置张贴规章制度");
  }

  @Test
  void scheduling_flagsTheClusterAndTheSameWindowOnOneDay() {
    assertThat(flags(Judgment.SAME_UNIT_CLUSTER)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("unnamed-dept");
      // the same day, and one day apart
      assertThat(f.firstDay()).contains(java.time.LocalDate.of(2023, 3, 15));
      assertThat(f.lastDay()).contains(java.time.LocalDate.of(2023, 3, 16));
      assertThat(f.memberIds()).hasSize(3);
    });
    assertThat(flags(Judgment.SAME_POINT_SAME_DAY)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("unnamed-dept-window");
      assertThat(f.walkIds()).containsExactly("unnamed-dept-02-w1", "unnamed-dept-03-w1");
    });
  }

  @Test
  void accountability_flagsTheEmptyWalk() {
    assertThat(flags(Judgment.EMPTY_WALK)).extracting(Flag::subject).containsExactly("unnamed-dept-01-w1");
  }

  @Test
  void rectification_flagsTheFindingMarkedRectifiedWithoutMeasures() {
    assertThat(flags(Judgment.RECTIFIED_WITHOUT_MEASURES)).extracting(Flag::subject).containsExactly("unnamed-dept-03-w1-p1");
    assertThat(flags(Judgment.RECTIFIED_WITHOUT_EFFECT)).extracting(Flag::subject).containsExactly("unnamed-dept-03-w1-p1");
    // every named example was rectified soundly: nothing overdue, mismatched or without an owner
    assertThat(flags(Judgment.EFFECT_MISMATCH)).isEmpty();
    assertThat(flags(Judgment.OVERDUE)).isEmpty();
    assertThat(flags(Judgment.SCHEDULED_WITHOUT_OWNER)).isEmpty();
    assertThat(flags(Judgment.SCHEDULED_WITHOUT_DEADLINE)).isEmpty();
  }

  @Test
  void criticisms_nameOnlyTheUnitTheBulletinLeftUnnamed() {
    // the bulletin names no unit for its criticisms; only the placeholder unit carries them.
    // (Every unit lacks an online walk: the bulletin says online walks are few.)
    assertThat(analysis.flags())
        .filteredOn(f -> f.judgment() != Judgment.NO_ONLINE_WALK)
        .allSatisfy(f -> assertThat(f.unitIds()).containsOnly("unnamed-dept"));
  }

  @Test
  void effects_figuresTheBulletinMaskedSayWhichValueWasChosen() {
    List<Effect> effects =
        read.dataset().allFindings()
            .flatMap(f -> f.rectification().stream())
            .flatMap(r -> r.effects().stream())
            .toList();

    assertThat(effects)
        .filteredOn(e -> e.note().map(n -> n.contains("通报中为")).orElse(false))
        .extracting(Effect::indicator)
        .containsExactlyInAnyOrder("成立检查组", "检查企业", "排查并整改各类隐患", "对接新疆农产品企业", "研发资金投入归集金额", "门诊二楼候诊区可按摩座椅", "修缮投入资金");
    // the figures the bulletin gives in full are as it gives them
    assertThat(effects)
        .filteredOn(e -> e.indicator().equals("医保办事窗口"))
        .singleElement()
        .satisfies(e -> assertThat(List.of(e.before(), e.after())).containsExactly(BigDecimal.valueOf(2), BigDecimal.valueOf(4)));
    assertThat(effects)
        .filteredOn(e -> e.indicator().equals("法律援助审批时限"))
        .singleElement()
        .satisfies(e -> assertThat(List.of(e.before(), e.after())).containsExactly(BigDecimal.valueOf(3), BigDecimal.ZERO));
  }
}
