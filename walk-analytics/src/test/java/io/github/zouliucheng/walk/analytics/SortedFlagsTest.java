package io.github.zouliucheng.walk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class SortedFlagsTest {

  /**
   * Generates up to 60 distinct flags in no particular order, over few subjects and details so that
   * ties on judgment and subject are common (as they are not in the analyses, but the order must
   * hold anyway).
   */
  private static Gen<List<Flag>> flagLists() {
    Judgment[] judgments = Judgment.values();
    return in -> {
      Set<Flag> flags = new LinkedHashSet<>();
      long n = in.next(Constraint.between(0, 60));
      for (int i = 0; i < n; i++) {
        String subject = "s" + in.next(Constraint.between(0, 9));
        long detail = in.next(Constraint.between(0, 2));
        flags.add(
            Flag.of(judgments[(int) in.next(Constraint.between(0, judgments.length - 1))], subject)
                .walkIds(in.next(Constraint.between(0, 1)) == 0 ? ImmutableSortedSet.of() : ImmutableSortedSet.of("w" + i % 3))
                .findingIds(ImmutableSortedSet.of())
                .memberIds(ImmutableSortedSet.of())
                .unitIds(ImmutableSortedSet.of())
                .ownerUnitIds(ImmutableSortedSet.of("u" + in.next(Constraint.between(0, 1))))
                .addAllWords(detail == 0 ? List.<String>of() : List.of("d" + detail))
                .build());
      }
      return new ArrayList<>(flags);
    };
  }

  @Test
  void buildOrdersFlagsAsTheirNaturalOrderDoes() {
    qt().withExamples(300)
        .forAll(flagLists())
        .checkAssert(flags -> {
          SortedFlags sorted = new SortedFlags();
          flags.forEach(sorted::add);
          ImmutableSortedSet<Flag> built = sorted.build();
          ImmutableSortedSet<Flag> expected = ImmutableSortedSet.copyOf(flags);
          assertThat(built.asList()).isEqualTo(expected.asList());
          assertThat(built).isEqualTo(expected);
          for (Flag f : flags) {
            assertThat(built.contains(f)).isTrue(); // binary search works on the copied order
          }
        });
  }

  @Test
  void ofJudgmentKeepsExactlyTheFlagsOfThatJudgment() {
    qt().withExamples(300)
        .forAll(flagLists())
        .checkAssert(flags -> {
          ImmutableSortedSet<Flag> all = ImmutableSortedSet.copyOf(flags);
          for (Judgment j : Judgment.values()) {
            assertThat(SortedFlags.ofJudgment(all, j).asList())
                .isEqualTo(all.stream().filter(f -> f.judgment() == j).toList());
          }
        });
  }

  @Test
  void only_sameIdentifier_sameInstance() {
    SortedFlags flags = new SortedFlags();

    assertThat(flags.only("u1")).containsExactly("u1").isSameAs(flags.only(new String("u1")));
  }

  @Test
  void build_nothingAdded_isEmpty() {
    assertThat(new SortedFlags().build()).isEmpty();
  }
}
