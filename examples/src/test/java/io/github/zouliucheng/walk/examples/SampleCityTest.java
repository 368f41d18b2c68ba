package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.model.testing.MachineDefaults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SampleCityTest {
  private static final Path CHECKED_IN = Path.of("src/main/resources" + SampleCity.RESOURCE);
  private static final String REGENERATE =
      "the checked-in sample is not what the generator makes; regenerate it from the repository root with\n"
          + "  mvn -B -ntp -q -DskipTests -pl examples -am package exec:java"
          + " -Dexec.mainClass=io.github.zouliucheng.walk.examples.SampleCity"
          + " -Dexec.args=\"--out examples/src/main/resources/samples/sample-city-2023q1.json\"";

  /** Returns the JSON that {@code city} writes. */
  static byte[] generate(SampleCity city) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      city.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns the number of flags of each judgment, zero included. */
  static Map<Judgment, Long> counts(Analysis a) {
    Map<Judgment, Long> counts = new EnumMap<>(Judgment.class);
    for (Judgment j : Judgment.values()) {
      counts.put(j, 0L);
    }
    for (Flag f : a.flags()) {
      counts.merge(f.judgment(), 1L, Long::sum);
    }
    return counts;
  }

  //-----------------------------------------------------------------------------------------
  // reproducible, deterministic

  @Test
  void checkedInSample_isWhatTheDefaultSeedGenerates() throws IOException {
    assertThat(generate(SampleCity.defaults())).as(REGENERATE).isEqualTo(Files.readAllBytes(CHECKED_IN));
  }

  @Test
  void checkedInSample_isOnTheClassPath() throws IOException {
    try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(CHECKED_IN));
    }
  }

  @Test
  void write_sameBytesWhateverTheDefaultLocaleAndTimeZone() throws IOException {
    byte[] expected = generate(SampleCity.withSeed(11));
    // Thai digits for %d, and a zone fourteen hours ahead of UTC
    assertThat(MachineDefaults.under("th-TH-u-nu-thai", "Pacific/Kiritimati", () -> generate(SampleCity.withSeed(11))))
        .isEqualTo(expected);
    assertThat(MachineDefaults.under("ar-EG", "America/Los_Angeles", () -> generate(SampleCity.withSeed(11))))
        .isEqualTo(expected);
  }

  @Test
  void dataset_differentSeed_differentDataset() {
    Dataset a = SampleCity.withSeed(1).dataset();

    assertThat(SampleCity.withSeed(1).dataset()).isEqualTo(a);
    assertThat(SampleCity.withSeed(2).dataset()).isNotEqualTo(a);
    assertThat(WalkJson.toJson(SampleCity.withSeed(2).dataset())).isNotEqualTo(WalkJson.toJson(a));
  }

  //-----------------------------------------------------------------------------------------
  // valid, and the size stated

  @Test
  void checkedInSample_readsBackWithNoRejection_andOnlyTheDesignedWarnings() throws IOException {
    DatasetResult read = WalkJson.reader().read(CHECKED_IN);
    Analysis analysis = WalkAnalytics.analyze(read.dataset());

    assertThat(read.rejections()).isEmpty();
    assertThat(read.warnings()).extracting(Problem::rule).containsOnly(Rule.RECTIFIED_WITHOUT_MEASURES);
    // a warning per problem rectified without measures, and nothing else
    assertThat(read.warnings().stream().map(p -> p.recordId().orElseThrow()).collect(Collectors.toSet()))
        .isEqualTo(
            analysis.flags().stream()
                .filter(f -> f.judgment() == Judgment.RECTIFIED_WITHOUT_MEASURES)
                .map(f -> "finding " + f.subject())
                .collect(Collectors.toSet()));
    assertThat(read.dataset()).isEqualTo(SampleCity.defaults().dataset());
  }

  @Test
  void assemble_defaultSeed_rejectsNothing() {
    DatasetResult result = SampleCity.defaults().assemble();

    assertThat(result.rejections()).isEmpty();
    assertThat(result.warnings()).hasSize(3);
  }

  @Test
  void dataset_defaultSeed_hasTheStatedSize() {
    Dataset d = SampleCity.defaults().dataset();

    assertThat(d.period()).isEqualTo(SampleCity.PERIOD);
    assertThat(d.roster().units().stream().filter(u -> u.kind() == UnitKind.COUNTY)).hasSize(10);
    assertThat(d.roster().units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)).hasSize(40);
    assertThat(d.roster().members().size()).isBetween(180, 220);
    // every unit has a principal: a county two (书记 and 县长/区长/市长), a department one
    for (Unit u : d.roster().units()) {
      long principals = d.roster().members().stream().filter(m -> m.unitId().equals(u.id()) && m.principal()).count();
      assertThat(principals).as(u.id()).isEqualTo(u.kind() == UnitKind.COUNTY ? 2 : 1);
    }
    assertThat(d.walks().size()).isBetween(540, 660);
    long onWalks = d.walks().stream().mapToLong(w -> w.findings().size()).sum();
    assertThat((double) onWalks / d.walks().size()).isBetween(1.1, 1.5);
    assertThat(d.findings().size()).isBetween(d.walks().size() / 12, d.walks().size() / 8);
    // walks fall on working days: no walk during the Spring Festival holiday or on a plain weekend
    assertThat(d.walks()).allSatisfy(w -> assertThat(WorkCalendar2023.workdays(1)).contains(w.date()));
  }

  @Test
  void dataset_defaultSeed_namesNoRealCountyOfTheBulletin() {
    String json = WalkJson.toJson(SampleCity.defaults().dataset());

    assertThat(json).doesNotContain("桦南", "抚远", "同江", "佳木斯", "亮子奔腾", "都盛商厦", "肿瘤医院");
  }

  //-----------------------------------------------------------------------------------------
  // every problem shown, problems a minority

  @Test
  void analyze_defaultSeed_flagsEveryJudgmentAndFindsEveryTheme() {
    Analysis a = WalkAnalytics.analyze(SampleCity.defaults().dataset());

    assertThat(counts(a)).allSatisfy((j, n) -> assertThat(n).as(j.code()).isPositive());
    for (Theme t : Theme.values()) {
      assertThat(a.goodPractice().of(t)).as(t.code()).isNotEmpty();
    }
  }

  /** The design of {@link SampleCity}'s class documentation, for the default seed and a few others. */
  @ParameterizedTest
  @ValueSource(longs = {SampleCity.DEFAULT_SEED, 1, 2, 3})
  void analyze_showsTheDesignedProblems(long seed) {
    Dataset d = SampleCity.withSeed(seed).dataset();
    Analysis a = WalkAnalytics.analyze(d);
    Map<Judgment, Long> n = counts(a);

    // exactly as designed: one flag per designed fault
    assertThat(n.get(Judgment.RECTIFIED_WITHOUT_MEASURES)).isEqualTo(3);
    assertThat(n.get(Judgment.RECTIFIED_WITHOUT_EFFECT)).isEqualTo(3); // two, and one without measures either
    assertThat(n.get(Judgment.EFFECT_MISMATCH)).isEqualTo(3);
    assertThat(n.get(Judgment.OVERDUE)).isEqualTo(4);
    assertThat(a.rectification().openPastDeadline().numerator()).isEqualTo(2);
    assertThat(n.get(Judgment.SCHEDULED_WITHOUT_DEADLINE)).isEqualTo(3);
    assertThat(n.get(Judgment.SCHEDULED_WITHOUT_OWNER)).isEqualTo(3);
    assertThat(n.get(Judgment.ALL_WALKS_EMPTY)).isEqualTo(2);
    assertThat(n.get(Judgment.PRINCIPAL_DID_NOT_WALK)).isEqualTo(2); // a county's two principals, a department's whole team
    assertThat(n.get(Judgment.SAME_POINT_SAME_DAY)).isEqualTo(1);
    assertThat(a.participation().countiesWalked().numerator()).isEqualTo(10);
    assertThat(a.participation().departmentsWalked().numerator()).isEqualTo(39);
    // the units the designed problems name: the 2 + 8 weak units, fewer if some weak unit only
    // shows what another judgment already names
    Set<String> flagged = new TreeSet<>();
    a.flags().stream().filter(f -> f.judgment() != Judgment.EMPTY_WALK).forEach(f -> flagged.addAll(f.unitIds()));
    assertThat(flagged).hasSizeBetween(8, 10);
    Set<String> clustered =
        a.flags().stream().filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER).map(Flag::subject).collect(Collectors.toSet());
    assertThat(clustered).hasSizeBetween(4, 6).isSubsetOf(flagged);
    assertThat(n.get(Judgment.NO_ONLINE_WALK)).isEqualTo(4);
    assertThat(n.get(Judgment.ALL_WALKS_SHALLOW)).isBetween(1L, 5L);
    assertThat(n.get(Judgment.TRIVIAL_PHRASE)).isBetween(3L, 6L);
    // DID_NOT_WALK: three deputies, the county's two principals, the whole team of a small department
    assertThat(n.get(Judgment.DID_NOT_WALK)).isBetween(8L, 10L);
  }

  @Test
  void analyze_defaultSeed_problemsAreAMinority() {
    Dataset d = SampleCity.defaults().dataset();
    Analysis a = WalkAnalytics.analyze(d);

    // most units have a principal who walked, most members walked
    assertThat(a.accountability().unitsPrincipalDidNotWalk().numerator()).isLessThanOrEqualTo(2);
    assertThat(a.accountability().membersWalked().numerator() * 100)
        .isGreaterThanOrEqualTo(95L * a.accountability().membersWalked().denominator());
    // empty walks are few; most walks find 0 to 2 problems
    assertThat(a.accountability().emptyWalks().numerator() * 100).isLessThanOrEqualTo(12L * d.walks().size());
    assertThat(d.walks().stream().filter(w -> w.findings().size() <= 2).count() * 100)
        .isGreaterThanOrEqualTo(90L * d.walks().size());
    // trivial problems, perfunctory rectifications: a sliver of what was found
    long found = a.participation().findingsOnWalks();
    assertThat(a.depth().trivialFindings().numerator() * 100).isLessThanOrEqualTo(2 * found);
    // most problems found on walks were solved by the end of the quarter
    assertThat(a.participation().solvedOnWalks().numerator() * 100).isGreaterThanOrEqualTo(80 * found);
    // at least 40 of the 50 units show no designed problem
    Set<String> flagged = new HashSet<>();
    a.flags().stream().filter(f -> f.judgment() != Judgment.EMPTY_WALK).forEach(f -> flagged.addAll(f.unitIds()));
    assertThat(d.roster().units().size() - flagged.size()).isGreaterThanOrEqualTo(40);
    // and no leader outside the designed few looks like a problem by chance
    Set<String> leadersAllEmpty =
        a.flags().stream().filter(f -> f.judgment() == Judgment.ALL_WALKS_EMPTY).map(Flag::subject).collect(Collectors.toSet());
    for (Member m : d.roster().members()) {
      if (!flagged.contains(m.unitId())) {
        assertThat(leadersAllEmpty).doesNotContain(m.id());
      }
    }
  }

  @Test
  void dataset_defaultSeed_hasTheTextureOfTheBulletin() {
    Dataset d = SampleCity.defaults().dataset();

    // the trivial phrases the bulletin quotes appear only in trivial findings
    Analysis a = WalkAnalytics.analyze(d);
    Set<String> trivial =
        a.flags().stream().filter(f -> f.judgment() == Judgment.TRIVIAL_PHRASE).map(Flag::subject).collect(Collectors.toSet());
    assertThat(d.allFindings().filter(f -> f.description().contains("卫生清扫不够彻底") || f.description().contains("未在醒目位置张贴规章制度")))
        .allSatisfy(f -> assertThat(trivial).contains(f.id()));
    // callbacks the day after the rectification, priorities on hotline problems, measured effects
    assertThat(d.allFindings().filter(f -> f.rectification().flatMap(r -> r.callback()).isPresent()).count()).isGreaterThan(100);
    assertThat(d.allFindings().filter(f -> f.priority().isPresent()).count()).isGreaterThan(20);
    assertThat(d.allFindings().filter(f -> f.rectification().map(r -> !r.effects().isEmpty()).orElse(false)).count())
        .isGreaterThan(d.allFindings().count() / 2);
    // online walks, walks down to the grassroots, cross-linked walks: each a minority, none absent
    assertThat(a.modes().onlineWalks().numerator()).isBetween(d.walks().size() / 20L, d.walks().size() / 4L);
    assertThat(a.modes().grassrootsWalks().numerator()).isBetween(d.walks().size() / 20L, d.walks().size() / 4L);
    assertThat(a.modes().crossLinkedWalks().numerator()).isBetween(d.walks().size() / 20L, d.walks().size() / 4L);
    // simple matters are walked more than complex ones
    assertThat(a.depth().complexWalks().numerator() * 2).isLessThan(d.walks().size());
  }

  //-----------------------------------------------------------------------------------------
  // scale

  @Test
  void scale_tenCities_tenTimesTheRecords_noRejection() {
    Dataset one = SampleCity.withSeed(5).dataset();
    DatasetResult ten = SampleCity.withSeed(5).scale(10).assemble();
    Dataset d = ten.dataset();

    assertThat(ten.rejections()).isEmpty();
    assertThat(ten.warnings()).hasSize(30).extracting(Problem::rule).containsOnly(Rule.RECTIFIED_WITHOUT_MEASURES);
    assertThat(d.roster().units()).hasSize(500);
    assertThat(d.roster().members().size()).isBetween(one.roster().members().size() * 9, one.roster().members().size() * 11);
    assertThat(d.walks().size()).isBetween(one.walks().size() * 9, one.walks().size() * 11);
    assertThat(d.roster().units().stream().map(u -> u.region().orElseThrow()).distinct())
        .hasSize(10)
        .contains("第1片区", "第10片区");
    assertThat(d.walks()).isSortedAccordingTo((x, y) -> x.date().compareTo(y.date()));
    // every judgment still fires, in every city
    Map<Judgment, Long> n = counts(WalkAnalytics.analyze(d));
    assertThat(n.get(Judgment.OVERDUE)).isEqualTo(40);
    assertThat(n.get(Judgment.SAME_POINT_SAME_DAY)).isEqualTo(10);
  }

  @Test
  void scale_outOfRange_isRejectedWithTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> SampleCity.defaults().scale(0)).withMessage("scale must be 1 to 10000: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SampleCity.defaults().scale(SampleCity.MAX_SCALE + 1))
        .withMessage("scale must be 1 to 10000: 10001");
  }

  //-----------------------------------------------------------------------------------------
  // the command line

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SampleCity.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void run_help_printsTheUsage() {
    String[] r = run("--help");

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("usage: SampleCity [--seed N] [--quarter Q] [--scale K] [--out FILE]\n").contains("--scale K");
  }

  @Test
  void run_out_writesTheDataset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city.json");

    String[] r = run("--seed", "7", "--scale", "2", "--out", file.toString());

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[2]).isEqualTo("wrote " + file + " (seed 7, quarter 1, scale 2)\n".replace("\n", System.lineSeparator()));
    assertThat(Files.readAllBytes(file)).isEqualTo(generate(SampleCity.withSeed(7).scale(2)));
  }

  @Test
  void run_noOut_writesToStandardOutput() throws IOException {
    String[] r = run("--seed", "7");

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).isEqualTo(new String(generate(SampleCity.withSeed(7)), StandardCharsets.UTF_8));
  }

  @Test
  void run_quarter_writesThatQuartersDataset() throws IOException {
    String[] r = run("--quarter", "3", "--seed", "7");

    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).isEqualTo(new String(generate(SampleCity.withSeed(7).quarter(3)), StandardCharsets.UTF_8));
    assertThat(r[1]).contains("\"2023-Q3\"");
  }

  @Test
  void run_badArguments_exitWith2AndSayWhy() {
    assertThat(run("--seed", "x")).containsExactly("2", "", run("--seed", "x")[2]);
    assertThat(run("--seed", "x")[2]).startsWith("--seed must be a whole number: \"x\"");
    assertThat(run("--scale", "0")[2]).startsWith("--scale must be 1 to 10000: 0");
    assertThat(run("--quarter", "5")).containsExactly("2", "", run("--quarter", "5")[2]);
    assertThat(run("--quarter", "5")[2]).startsWith("--quarter must be 1 to 4: 5").contains("--quarter Q");
    assertThat(run("--quarter", "Q2")[2]).startsWith("--quarter must be a whole number: \"Q2\"");
    assertThat(run("--out")[2]).startsWith("--out needs a value");
    assertThat(run("--colour")[0]).isEqualTo("2");
    assertThat(run("--colour")[2]).startsWith("unknown argument: --colour").contains("usage: SampleCity");
  }

  //-----------------------------------------------------------------------------------------
  // the walks' own rules

  @Test
  void dataset_defaultSeed_walksOfOneLeaderAreNumberedInDateOrder() {
    Dataset d = SampleCity.defaults().dataset();
    Map<String, java.util.List<Walk>> byLeader =
        d.walks().stream().collect(Collectors.groupingBy(Walk::leaderId, java.util.TreeMap::new, Collectors.toList()));

    byLeader.forEach(
        (leader, walks) -> {
          for (int i = 0; i < walks.size(); i++) {
            assertThat(walks.get(i).id()).isEqualTo(leader + "-w" + (i + 1));
          }
        });
    assertThat(d.allFindings().map(Finding::id).distinct().count()).isEqualTo(d.allFindings().count());
  }
}
