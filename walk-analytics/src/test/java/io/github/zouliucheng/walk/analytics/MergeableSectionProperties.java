package io.github.zouliucheng.walk.analytics;

import static io.github.zouliucheng.walk.analytics.RectificationFixtures.disjointPairs;
import static io.github.zouliucheng.walk.analytics.RectificationFixtures.reorderedCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every mergeable section obeys, in one contract test: record order never changes the
 * section, and the section of a dataset plus that of a disjoint one equals the section of their
 * union (so a province can analyse each city and combine). Over the shared generators, with a
 * reference date, through {@link RectificationFixtures}.
 */
class MergeableSectionProperties {
  private static final int EXAMPLES = 100;
  // each shrinking step builds and validates datasets again: a failure is reported within seconds
  // rather than minutes, and QuickTheories prints the seed that reproduces it
  private static final int SHRINK_CYCLES = 50;

  /** A section: how to compute it from an index, and how to add two. */
  record Section<T>(String name, Function<Index, T> of, BinaryOperator<T> plus) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Section<?>> sections() {
    return Stream.of(
        new Section<>("Participation", Participation::of, Participation::plus),
        new Section<>("RectificationQuality", RectificationQuality::of, RectificationQuality::plus),
        new Section<>("Accountability", Accountability::of, Accountability::plus),
        new Section<>("Depth", Depth::of, Depth::plus),
        new Section<>("Modes", Modes::of, Modes::plus));
  }

  @ParameterizedTest
  @MethodSource("sections")
  <T> void recordOrderNeverChangesTheSection(Section<T> section) {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(reorderedCases())
        .checkAssert(p -> assertThat(section.of().apply(p._2.index())).isEqualTo(section.of().apply(p._1.index())));
  }

  @ParameterizedTest
  @MethodSource("sections")
  <T> void theSectionOfADatasetPlusThatOfADisjointOneIsTheSectionOfTheirUnion(Section<T> section) {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES)
        .forAll(disjointPairs())
        .checkAssert(p ->
            assertThat(section.plus().apply(section.of().apply(p.indexA()), section.of().apply(p.indexB())))
                .isEqualTo(section.of().apply(p.indexOfUnion())));
  }
}
