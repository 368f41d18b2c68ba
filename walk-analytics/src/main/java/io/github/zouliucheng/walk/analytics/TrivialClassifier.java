package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a finding is trivial (发现问题浮浅), by two explainable rules of the {@link Policy}:
 *
 * <ol>
 *   <li>{@link Judgment#TRIVIAL_CATEGORY}: the finding's category is one of {@link
 *       Policy#trivialCategories()}; the flag's words are the category's code.
 *   <li>the description, matched by {@link TrivialMatcher} against {@link Policy#trivialLexicon()}:
 *       {@link Judgment#TRIVIAL_PHRASE} when it holds a trivial phrase, {@link
 *       Judgment#TRIVIAL_WORDING} when a trivial object and a deficiency stand together; the flag's
 *       words are the lexicon entries that fired, as the lexicon writes them.
 * </ol>
 *
 * <p>Before the description is matched, every occurrence of the name of the walk's service point
 * is taken out of it: a place is not a need, and a window named after the work it does (市政务服务中心
 * 应急窗口, a 12345 hotline, an online platform) must not veto a finding about its floor.
 *
 * <p>A finding is trivial when either rule matches; when both match it gets one flag per rule,
 * category first. Only the walker answers for a trivial finding: the flag's owners are the walk's
 * unit and leader ({@link Owner#WALKER}), whichever unit is responsible for fixing it.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class TrivialClassifier {
  private final boolean[] trivialCategory;
  private final TrivialMatcher matcher;

  TrivialClassifier(Policy policy) {
    this.trivialCategory = new boolean[FindingCategory.values().length];
    for (FindingCategory c : policy.trivialCategories()) {
      trivialCategory[c.ordinal()] = true;
    }
    this.matcher = policy.trivialLexicon().matcher();
  }

  /** Checks if {@code finding}'s category is one of the policy's trivial categories. */
  boolean categoryMatches(Finding finding) {
    return trivialCategory[finding.category().ordinal()];
  }

  /**
   * Returns the flags of {@code finding}, found on {@code walk}: none when it is not trivial, one per
   * rule that matched otherwise (category first).
   */
  List<Flag> flags(Finding finding, Walk walk) {
    boolean category = categoryMatches(finding);
    Optional<TrivialMatch> match = matcher.match(withoutPlace(finding.description(), walk.servicePoint().name()));
    if (!category && match.isEmpty()) {
      return List.of();
    }
    List<Flag> flags = new ArrayList<>(2);
    if (category) {
      flags.add(flag(Judgment.TRIVIAL_CATEGORY, finding, walk).addWords(finding.category().code()).build());
    }
    if (match.isPresent()) {
      Judgment judgment = match.get().rule() == TrivialRule.PHRASE ? Judgment.TRIVIAL_PHRASE : Judgment.TRIVIAL_WORDING;
      flags.add(flag(judgment, finding, walk).addAllWords(match.get().words()).build());
    }
    return flags;
  }

  /** Returns {@code description} with every occurrence of {@code place} taken out. */
  static String withoutPlace(String description, String place) {
    return place.isEmpty() ? description : description.replace(place, "");
  }

  private static Flag.Builder flag(Judgment judgment, Finding finding, Walk walk) {
    ImmutableSortedSet<String> unit = ImmutableSortedSet.of(walk.unitId());
    ImmutableSortedSet<String> leader = ImmutableSortedSet.of(walk.leaderId());
    return Flag.of(judgment, finding.id())
        .ownerUnitIds(unit)
        .ownerMemberIds(leader)
        .findingIds(ImmutableSortedSet.of(finding.id()))
        .walkIds(ImmutableSortedSet.of(walk.id()))
        .memberIds(leader)
        .unitIds(ImmutableSortedSet.of(walk.unitId(), finding.responsibleUnitId()));
  }
}
