package io.github.zouliucheng.walk.sheet;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The cells of one sheet, by row and column, as a format reader found them: what {@link
 * SheetImport} reads. {@link CsvImport} and the Excel importer build it; an importer of another
 * tabular format (an OpenDocument sheet, a database export) can build it too.
 *
 * <p>Row {@code i} of {@link #rows()} (from 0) is the row the user sees as row {@code i + 1}, so a
 * blank row must be given as an empty list rather than left out. Rows may have different lengths;
 * missing cells are blank.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SheetData {
  private final String name;
  private final ImmutableList<ImmutableList<SheetCell>> rows;

  private SheetData(String name, ImmutableList<ImmutableList<SheetCell>> rows) {
    this.name = name;
    this.rows = rows;
  }

  /**
   * Obtains the sheet {@code name} holding {@code rows}. The name is what problems name the sheet
   * by: the sheet's name in a workbook, the file's name for CSV.
   */
  public static SheetData of(String name, List<? extends List<SheetCell>> rows) {
    requireNonNull(name, "name");
    return new SheetData(
        name, rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList()));
  }

  /** Obtains the sheet {@code name} whose cells are all text, as in a CSV file. */
  public static SheetData ofText(String name, List<? extends List<String>> rows) {
    requireNonNull(name, "name");
    return new SheetData(
        name,
        rows.stream()
            .map(r -> r.stream().map(SheetCell::text).collect(ImmutableList.toImmutableList()))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Returns the sheet's name. */
  public String name() {
    return name;
  }

  /** Returns the rows, the first being row 1. */
  public ImmutableList<ImmutableList<SheetCell>> rows() {
    return rows;
  }

  /** Returns the cell at {@code row} and {@code column} (both from 0), blank past a row's end. */
  SheetCell cell(int row, int column) {
    List<SheetCell> r = rows.get(row);
    return column < r.size() ? r.get(column) : SheetCell.blank();
  }

  @Override
  public String toString() {
    return name + " (" + rows.size() + " rows)";
  }
}
