package io.github.zouliucheng.walk.analytics;

import com.google.common.collect.ImmutableSortedSet;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Collects the flags of one analysis and sorts them fast enough for the million flags of a
 * province. Flags are kept in one list per judgment; each list is sorted by subject, then (for flags
 * with the same subject) by the rest of the natural order — in linear time when the records came in
 * identifier order — and the lists are joined in judgment order, which is the natural order of
 * {@link Flag}, so the immutable set is built without sorting again.
 *
 * <p>It also hands out one shared one-element evidence set per identifier, so that the flags of one
 * leader or one unit do not each hold a copy.
 *
 * <p>The flags added must be distinct (checked when assertions are enabled): every analysis flags
 * a subject at most once per judgment. Used once, from one thread.
 */
final class SortedFlags {
  private static final Comparator<Flag> BY_SUBJECT =
      Comparator.comparing(Flag::subject).thenComparing(Comparator.naturalOrder());
  private static final Judgment[] JUDGMENTS = Judgment.values();

  private final List<List<Flag>> byJudgment = new ArrayList<>(JUDGMENTS.length);
  private final Map<String, ImmutableSortedSet<String>> singletons = new HashMap<>();
  private int size;

  SortedFlags() {
    for (int i = 0; i < JUDGMENTS.length; i++) {
      byJudgment.add(new ArrayList<>());
    }
  }

  /** Adds {@code flag}, which must differ from every flag added before. */
  void add(Flag flag) {
    byJudgment.get(flag.judgment().ordinal()).add(flag);
    size++;
  }

  /** Returns the set holding only {@code id}, the same instance for equal identifiers. */
  ImmutableSortedSet<String> only(String id) {
    return singletons.computeIfAbsent(id, ImmutableSortedSet::of);
  }

  /** Returns the flags added, in their natural order. */
  ImmutableSortedSet<Flag> build() {
    List<Flag> all = new ArrayList<>(size);
    for (List<Flag> flags : byJudgment) {
      flags.sort(BY_SUBJECT);
      all.addAll(flags);
    }
    assert strictlyAscending(all) : "flags must be distinct";
    return ImmutableSortedSet.copyOfSorted(new Sorted(all));
  }

  private static boolean strictlyAscending(List<Flag> flags) {
    for (int i = 1; i < flags.size(); i++) {
      if (flags.get(i - 1).compareTo(flags.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A list in strictly ascending natural order, seen as the sorted set it is, for copying. */
  private static final class Sorted extends AbstractSet<Flag> implements SortedSet<Flag> {
    private final List<Flag> flags;

    Sorted(List<Flag> flags) {
      this.flags = flags;
    }

    @Override
    public Iterator<Flag> iterator() {
      return flags.iterator();
    }

    @Override
    public int size() {
      return flags.size();
    }

    @Override
    public Object[] toArray() {
      return flags.toArray();
    }

    @Override
    public @org.jspecify.annotations.Nullable Comparator<? super Flag> comparator() {
      return null; // natural order
    }

    @Override
    public SortedSet<Flag> subSet(Flag fromElement, Flag toElement) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedSet<Flag> headSet(Flag toElement) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedSet<Flag> tailSet(Flag fromElement) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Flag first() {
      return flags.get(0);
    }

    @Override
    public Flag last() {
      return flags.get(flags.size() - 1);
    }
  }

  /** Returns the flags of {@code judgment} in {@code flags}, a view found by two binary searches. */
  static ImmutableSortedSet<Flag> ofJudgment(ImmutableSortedSet<Flag> flags, Judgment judgment) {
    ImmutableSortedSet<Flag> tail = flags.tailSet(lowest(judgment), true);
    int next = judgment.ordinal() + 1;
    return next < JUDGMENTS.length ? tail.headSet(lowest(JUDGMENTS[next]), false) : tail;
  }

  /** Returns a flag of {@code judgment} that orders before every other flag of it. */
  private static Flag lowest(Judgment judgment) {
    return Flag.of(judgment, "")
        .ownerUnitIds(ImmutableSortedSet.of(""))
        .walkIds(ImmutableSortedSet.of())
        .findingIds(ImmutableSortedSet.of())
        .memberIds(ImmutableSortedSet.of())
        .unitIds(ImmutableSortedSet.of())
        .build();
  }
}
