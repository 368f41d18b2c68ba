package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one import, ordered as the user meets them: by sheet (in the order the sheets were
 * registered), then row, then column (problems of a whole row before those of its cells, a missing
 * column after the others), then the order found.
 */
final class Problems {
  private final List<String> sheets = new ArrayList<>();
  private final List<SheetProblem> problems = new ArrayList<>();

  /** Registers a sheet, which orders its problems after those of the sheets registered before it. */
  void sheet(String name) {
    if (!sheets.contains(name)) {
      sheets.add(name);
    }
  }

  void add(SheetProblem problem) {
    sheet(problem.sheet());
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  ImmutableList<SheetProblem> sorted() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> sheets.indexOf(problems.get(i).sheet()))
            .thenComparingInt(i -> problems.get(i).row().orElse(0))
            .thenComparingInt(i -> column(problems.get(i)))
            .thenComparingInt(i -> i));
    return order.stream().map(problems::get).collect(ImmutableList.toImmutableList());
  }

  private static int column(SheetProblem p) {
    if (p.column().isPresent()) {
      return Columns.index(p.column().get());
    }
    return p.header().isPresent() ? Integer.MAX_VALUE : -1;
  }
}
