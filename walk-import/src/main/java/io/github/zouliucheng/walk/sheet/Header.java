package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableMap;
import io.github.zouliucheng.walk.model.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The header row of a sheet and the column each header names.
 *
 * <p>The header row is the row, among the first {@value #SEARCHED_ROWS}, with the most cells that
 * name a column (the first such row on a tie), so a title row above it is skipped. A header names a
 * column when its {@linkplain Text#key key} equals the key of the column's header or of one of its
 * aliases, after dropping a trailing {@code *} and, failing that, a trailing parenthesized note:
 * {@code 事项类型（简单/复杂）}, {@code 事项类型(简单/复杂)}, {@code 事项类型} and {@code 事项类型*} all name one
 * column.
 *
 * @param <C> the sheet's columns
 */
final class Header<C extends Enum<C> & LayoutColumn> {
  static final int SEARCHED_ROWS = 10;

  final SheetData sheet;
  final int row;
  final EnumMap<C, Integer> columns;
  final TreeMap<Integer, String> unknown;

  private Header(SheetData sheet, int row, EnumMap<C, Integer> columns, TreeMap<Integer, String> unknown) {
    this.sheet = sheet;
    this.row = row;
    this.columns = columns;
    this.unknown = unknown;
  }

  /**
   * Finds the header row of {@code sheet}, adding fatal problems (no header row, a column named
   * twice, a required column missing) to {@code fatal}.
   *
   * @return the header, or empty if a fatal problem was added
   */
  static <C extends Enum<C> & LayoutColumn> Optional<Header<C>> find(
      SheetData sheet, Class<C> type, Set<C> required, Problems fatal) {
    Map<String, C> byKey = keys(type);
    int best = -1;
    int bestCount = 0;
    for (int r = 0; r < Math.min(SEARCHED_ROWS, sheet.rows().size()); r++) {
      int count = 0;
      for (SheetCell cell : sheet.rows().get(r)) {
        if (!cell.isBlank() && lookup(byKey, cell.text()).isPresent()) {
          count++;
        }
      }
      if (count > bestCount) {
        best = r;
        bestCount = count;
      }
    }
    if (best < 0) {
      fatal.add(
          SheetProblem.builder()
              .sheet(sheet.name())
              .rule(Rule.MISSING_FIELD)
              .message(
                  String.format(
                      "no header row: none of the first %d rows names a column of the layout, such as %s",
                      SEARCHED_ROWS,
                      required.stream().map(LayoutColumn::header).collect(Collectors.joining(", "))))
              .build());
      return Optional.empty();
    }
    EnumMap<C, Integer> columns = new EnumMap<>(type);
    TreeMap<Integer, String> unknown = new TreeMap<>();
    boolean ok = true;
    List<SheetCell> cells = sheet.rows().get(best);
    for (int c = 0; c < cells.size(); c++) {
      SheetCell cell = cells.get(c);
      if (cell.isBlank()) {
        continue;
      }
      Optional<C> column = lookup(byKey, cell.text());
      if (column.isEmpty()) {
        unknown.put(c, Text.clean(cell.text()));
      } else if (columns.containsKey(column.get())) {
        int first = columns.get(column.get());
        fatal.add(
            problem(sheet, best, c, Text.clean(cell.text()))
                .rule(Rule.INVALID_VALUE)
                .value(Text.clean(cell.text()))
                .message(
                    String.format(
                        "column %s \"%s\" names the same column as %s \"%s\" (%s); keep one of them",
                        Columns.letter(c),
                        Text.clean(cell.text()),
                        Columns.letter(first),
                        Text.clean(cells.get(first).text()),
                        column.get().header()))
                .build());
        ok = false;
      } else {
        columns.put(column.get(), c);
      }
    }
    for (C c : required) {
      if (!columns.containsKey(c)) {
        fatal.add(
            SheetProblem.builder()
                .sheet(sheet.name())
                .row(best + 1)
                .header(c.header())
                .rule(Rule.MISSING_FIELD)
                .message(
                    String.format(
                        "required column %s is missing from the header row (row %d)", c.header(), best + 1))
                .build());
        ok = false;
      }
    }
    return ok ? Optional.of(new Header<>(sheet, best, columns, unknown)) : Optional.empty();
  }

  private static final ClassValue<ImmutableMap<String, ?>> KEYS =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, ?> computeValue(Class<?> type) {
          return build(type.asSubclass(Enum.class));
        }
      };

  /** Returns the key of every header and alias of {@code type}'s columns. */
  @SuppressWarnings("unchecked")
  static <C extends Enum<C> & LayoutColumn> ImmutableMap<String, C> keys(Class<C> type) {
    return (ImmutableMap<String, C>) KEYS.get(type);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static ImmutableMap<String, ?> build(Class<? extends Enum> type) {
    Map<String, Object> byKey = new HashMap<>();
    for (Enum<?> e : type.getEnumConstants()) {
      LayoutColumn c = (LayoutColumn) e;
      List<String> words = new ArrayList<>(c.aliases());
      words.add(c.header());
      for (String w : words) {
        Object before = byKey.put(Text.key(w), c);
        if (before != null && before != c) {
          throw new IllegalStateException("header " + w + " would name " + before + " and " + c);
        }
      }
    }
    return ImmutableMap.copyOf(byKey);
  }

  private static <C> Optional<C> lookup(Map<String, C> byKey, String header) {
    String key = Text.key(header);
    while (key.endsWith("*")) {
      key = key.substring(0, key.length() - 1);
    }
    C c = byKey.get(key);
    if (c == null && key.endsWith(")") && key.indexOf('(') > 0) {
      c = byKey.get(key.substring(0, key.lastIndexOf('(')));
    }
    return Optional.ofNullable(c);
  }

  /** Checks if the sheet has column {@code c}. */
  boolean has(C c) {
    return columns.containsKey(c);
  }

  /** Returns the header text of column {@code c} as the sheet writes it, or its template header. */
  String header(C c) {
    Integer index = columns.get(c);
    return index == null ? c.header() : Text.clean(sheet.cell(row, index).text());
  }

  /** Returns the cell of column {@code c} on row {@code r} (from 0); blank if the sheet has no such column. */
  SheetCell cell(int r, C c) {
    Integer index = columns.get(c);
    return index == null ? SheetCell.blank() : sheet.cell(r, index);
  }

  /** Returns a problem builder located at row {@code r}, column {@code c} (both from 0). */
  static SheetProblem.Builder problem(SheetData sheet, int r, int c, String header) {
    return SheetProblem.builder().sheet(sheet.name()).row(r + 1).column(Columns.letter(c)).header(header);
  }

  @Override
  public String toString() {
    return sheet.name() + " header row " + (row + 1) + " " + columns + " unknown " + unknown;
  }
}
