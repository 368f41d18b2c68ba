package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.analytics.Flag;
import io.github.zouliucheng.walk.analytics.Judgment;
import io.github.zouliucheng.walk.analytics.Theme;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.examples.CityGenerator.Design;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.Walk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SampleCity#quarter(int)}: the same city in each quarter of 2023, better as the year goes on. */
final class SampleCityQuartersTest {
  private static final Map<Integer, DatasetResult> DEFAULT_SEED = new HashMap<>();

  /** The default seed's city in quarter {@code q}, assembled once for the tests of this class. */
  private static DatasetResult city(int q) {
    return DEFAULT_SEED.computeIfAbsent(q, k -> SampleCity.defaults().quarter(k).assemble());
  }

  /** The flags of designed problems: all but the empty walks, which also occur at random. */
  private static List<Flag> designedFlags(Analysis a) {
    return a.flags().stream().filter(f -> f.judgment() != Judgment.EMPTY_WALK).toList();
  }

  private static Set<String> unitsNamed(List<Flag> flags) {
    Set<String> units = new TreeSet<>();
    flags.forEach(f -> units.addAll(f.unitIds()));
    return units;
  }

  //-----------------------------------------------------------------------------------------
  // the API

  @Test
  void quarter_outOfRange_isRejectedWithTheValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> SampleCity.defaults().quarter(0)).withMessage("quarter must be 1 to 4: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> SampleCity.defaults().quarter(5)).withMessage("quarter must be 1 to 4: 5");
  }

  @Test
  void quarter_isKeptByScale_andScaleByQuarter() {
    SampleCity city = SampleCity.withSeed(3).quarter(2).scale(4);

    assertThat(city.seed()).isEqualTo(3);
    assertThat(city.quarter()).isEqualTo(2);
    assertThat(city.scale()).isEqualTo(4);
    assertThat(city.period()).isEqualTo(Period.ofQuarter(2023, 2));
    assertThat(city.quarter(4).scale()).isEqualTo(4);
    assertThat(SampleCity.defaults().quarter()).isEqualTo(1);
    assertThat(SampleCity.defaults().period()).isEqualTo(SampleCity.PERIOD);
  }

  @Test
  void quarterOne_isTheBundledSample() throws IOException {
    byte[] checkedIn = Files.readAllBytes(Path.of("src/main/resources" + SampleCity.RESOURCE));

    assertThat(SampleCityTest.generate(SampleCity.defaults().quarter(3).quarter(1))).isEqualTo(checkedIn);
  }

  //-----------------------------------------------------------------------------------------
  // every quarter valid, on its own days

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void assemble_defaultSeed_rejectsNothing_andWarnsOnlyOfTheDesignedProblems(int quarter) {
    DatasetResult result = city(quarter);
    Design design = Design.of(quarter);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.warnings())
        .hasSize(design.withoutMeasures() + design.withoutAnything())
        .extracting(Problem::rule)
        .containsOnly(Rule.RECTIFIED_WITHOUT_MEASURES);
    assertThat(result.dataset().period()).isEqualTo(Period.ofQuarter(2023, quarter));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void dataset_defaultSeed_datesInTheQuarter_walksOnItsWorkingDays(int quarter) {
    Dataset d = city(quarter).dataset();
    List<LocalDate> workdays = WorkCalendar2023.workdays(quarter);
    LocalDate first = WorkCalendar2023.first(quarter);
    LocalDate last = WorkCalendar2023.last(quarter);

    assertThat(d.walks()).allSatisfy(w -> assertThat(workdays).contains(w.date()));
    assertThat(d.findings()).allSatisfy(f -> assertThat(workdays).contains(f.foundOn()));
    assertThat(d.allFindings()).allSatisfy(f -> assertThat(f.foundOn()).isBetween(first, last));
    // nothing happens after the quarter; only deadlines may lie beyond it
    List<LocalDate> done = new ArrayList<>();
    d.allFindings()
        .map(Finding::rectification)
        .flatMap(Optional::stream)
        .forEach(
            r -> {
              r.startedOn().ifPresent(done::add);
              r.rectifiedOn().ifPresent(done::add);
              r.closedOn().ifPresent(done::add);
              r.callback().map(Callback::on).ifPresent(done::add);
            });
    assertThat(done).isNotEmpty().allSatisfy(day -> assertThat(day).isBetween(first, last));
    assertThat(d.allFindings().map(Finding::rectification).flatMap(Optional::stream).map(Rectification::deadline).flatMap(Optional::stream))
        .anySatisfy(day -> assertThat(day).isAfter(last));
  }

  //-----------------------------------------------------------------------------------------
  // the same city, different records

  @Test
  void roster_isTheSameInEveryQuarter() {
    for (int q = 2; q <= 4; q++) {
      assertThat(city(q).dataset().roster()).as("quarter " + q).isEqualTo(city(1).dataset().roster());
    }
    // and for every copy of a larger city
    DatasetResult two = SampleCity.withSeed(7).quarter(4).scale(2).assemble();
    assertThat(two.rejections()).isEmpty();
    assertThat(two.dataset().roster()).isEqualTo(SampleCity.withSeed(7).scale(2).dataset().roster());
  }

  @Test
  void ids_carryTheQuarter_andNeverCollideAcrossQuarters() {
    Pattern marked = Pattern.compile("-q[1-4]-");
    Set<String> seen = new TreeSet<>();
    for (int q = 1; q <= 4; q++) {
      Dataset d = city(q).dataset();
      List<String> ids = Stream.concat(d.walks().stream().map(Walk::id), d.allFindings().map(Finding::id)).toList();
      String mark = "-q" + q + "-";

      assertThat(ids).doesNotHaveDuplicates();
      if (q == 1) {
        assertThat(ids).noneMatch(id -> marked.matcher(id).find());
      } else {
        assertThat(ids).allMatch(id -> id.contains(mark));
      }
      assertThat(ids).as("quarter " + q + " shares no id with an earlier quarter").noneMatch(seen::contains);
      seen.addAll(ids);
    }
  }

  @Test
  void write_sameSeedQuarterAndScale_sameBytes_otherwiseDifferent() throws IOException {
    byte[] a = SampleCityTest.generate(SampleCity.withSeed(11).quarter(3).scale(2));

    assertThat(SampleCityTest.generate(SampleCity.withSeed(11).quarter(3).scale(2))).isEqualTo(a);
    assertThat(SampleCityTest.generate(SampleCity.withSeed(11).quarter(2).scale(2))).isNotEqualTo(a);
    assertThat(SampleCityTest.generate(SampleCity.withSeed(12).quarter(3).scale(2))).isNotEqualTo(a);
  }

  @Test
  void analyze_weakUnitsAreDrawnAnewEachQuarter() {
    // the units that the designed problems name, quarter by quarter
    List<Set<String>> weak = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      weak.add(unitsNamed(designedFlags(WalkAnalytics.analyze(city(q).dataset()))));
    }

    assertThat(weak).doesNotHaveDuplicates().allSatisfy(units -> assertThat(units).isNotEmpty());
  }

  //-----------------------------------------------------------------------------------------
  // every problem shown in every quarter, fewer later

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void analyze_defaultSeed_flagsEveryJudgmentAndFindsEveryTheme(int quarter) {
    Analysis a = WalkAnalytics.analyze(city(quarter).dataset());

    assertThat(SampleCityTest.counts(a)).allSatisfy((j, n) -> assertThat(n).as(j.code()).isPositive());
    for (Theme t : Theme.values()) {
      assertThat(a.goodPractice().of(t)).as(t.code()).isNotEmpty();
    }
  }

  static Stream<Arguments> laterQuarters() {
    List<Arguments> out = new ArrayList<>();
    for (long seed : new long[] {SampleCity.DEFAULT_SEED, 1, 2, 3}) {
      for (int q = 2; q <= 4; q++) {
        out.add(Arguments.of(seed, q));
      }
    }
    return out.stream();
  }

  /**
   * What {@code SampleCityTest.analyze_showsTheDesignedProblems} checks of quarter 1, for the
   * later quarters, with each quarter's figures of {@link Design}. Later quarters are strict: the
   * deputies designed to walk empty or shallow are all flagged as shallow, and the walks of trivial
   * problems are in exactly the designed number of units.
   */
  @ParameterizedTest
  @MethodSource("laterQuarters")
  void analyze_laterQuarter_showsTheDesignedProblems(long seed, int quarter) {
    Design design = Design.of(quarter);
    Dataset d = SampleCity.withSeed(seed).quarter(quarter).dataset();
    Analysis a = WalkAnalytics.analyze(d);
    Map<Judgment, Long> n = SampleCityTest.counts(a);

    assertThat(design.strict()).isTrue();
    assertThat(n.get(Judgment.RECTIFIED_WITHOUT_MEASURES)).isEqualTo(design.withoutMeasures() + design.withoutAnything());
    assertThat(n.get(Judgment.RECTIFIED_WITHOUT_EFFECT)).isEqualTo(design.withoutEffect() + design.withoutAnything());
    assertThat(n.get(Judgment.EFFECT_MISMATCH)).isEqualTo(design.mismatched());
    assertThat(n.get(Judgment.OVERDUE)).isEqualTo(design.overdueOpen() + design.overdueLate());
    assertThat(a.rectification().openPastDeadline().numerator()).isEqualTo(design.overdueOpen());
    assertThat(n.get(Judgment.SCHEDULED_WITHOUT_DEADLINE)).isEqualTo(design.withoutDeadline());
    assertThat(n.get(Judgment.SCHEDULED_WITHOUT_OWNER)).isEqualTo(design.withoutOwner());
    assertThat(n.get(Judgment.ALL_WALKS_EMPTY)).isEqualTo(design.emptyDeputies());
    // the leaders who walked empty walked shallow too
    assertThat(n.get(Judgment.ALL_WALKS_SHALLOW)).isEqualTo(design.emptyDeputies() + design.shallowDeputies());
    assertThat(n.get(Judgment.PRINCIPAL_DID_NOT_WALK)).isEqualTo(2); // a county's two principals, a department's whole team
    assertThat(n.get(Judgment.SAME_POINT_SAME_DAY)).isEqualTo(1);
    assertThat(a.participation().countiesWalked().numerator()).isEqualTo(10);
    assertThat(a.participation().departmentsWalked().numerator()).isEqualTo(39);
    // the weak units, fewer if some weak unit only shows what another judgment already names
    Set<String> flagged = unitsNamed(designedFlags(a));
    assertThat(flagged).hasSizeBetween(design.weakUnits() - 2, design.weakUnits());
    // every weak county and the designed departments have a campaign day; a campaign in a unit of
    // few walks may stay below the ratio to chance, and the department whose leaders shared a
    // point on one day may count too
    Set<String> clustered =
        a.flags().stream().filter(f -> f.judgment() == Judgment.SAME_UNIT_CLUSTER).map(Flag::subject).collect(Collectors.toSet());
    int designedClusters = design.weakCounties() + design.clusteredDepartments();
    assertThat(clustered).hasSizeBetween(designedClusters - 1, designedClusters + 1).isSubsetOf(flagged);
    assertThat(n.get(Judgment.NO_ONLINE_WALK)).isEqualTo(1 + design.noOnlineDepartments());
    // one or two trivial problems on one walk in each of the designed units
    List<Flag> trivial = a.flags().stream().filter(f -> f.judgment() == Judgment.TRIVIAL_PHRASE).toList();
    assertThat(unitsNamed(trivial)).hasSize(design.trivialUnits());
    assertThat((long) trivial.size()).isBetween((long) design.trivialUnits(), 2L * design.trivialUnits());
    assertThat(n.get(Judgment.TRIVIAL_CATEGORY)).isPositive();
    // every walk of trivial problems records one in other words too
    assertThat(unitsNamed(a.flags().stream().filter(f -> f.judgment() == Judgment.TRIVIAL_WORDING).toList()))
        .hasSize(design.trivialUnits());
    // the narrow department: no unannounced walk, none in an ordinary role, none of the whole
    // process; the inward one (simple matters inside one office) may look like a second simple one
    for (Judgment j : List.of(Judgment.NO_UNANNOUNCED_WALK, Judgment.NO_ORDINARY_ROLE_WALK, Judgment.NO_WHOLE_PROCESS_WALK)) {
      assertThat(n.get(j)).as(j.code()).isEqualTo(1);
    }
    assertThat(n.get(Judgment.NO_GRASSROOTS_OR_CROSSING_WALK)).isBetween(0L, 1L);
    assertThat(n.get(Judgment.ONLY_SIMPLE_MATTERS)).isBetween(0L, 2L);
    // DID_NOT_WALK: the idle deputies, the county's two principals, the whole team (3 to 5) of a department
    assertThat(n.get(Judgment.DID_NOT_WALK)).isBetween(design.idleDeputies() + 5L, design.idleDeputies() + 7L);
  }

  @Test
  void design_laterQuartersHaveFewerWeakUnits_andNoMoreOfAnyProblem_butOneOfEach() {
    for (int q = 2; q <= 4; q++) {
      Design before = Design.of(q - 1);
      Design after = Design.of(q);
      assertThat(after.weakUnits()).as("quarter " + q).isLessThan(before.weakUnits());
      int[] b = figures(before);
      int[] c = figures(after);
      for (int i = 0; i < b.length; i++) {
        assertThat(c[i]).as("quarter %d, figure %d", q, i).isLessThanOrEqualTo(b[i]).isGreaterThanOrEqualTo(i == 0 ? 0 : 1);
      }
    }
  }

  /** The figures of a design, the idle deputies first: the only one a quarter may do without. */
  private static int[] figures(Design d) {
    return new int[] {
      d.idleDeputies(), d.weakCounties(), d.weakDepartments(), d.emptyDeputies(), d.shallowDeputies(),
      d.clusteredDepartments(), d.noOnlineDepartments(), d.trivialUnits(), d.withoutMeasures(),
      d.withoutAnything() + d.withoutEffect(), d.mismatched(), d.overdueOpen(), d.overdueLate(),
      d.withoutDeadline(), d.withoutOwner(), d.emptyPercent()
    };
  }

  @Test
  void analyze_defaultSeed_laterQuartersShowFewerDesignedProblems() {
    List<Integer> flags = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      List<Flag> designed = designedFlags(WalkAnalytics.analyze(city(q).dataset()));
      flags.add(designed.size());
      units.add(unitsNamed(designed).size());
    }

    assertThat(flags.get(1)).isLessThan(flags.get(0));
    assertThat(flags).isSortedAccordingTo((x, y) -> Integer.compare(y, x)).doesNotHaveDuplicates();
    assertThat(units.get(1)).isLessThan(units.get(0));
    // and fewer empty walks: 8 in 100 walks outside the designed problems find nothing in
    // quarter 1, 5 in quarter 2
    Analysis q1 = WalkAnalytics.analyze(city(1).dataset());
    Analysis q2 = WalkAnalytics.analyze(city(2).dataset());
    assertThat(q2.accountability().emptyWalks()).isLessThan(q1.accountability().emptyWalks());
  }

  //-----------------------------------------------------------------------------------------
  // texts of the season, references that follow on

  @Test
  void dataset_hallsAreHotInSummer_coldInWinter() {
    String winter = descriptions(SampleCity.withSeed(5).quarter(1).scale(2).dataset());
    String summer = descriptions(SampleCity.withSeed(5).quarter(2).scale(2).dataset());

    assertThat(winter).contains("冬季").doesNotContain("制冷");
    assertThat(summer).contains("制冷").doesNotContain("冬季");
  }

  private static String descriptions(Dataset d) {
    return d.allFindings().map(Finding::description).collect(Collectors.joining("\n"));
  }

  @Test
  void dataset_referenceNumbersFollowOnFromQuarterToQuarter() {
    for (int q = 1; q <= 4; q++) {
      String prefix = "信访件〔2023〕" + q;
      assertThat(city(q).dataset().findings().stream().filter(f -> f.source() == FindingSource.PETITION))
          .as("quarter " + q)
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.sourceReference().orElseThrow()).startsWith(prefix).endsWith("号").hasSize(prefix.length() + 3));
    }
  }
}
