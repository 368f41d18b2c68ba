package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.zouliucheng.walk.report.internal.Texts;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A table: a caption, a header row and body rows of plain-text cells. The first column of each
 * body row heads its row (rendered as a row header); {@linkplain #numericColumns() numeric
 * columns} are aligned to the right.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Table implements Block {

  Table() {}

  /** Calls {@link Block.Visitor#visitTable} of {@code visitor}. */
  @Override
  public final <R extends @Nullable Object> R accept(Block.Visitor<R> visitor) {
    return visitor.visitTable(this);
  }

  /** Returns the caption. */
  public abstract String caption();

  /** Returns the column headings; never empty. */
  public abstract ImmutableList<String> header();

  /** Returns the body rows, each with as many cells as the header. */
  public abstract ImmutableList<Row> rows();

  /** Returns the zero-based indices of the columns that hold numbers. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> numericColumns();

  @Value.Check
  void check() {
    Texts.requireText("table.caption", caption());
    if (header().isEmpty()) {
      throw new IllegalArgumentException("table.header: must not be empty (table \"" + caption() + "\")");
    }
    for (int i = 0; i < rows().size(); i++) {
      int cells = rows().get(i).cells().size();
      if (cells != header().size()) {
        throw new IllegalArgumentException(
            "table.rows[" + i + "].cells: must have " + header().size() + " cells as the header has, had "
                + cells + " (table \"" + caption() + "\")");
      }
    }
    for (int column : numericColumns()) {
      if (column < 0 || column >= header().size()) {
        throw new IllegalArgumentException(
            "table.numericColumns: " + column + " is not a column of a table with " + header().size() + " columns");
      }
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Table}; header cells, rows and numeric columns accumulate. */
  public static final class Builder extends ImmutableTable.Builder {
    Builder() {}
  }

  /** A body row of a {@link Table}: its cells and the records behind it. */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /** Returns the cells, plain text; a cell may be empty. */
    @Value.Parameter
    public abstract ImmutableList<String> cells();

    /** Returns the records behind the row. */
    @Value.Parameter
    public abstract Evidence evidence();

    /** Obtains a row. */
    public static Row of(Iterable<String> cells, Evidence evidence) {
      return ImmutableRow.of(cells, evidence);
    }

    @Value.Check
    void check() {
      for (String cell : cells()) {
        if (!cell.isEmpty()) {
          Texts.requireText("table.row.cell", cell);
        }
      }
    }
  }
}
