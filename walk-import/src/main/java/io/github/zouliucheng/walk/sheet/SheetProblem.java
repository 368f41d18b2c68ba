package io.github.zouliucheng.walk.sheet;

import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.Severity;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One thing wrong with a sheet: where it is as the user sees it (the sheet, the row with the header
 * as row 1, the column letter and its header), the rule broken, the value, and a message naming the
 * column, the value and what was left out because of it.
 *
 * <p>{@link #toString()} gives one readable line, for example:
 *
 * <pre>
 * error 走流程纪实!G7 (日期) invalid_value: 日期 "2023-02-30" is not a day of the calendar (year 2023, month 02, day 30); the walk on row 7 is left out
 * </pre>
 *
 * A problem of a whole row has no column; a problem of a whole sheet or file has no row either; a
 * missing column has the row of the header and the missing header, but no column letter.
 * Building fails with {@link IllegalStateException} if a column is given without a row. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SheetProblem {

  SheetProblem() {}

  /** Returns the sheet's name in the workbook, or the CSV file's name. */
  public abstract String sheet();

  /** Returns the row as the user sees it: the first row of the sheet is 1. */
  public abstract OptionalInt row();

  /** Returns the column's letter: A, B, …, AA. */
  public abstract Optional<String> column();

  /** Returns the column's header as the sheet writes it (or the template's, for a missing column). */
  public abstract Optional<String> header();

  /** Returns the rule broken. */
  public abstract Rule rule();

  /** Returns the offending value as the cell shows it, when there is one. */
  public abstract Optional<String> value();

  /** Returns the problem in an English sentence that names the column, the value and the rule. */
  public abstract String message();

  /** Returns the rule's severity: errors leave records out, warnings keep them. */
  public final Severity severity() {
    return rule().severity();
  }

  /**
   * Returns the place in spreadsheet notation: {@code 走流程纪实!G7} for a cell, {@code 走流程纪实!7:7}
   * for a row, {@code 走流程纪实} for the whole sheet.
   */
  public final String location() {
    if (row().isEmpty()) {
      return sheet();
    }
    int r = row().getAsInt();
    return sheet() + "!" + column().map(c -> c + r).orElse(r + ":" + r);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (column().isPresent() && row().isEmpty()) {
      throw new IllegalStateException("column " + column().get() + " needs a row");
    }
    if (row().isPresent() && row().getAsInt() < 1) {
      throw new IllegalStateException("row must be at least 1: " + row().getAsInt());
    }
  }

  /** Returns severity, location, header, rule and message on one line, as in the class documentation. */
  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder().append(severity().code()).append(' ').append(location());
    header().ifPresent(h -> s.append(" (").append(h).append(')'));
    return s.append(' ').append(rule().code()).append(": ").append(message()).toString();
  }

  /** Builds a {@link SheetProblem}; each attribute may be set once. */
  public static final class Builder extends ImmutableSheetProblem.Builder {
    Builder() {}
  }
}
