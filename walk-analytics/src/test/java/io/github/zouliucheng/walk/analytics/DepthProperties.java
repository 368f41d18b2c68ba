package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.datasets;
import static io.github.zouliucheng.walk.analytics.DepthModesFixtures.index;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.prefixed;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.shuffled;
import static io.github.zouliucheng.walk.model.testing.DatasetTransforms.union;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.github.zouliucheng.walk.model.testing.WalkGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link Depth}, over the datasets of {@link DepthModesFixtures#datasets()}. */
class DepthProperties {

  @Test
  void recordOrderNeverChangesTheDepth() {
    qt().withExamples(60)
        .forAll(WalkGenerators.shuffledWalkLists(), longs().all())
        .check(
            (lists, seed) ->
                Depth.of(index(shuffled(lists.shuffled().toDataset(), seed)))
                    .equals(Depth.of(index(lists.original().toDataset()))));
  }

  @Test
  void theDepthsOfTwoDisjointDatasetsAddUpToTheDepthOfBothTogether() {
    qt().withExamples(60)
        .forAll(datasets(), datasets())
        .check(
            (a, b) -> {
              Dataset disjoint = prefixed(b, "b.");
              return Depth.of(index(a)).plus(Depth.of(index(disjoint))).equals(Depth.of(index(union(a, disjoint))));
            });
  }

  @Test
  void countsReconcile() {
    qt().withExamples(100)
        .forAll(datasets())
        .check(
            d -> {
              Depth depth = Depth.of(index(d));
              long findings = d.walks().stream().mapToLong(w -> w.findings().size()).sum();
              long unitTrivial = depth.trivialByUnit().values().stream().mapToLong(Ratio::numerator).sum();
              long unitFound = depth.trivialByUnit().values().stream().mapToLong(Ratio::denominator).sum();
              long leaderTrivial = depth.trivialByLeader().values().stream().mapToLong(Ratio::numerator).sum();
              long leaderFound = depth.trivialByLeader().values().stream().mapToLong(Ratio::denominator).sum();
              List<Flag> trivialFlags =
                  depth.flags().stream().filter(f -> f.judgment() != Judgment.ONLY_SIMPLE_MATTERS).collect(Collectors.toList());
              Set<String> trivialSubjects = trivialFlags.stream().map(Flag::subject).collect(Collectors.toSet());
              long crossing = d.walks().stream().filter(DepthProperties::crosses).count();
              long complex = d.walks().stream().filter(DepthProperties::complex).count();
              return depth.walks() == d.walks().size()
                  && depth.flags().equals(depth.flags().stream().sorted().collect(Collectors.toList()))
                  && depth.crossingWalks().numerator() == crossing
                  && depth.complexWalks().denominator() == depth.walks()
                  && depth.crossingWalks().denominator() == depth.walks()
                  && depth.crossings().records() == depth.walks()
                  && depth.crossings().counts().values().stream().allMatch(n -> n <= depth.crossingWalks().numerator())
                  && depth.findingsOnWalks() == findings
                  && depth.trivialFindings().denominator() == findings
                  && depth.trivialFindings().numerator() <= findings
                  && unitTrivial == depth.trivialFindings().numerator()
                  && unitFound == findings
                  && leaderTrivial == depth.trivialFindings().numerator()
                  && leaderFound == findings
                  && trivialSubjects.size() == depth.trivialFindings().numerator()
                  && trivialFlags.size() <= 2 * depth.trivialFindings().numerator()
                  && depth.complexWalks().numerator() == complex
                  && depth.trivialByUnit().keySet().equals(d.roster().unitsById().keySet())
                  && depth.trivialByLeader().keySet().equals(d.roster().membersById().keySet())
                  && depth.complexByUnit().keySet().equals(d.roster().unitsById().keySet())
                  && depth.crossingByUnit().keySet().equals(d.roster().unitsById().keySet())
                  && depth.complexByUnit().values().stream().mapToLong(Ratio::numerator).sum() == complex
                  && depth.crossingByUnit().values().stream().mapToLong(Ratio::numerator).sum() == crossing
                  && depth.complexByUnit().values().stream().mapToLong(Ratio::denominator).sum() == depth.walks()
                  && depth.crossingByUnit().values().stream().mapToLong(Ratio::denominator).sum() == depth.walks();
            });
  }

  /** A walk crosses into another unit's work, written out again from the definition in {@link Depth}. */
  private static boolean crosses(Walk w) {
    return w.forms().contains(WalkForm.CROSS_LINKED)
        || (w.servicePoint().ownerUnitId().isPresent() && !w.servicePoint().ownerUnitId().get().equals(w.unitId()))
        || w.matters().stream().anyMatch(m -> !m.crossings().isEmpty());
  }

  private static boolean complex(Walk w) {
    return w.matters().stream().anyMatch(m -> m.complexity() == Complexity.COMPLEX);
  }

  /**
   * A roster unit with at least {@link Policy#unitJudgmentMinWalks()} walks none of which
   * had a complex matter is flagged once for simple matters only, with all its walks and their
   * leaders, and no other unit is; each unit's complex and crossing shares are over its own walks.
   */
  @Test
  void exactlyTheJudgedUnitsWithNoComplexWalkAreFlaggedForSimpleMattersOnly() {
    qt().withExamples(100)
        .forAll(datasets())
        .checkAssert(
            d -> {
              Depth depth = Depth.of(index(d));
              Set<String> expected = new TreeSet<>();
              for (Unit u : d.roster().units()) {
                List<Walk> walks = d.walks().stream().filter(w -> w.unitId().equals(u.id())).collect(Collectors.toList());
                long complex = walks.stream().filter(DepthProperties::complex).count();
                long crossing = walks.stream().filter(DepthProperties::crosses).count();
                assertThat(depth.complexByUnit().get(u.id())).as("complex %s", u.id()).isEqualTo(Ratio.of(complex, walks.size()));
                assertThat(depth.crossingByUnit().get(u.id())).as("crossing %s", u.id()).isEqualTo(Ratio.of(crossing, walks.size()));
                if (walks.size() >= Policy.defaults().unitJudgmentMinWalks() && complex == 0) {
                  expected.add(u.id());
                }
              }
              List<Flag> flags =
                  depth.flags().stream().filter(f -> f.judgment() == Judgment.ONLY_SIMPLE_MATTERS).collect(Collectors.toList());
              assertThat(flags).extracting(Flag::subject).containsExactlyElementsOf(expected);
              for (Flag f : flags) {
                List<Walk> walks = d.walks().stream().filter(w -> w.unitId().equals(f.subject())).collect(Collectors.toList());
                assertThat(f.ownerUnitIds()).containsExactly(f.subject());
                assertThat(f.ownerMemberIds()).isEmpty();
                assertThat(f.unitIds()).containsExactly(f.subject());
                assertThat(f.count()).hasValue(walks.size());
                assertThat(f.walkIds()).containsExactlyInAnyOrderElementsOf(walks.stream().map(Walk::id).collect(Collectors.toSet()));
                assertThat(f.memberIds())
                    .containsExactlyInAnyOrderElementsOf(walks.stream().map(Walk::leaderId).collect(Collectors.toSet()));
                assertThat(f.findingIds()).isEmpty();
              }
            });
  }

  @Test
  void everyFlaggedIdExistsInTheInput() {
    qt().withExamples(100)
        .forAll(datasets())
        .check(
            d -> {
              Set<String> walks = d.walks().stream().map(Walk::id).collect(Collectors.toSet());
              Set<String> findings = d.walks().stream().flatMap(w -> w.findings().stream()).map(Finding::id).collect(Collectors.toSet());
              Set<String> members = d.roster().membersById().keySet();
              Set<String> units = d.roster().unitsById().keySet();
              return Depth.of(index(d)).flags().stream()
                  .filter(f -> f.judgment() != Judgment.ONLY_SIMPLE_MATTERS)
                  .allMatch(
                      f -> findings.contains(f.subject())
                          && f.findingIds().equals(Set.of(f.subject()))
                          && walks.containsAll(f.walkIds())
                          && f.walkIds().size() == 1
                          && members.containsAll(f.memberIds())
                          && units.containsAll(f.unitIds()));
            });
  }

  /** Characters around the fast path's edges: ASCII, full-width forms, CJK, spaces, and some NFKC changes. */
  private static final String ALPHABET =
      "aZ09 ,.!~\t\n\u000b\u001c\u007f\u0001Ａｚ０９，．！～\uff5f\uff61\uff65ｶﾞ\u3000\u00a0\u2002\u200b\ufeff\u00ad卫生清扫灭火器㈱ⅷ①"
          + "、。《》「」“”‘’…—\u0301é\u1100\u1161가\u00bd\u2126\uf900\u2f00\u4dbf\u9fa5\u9fff\ud840\udc00";

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12)
        .map(is -> is.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void normalisingAgreesWithNfkcWithoutInvisibleCharacters() {
    qt().withExamples(2000)
        .forAll(texts())
        .check(
            s -> {
              StringBuilder expected = new StringBuilder();
              Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints()
                  .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT)
                  .forEach(expected::appendCodePoint);
              return TrivialText.normalize(s).equals(expected.toString());
            });
  }
}
