package io.github.zouliucheng.walk.model.testing;

import static io.github.zouliucheng.walk.model.testing.WalkGenerators.FIRST_DAY;
import static io.github.zouliucheng.walk.model.testing.WalkGenerators.LAST_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.base.CharMatcher;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** Checks that the generators give what their documentation promises. */
class WalkGeneratorsProperties {

  private static final long SEED = 20230331L;

  /** Draws {@code n} values of {@code gen} with a fixed seed. */
  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static boolean hasSupplementary(String s) {
    return s.codePoints().anyMatch(Character::isSupplementaryCodePoint);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean hasAsciiLetter(String s) {
    return s.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  // identifiers and text

  @Test
  void identifiersAreOneToSixtyFourCharactersWithoutWhitespace() {
    qt().forAll(WalkGenerators.identifiers())
        .checkAssert(
            id -> {
              assertThat(id.length()).isBetween(1, 64);
              assertThat(CharMatcher.whitespace().matchesAnyOf(id)).as(id).isFalse();
            });
  }

  @Test
  void identifiersIncludeTheLongestAndOnesBeyondAscii() {
    List<String> ids = sample(WalkGenerators.identifiers(), 500);
    assertThat(ids).anyMatch(id -> id.length() == 64);
    assertThat(ids).anyMatch(id -> id.length() == 1);
    assertThat(ids).anyMatch(WalkGeneratorsProperties::hasHan);
    assertThat(ids).anyMatch(WalkGeneratorsProperties::hasSupplementary);
  }

  @Test
  void textsAreNeverBlank() {
    qt().forAll(WalkGenerators.texts())
        .checkAssert(t -> assertThat(CharMatcher.whitespace().matchesAllOf(t)).as("\"%s\"", t).isFalse());
  }

  @Test
  void textsMixChineseAsciiPunctuationSpacesAndNowAndThenSupplementaryCharacters() {
    List<String> texts = sample(WalkGenerators.texts(), 500);
    assertThat(texts).allMatch(t -> !t.isEmpty());
    assertThat(texts).anyMatch(WalkGeneratorsProperties::hasHan);
    assertThat(texts).anyMatch(WalkGeneratorsProperties::hasAsciiLetter);
    assertThat(texts).anyMatch(t -> t.contains("，") || t.contains("。") || t.contains("、"));
    assertThat(texts).anyMatch(t -> t.contains(" ") || t.contains("\u3000"));
    assertThat(texts).anyMatch(t -> hasHan(t) && hasAsciiLetter(t));
    long supplementary = texts.stream().filter(WalkGeneratorsProperties::hasSupplementary).count();
    assertThat(supplementary).as("occasional, not every text").isBetween(1L, 250L);
  }

  // dates and periods

  @Test
  void datesStayWithinTheGeneratedYears() {
    qt().forAll(WalkGenerators.dates())
        .checkAssert(d -> assertThat(d).isBetween(FIRST_DAY, LAST_DAY));
  }

  @Test
  void datesIncludeBoundaryDaysAndLeapDays() {
    List<LocalDate> dates = sample(WalkGenerators.dates(), 500);
    assertThat(dates).anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29);
    assertThat(dates).anyMatch(d -> d.getDayOfYear() == 1);
    assertThat(dates).anyMatch(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31);
    assertThat(dates).anyMatch(d -> d.getDayOfMonth() == d.lengthOfMonth() && d.getMonthValue() != 12);
  }

  @Test
  void datesInAPeriodAreInThatPeriod() {
    qt().withExamples(300)
        .forAll(WalkGenerators.periods().flatMap(p -> WalkGenerators.datesIn(p).map(d -> Pair.of(p, d))))
        .checkAssert(pd -> assertThat(pd._1.contains(pd._2)).as("%s in %s", pd._2, pd._1).isTrue());
  }

  @Test
  void datesInAPeriodIncludeBothEnds() {
    Period q = Period.ofQuarter(2024, 1);
    assertThat(sample(WalkGenerators.datesIn(q), 200))
        .contains(q.start(), q.end(), LocalDate.of(2024, 2, 29))
        .allMatch(q::contains);
  }

  @Test
  void datesBetweenRejectsAnEmptyRange() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> WalkGenerators.datesBetween(LAST_DAY, FIRST_DAY));
  }

  @Test
  void periodsIncludeEveryKindAndLeapQuarters() {
    List<Period> periods = sample(WalkGenerators.periods(), 300);
    assertThat(periods.stream().map(Period::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Period.Kind.values());
    assertThat(periods).anyMatch(p -> p.kind() == Period.Kind.RANGE && p.lengthInDays() == 1);
    assertThat(periods).allMatch(p -> p.lengthInDays() <= WalkGenerators.MAX_RANGE_DAYS + 1);
    assertThat(periods)
        .anyMatch(p -> p.kind() == Period.Kind.QUARTER && p.lengthInDays() == 91 && p.start().isLeapYear() && p.start().getMonthValue() == 1);
  }

  @Test
  void periodSpellingsParseToTheirPeriods() {
    qt().forAll(WalkGenerators.periodSpellings())
        .checkAssert(s -> assertThat(Period.parse(s._1)).isEqualTo(s._2));
  }

  // values

  @Test
  void decimalsHaveANonNegativeScaleAndAreSometimesNegativeOrZero() {
    List<BigDecimal> values = sample(WalkGenerators.decimals(), 300);
    assertThat(values).allMatch(v -> v.scale() >= 0);
    assertThat(values).anyMatch(v -> v.signum() < 0);
    assertThat(values).anyMatch(v -> v.signum() == 0);
    assertThat(values).anyMatch(v -> v.signum() == 0 && v.scale() > 0);
    assertThat(values).anyMatch(v -> v.scale() > 0 && v.signum() != 0);
  }

  @Test
  void valueGeneratorsBuildValidValuesWithOptionalPartsPresentAndAbsent() {
    assertThat(sample(WalkGenerators.units(), 200))
        .anyMatch(u -> u.parentId().isPresent())
        .anyMatch(u -> u.region().isEmpty())
        .allMatch(u -> !u.parentId().equals(Optional.of(u.id())));
    assertThat(sample(WalkGenerators.members(), 200)).anyMatch(Member::principal).anyMatch(m -> !m.principal());
    assertThat(sample(WalkGenerators.servicePoints(), 200))
        .anyMatch(p -> p.ownerUnitId().isPresent())
        .anyMatch(p -> p.ownerUnitId().isEmpty());
    assertThat(sample(WalkGenerators.matters(), 200))
        .anyMatch(m -> m.crossings().isEmpty())
        .anyMatch(m -> m.crossings().size() > 1);
    assertThat(sample(WalkGenerators.attachments(), 200))
        .allMatch(a -> a.uri().isAbsolute())
        .anyMatch(a -> a.caption().isPresent())
        .anyMatch(a -> a.caption().isEmpty());
    assertThat(sample(WalkGenerators.effects(), 200)).anyMatch(e -> e.note().isPresent());
    assertThat(sample(WalkGenerators.callbacks(), 200)).anyMatch(c -> c.note().isEmpty());
  }

  @Test
  void callbacksFromADayAreOnThatDayOrLater() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    assertThat(sample(WalkGenerators.callbacksFrom(day), 200))
        .allMatch(c -> !c.on().isBefore(day))
        .anyMatch(c -> c.on().equals(day))
        .anyMatch(c -> c.on().equals(day.plusDays(1)));
  }

  // rectifications and findings

  private static void assertOrderedHistory(Rectification r, LocalDate foundOn) {
    LocalDate last = foundOn;
    for (Optional<LocalDate> step : List.of(r.startedOn(), r.rectifiedOn(), r.closedOn())) {
      if (step.isPresent()) {
        assertThat(step.get()).isAfterOrEqualTo(last);
        last = step.get();
      }
    }
    r.deadline().ifPresent(d -> assertThat(d).isAfterOrEqualTo(foundOn));
    r.callback().ifPresent(c -> assertThat(c.on()).isAfterOrEqualTo(r.rectifiedOn().get()));
    if (r.closedOn().isPresent()) {
      assertThat(r.rectifiedOn()).isPresent();
    }
  }

  @Test
  void rectificationsAfterADayHaveOrderedHistoriesStartingThatDay() {
    qt().forAll(WalkGenerators.dates())
        .checkAssert(
            found -> {
              List<Rectification> rs = new ArrayList<>();
              qt().withFixedSeed(found.toEpochDay()).withExamples(5).forAll(WalkGenerators.rectificationsAfter(found)).checkAssert(rs::add);
              rs.forEach(r -> assertOrderedHistory(r, found));
            });
  }

  @Test
  void rectificationsReachEveryStageIncludingPerfunctoryAndImmediateOnes() {
    List<Rectification> rs = sample(WalkGenerators.rectifications(), 500);
    assertThat(rs.stream().map(Rectification::status).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(RectificationStatus.values());
    assertThat(rs).anyMatch(r -> r.isSolved() && r.measures().isEmpty());
    assertThat(rs).anyMatch(r -> r.isSolved() && !r.measures().isEmpty());
    assertThat(rs).anyMatch(r -> r.isSolved() && r.startedOn().isEmpty());
    assertThat(rs).anyMatch(r -> r.callback().isPresent());
    assertThat(rs).anyMatch(r -> r.rectifiedOn().isPresent() && r.rectifiedOn().equals(r.closedOn()));
    assertThat(rs).anyMatch(r -> !r.effects().isEmpty());
  }

  @Test
  void findingGeneratorsKeepToTheirSources() {
    assertThat(sample(WalkGenerators.walkFindings(), 200)).allMatch(f -> f.source() == FindingSource.WALK);
    assertThat(sample(WalkGenerators.datasetFindings(), 200)).allMatch(f -> f.source() != FindingSource.WALK);
    List<Finding> any = sample(WalkGenerators.findings(), 300);
    assertThat(any).anyMatch(f -> f.source() == FindingSource.WALK).anyMatch(f -> f.source() != FindingSource.WALK);
    assertThat(any).anyMatch(f -> f.rectification().isEmpty());
    any.forEach(f -> f.rectification().ifPresent(r -> assertOrderedHistory(r, f.foundOn())));
  }

  // walks

  @Test
  void walksAreConsistentAndSometimesEmpty() {
    List<Walk> walks = sample(WalkGenerators.walks(), 300);
    for (Walk w : walks) {
      assertThat(w.matters()).isNotEmpty();
      assertThat(w.forms()).isNotEmpty();
      if (w.fourNoTwoStraight()) {
        assertThat(w.visibility()).isEqualTo(Visibility.UNANNOUNCED);
      }
      if (w.startTime().isPresent() && w.endTime().isPresent()) {
        assertThat(w.endTime().get()).isAfterOrEqualTo(w.startTime().get());
      }
      assertThat(w.findings()).allMatch(f -> f.source() == FindingSource.WALK && !f.foundOn().isBefore(w.date()));
      assertThat(w.findings()).extracting(Finding::id).doesNotHaveDuplicates();
    }
    assertThat(walks).anyMatch(w -> w.findings().isEmpty());
    assertThat(walks).anyMatch(w -> w.findings().size() == WalkGenerators.MAX_FINDINGS_PER_WALK);
    assertThat(walks).anyMatch(Walk::fourNoTwoStraight);
    assertThat(walks).anyMatch(w -> w.startTime().isPresent() && w.endTime().isPresent());
    assertThat(walks).anyMatch(w -> w.startTime().isEmpty() && w.endTime().isEmpty());
    assertThat(walks).anyMatch(w -> !w.attachments().isEmpty());
  }

  // rosters and datasets

  private static void assertValidRoster(Roster r) {
    List<String> unitIds = r.units().stream().map(Unit::id).collect(Collectors.toList());
    assertThat(unitIds).doesNotHaveDuplicates();
    assertThat(r.members()).extracting(Member::id).doesNotHaveDuplicates();
    assertThat(r.members()).allMatch(m -> unitIds.contains(m.unitId()));
    for (int i = 0; i < r.units().size(); i++) {
      Optional<String> parent = r.units().get(i).parentId();
      if (parent.isPresent()) {
        assertThat(unitIds.subList(0, i)).contains(parent.get());
      }
    }
    assertThat(r.units()).hasSizeLessThanOrEqualTo(WalkGenerators.MAX_UNITS);
    assertThat(r.members()).hasSizeLessThanOrEqualTo(WalkGenerators.MAX_MEMBERS);
  }

  @Test
  void rostersAreValidAndSmall() {
    qt().forAll(WalkGenerators.rosters()).checkAssert(WalkGeneratorsProperties::assertValidRoster);
    List<Roster> rosters = sample(WalkGenerators.rosters(), 300);
    assertThat(rosters).anyMatch(r -> r.units().isEmpty());
    assertThat(rosters).anyMatch(r -> !r.units().isEmpty() && r.members().isEmpty());
    assertThat(rosters).anyMatch(r -> r.units().stream().anyMatch(u -> u.parentId().isPresent()));
    assertThat(sample(WalkGenerators.rosters(2, 3), 100))
        .allMatch(r -> r.units().size() <= 2 && r.members().size() <= 3);
  }

  /** Checks every promise of {@link WalkGenerators#datasets()} without the model's own checks. */
  private static void assertValidByConstruction(Dataset d, boolean clean) {
    Roster roster = d.roster();
    assertValidRoster(roster);
    Set<String> unitIds = roster.unitsById().keySet();
    assertThat(d.walks()).hasSizeLessThanOrEqualTo(WalkGenerators.MAX_WALKS);
    assertThat(d.findings()).hasSizeLessThanOrEqualTo(WalkGenerators.MAX_DATASET_FINDINGS);
    assertThat(d.walks()).extracting(Walk::id).doesNotHaveDuplicates();
    assertThat(d.allFindings().map(Finding::id)).doesNotHaveDuplicates();
    for (Walk w : d.walks()) {
      assertThat(d.period().contains(w.date())).as("walk %s in %s", w.date(), d.period()).isTrue();
      Member leader = roster.member(w.leaderId()).orElseThrow();
      assertThat(leader.unitId()).isEqualTo(w.unitId());
      assertThat(w.findings()).allMatch(f -> f.source() == FindingSource.WALK && !f.foundOn().isBefore(w.date()));
      if (clean) {
        w.servicePoint().ownerUnitId().ifPresent(u -> assertThat(unitIds).contains(u));
      }
    }
    assertThat(d.findings()).allMatch(f -> f.source() != FindingSource.WALK);
    d.allFindings()
        .forEach(
            f -> {
              assertThat(unitIds).contains(f.responsibleUnitId());
              f.rectification()
                  .ifPresent(
                      r -> {
                        r.ownerUnitId().ifPresent(u -> assertThat(unitIds).contains(u));
                        assertOrderedHistory(r, f.foundOn());
                        if (clean && r.isSolved()) {
                          assertThat(r.measures()).isNotEmpty();
                        }
                      });
            });
  }

  @Test
  void datasetsAreValidByConstruction() {
    qt().withExamples(300).forAll(WalkGenerators.datasets()).checkAssert(d -> assertValidByConstruction(d, true));
  }

  @Test
  void datasetsWithWarningsAreValidByConstruction() {
    qt().withExamples(300)
        .forAll(WalkGenerators.datasetsWithWarnings())
        .checkAssert(d -> assertValidByConstruction(d, false));
  }

  @Test
  void datasetsIncludeEmptyOnesAndRecordsOfEveryShape() {
    List<Dataset> ds = sample(WalkGenerators.datasets(), 300);
    Predicate<Dataset> empty =
        d -> d.roster().units().isEmpty() && d.walks().isEmpty() && d.findings().isEmpty();
    assertThat(ds).anyMatch(empty);
    assertThat(ds).anyMatch(d -> !d.roster().members().isEmpty() && d.walks().isEmpty());
    assertThat(ds).anyMatch(d -> d.walks().size() >= 20);
    assertThat(ds).anyMatch(d -> d.walks().stream().anyMatch(w -> w.findings().isEmpty()));
    assertThat(ds).anyMatch(d -> !d.findings().isEmpty());
    assertThat(ds).anyMatch(d -> d.findings().isEmpty() && !d.walks().isEmpty());
    // clusters: two walks of one unit on the same day, and two walks at one service point
    assertThat(ds)
        .anyMatch(
            d ->
                d.walks().stream().map(w -> w.unitId() + "@" + w.date()).distinct().count()
                    < d.walks().size());
    assertThat(ds)
        .anyMatch(
            d -> d.walks().stream().map(w -> w.servicePoint().id()).distinct().count() < d.walks().size());
    assertThat(ds).anyMatch(d -> d.walks().stream().anyMatch(w -> w.date().equals(d.period().end())));
  }

  @Test
  void generatorsGiveTheSameValuesForTheSameSeed() {
    assertThat(sample(WalkGenerators.datasets(), 30)).isEqualTo(sample(WalkGenerators.datasets(), 30));
    assertThat(sample(WalkGenerators.texts(), 50)).isEqualTo(sample(WalkGenerators.texts(), 50));
    List<Dataset> other = new ArrayList<>();
    qt().withFixedSeed(SEED + 1).withExamples(30).forAll(WalkGenerators.datasets()).checkAssert(other::add);
    assertThat(other).isNotEqualTo(sample(WalkGenerators.datasets(), 30));
  }

  // reordering

  @Test
  void permutationsArePermutationsAndNotAlwaysTheIdentity() {
    for (int n : new int[] {0, 1, 2, 7, WalkGenerators.MAX_WALKS}) {
      List<Integer> identity = IntStream.range(0, n).boxed().collect(Collectors.toList());
      List<List<Integer>> ps = sample(WalkGenerators.permutations(n), 50);
      assertThat(ps).allSatisfy(p -> assertThat(p).containsExactlyInAnyOrderElementsOf(identity));
      if (n >= 2) {
        assertThat(ps).anyMatch(p -> !p.equals(identity));
      }
    }
  }

  @Test
  void shuffledWalkListsHoldTheSameWalksInAnotherOrder() {
    List<WalkGenerators.Shuffled> shuffles = sample(WalkGenerators.shuffledWalkLists(), 200);
    for (WalkGenerators.Shuffled s : shuffles) {
      assertThat(s.shuffled().period()).isEqualTo(s.original().period());
      assertThat(s.shuffled().roster()).isEqualTo(s.original().roster());
      assertThat(s.shuffled().findings()).isEqualTo(s.original().findings());
      assertThat(s.shuffled().walks()).containsExactlyInAnyOrderElementsOf(s.original().walks());
      assertThat(s.shuffled().toDataset().walks()).isEqualTo(s.shuffled().walks());
    }
    assertThat(shuffles).anyMatch(s -> !s.shuffled().walks().equals(s.original().walks()));
  }

  @Test
  void walkListsRoundTripTheirDatasetAndRejectNonPermutations() {
    qt().withExamples(100)
        .forAll(WalkGenerators.datasets())
        .checkAssert(d -> assertThat(WalkGenerators.WalkList.of(d).toDataset()).isEqualTo(d));
    WalkGenerators.WalkList list =
        sample(WalkGenerators.walkLists(), 100).stream().filter(w -> w.walks().size() >= 2).findFirst().orElseThrow();
    int n = list.walks().size();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> list.reordered(IntStream.range(0, n).map(i -> 0).boxed().collect(Collectors.toList())));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> list.reordered(List.of(0)));
    Set<Walk> reversed = new HashSet<>(list.reordered(IntStream.range(0, n).map(i -> n - 1 - i).boxed().collect(Collectors.toList())).walks());
    assertThat(reversed).containsExactlyInAnyOrderElementsOf(list.walks());
  }
}
