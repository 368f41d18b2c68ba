package io.github.zouliucheng.walk.sheet;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The value of one cell of a sheet, as a spreadsheet holds it: blank, text, a number, a date and
 * time, or true/false. CSV cells are always text; an Excel cell keeps its type, so that a
 * date-formatted number reads as a date.
 *
 * <p>Instances are immutable and thread-safe; treat them as values.
 */
public final class SheetCell {

  /** What a cell holds. */
  public enum Type {
    /** Nothing. */
    BLANK,
    /** Text, possibly only spaces. */
    TEXT,
    /** A number that is not formatted as a date. */
    NUMBER,
    /** A date, or a date with a time of day (a date-formatted number in Excel). */
    DATE_TIME,
    /** True or false. */
    BOOLEAN
  }

  private static final SheetCell BLANK = new SheetCell(Type.BLANK, "", null);

  private final Type type;
  private final String text;
  private final @Nullable Object value;

  private SheetCell(Type type, String text, @Nullable Object value) {
    this.type = type;
    this.text = text;
    this.value = value;
  }

  /** Returns the blank cell. */
  public static SheetCell blank() {
    return BLANK;
  }

  /** Obtains a text cell; text of only spaces counts as {@linkplain #isBlank() blank}. */
  public static SheetCell text(String text) {
    return new SheetCell(Type.TEXT, requireNonNull(text, "text"), null);
  }

  /** Obtains a number cell; its {@link #text()} is the number in plain notation, {@code 2023001}. */
  public static SheetCell number(BigDecimal number) {
    requireNonNull(number, "number");
    return new SheetCell(Type.NUMBER, number.toPlainString(), number);
  }

  /**
   * Obtains a date cell; its {@link #text()} is the ISO date ({@code 2023-01-05}), followed by the
   * time ({@code 2023-01-05 08:40}) unless it is midnight.
   */
  public static SheetCell dateTime(LocalDateTime dateTime) {
    requireNonNull(dateTime, "dateTime");
    String text =
        dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? dateTime.toLocalDate().toString()
            : dateTime.toLocalDate() + " " + dateTime.toLocalTime();
    return new SheetCell(Type.DATE_TIME, text, dateTime);
  }

  /** Obtains a true/false cell; its {@link #text()} is {@code TRUE} or {@code FALSE}, as Excel shows it. */
  public static SheetCell bool(boolean value) {
    return new SheetCell(Type.BOOLEAN, value ? "TRUE" : "FALSE", value);
  }

  /** Returns what the cell holds. */
  public Type type() {
    return type;
  }

  /** Returns the cell as text, as described at each factory; empty for a blank cell. */
  public String text() {
    return text;
  }

  /** Checks if the cell is blank or holds only spaces (ASCII, ideographic or other). */
  public boolean isBlank() {
    return type == Type.BLANK || (type == Type.TEXT && Text.isBlank(text));
  }

  /** Returns the number of a {@link Type#NUMBER} cell. */
  public Optional<BigDecimal> number() {
    return type == Type.NUMBER ? Optional.of((BigDecimal) value) : Optional.empty();
  }

  /** Returns the date and time of a {@link Type#DATE_TIME} cell. */
  public Optional<LocalDateTime> dateTime() {
    return type == Type.DATE_TIME ? Optional.of((LocalDateTime) value) : Optional.empty();
  }

  /** Returns the value of a {@link Type#BOOLEAN} cell. */
  public Optional<Boolean> bool() {
    return type == Type.BOOLEAN ? Optional.of((Boolean) value) : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SheetCell
        && ((SheetCell) o).type == type
        && ((SheetCell) o).text.equals(text)
        && Objects.equals(((SheetCell) o).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, text, value);
  }

  /** Returns the type and the text, for example {@code DATE_TIME 2023-01-05}. */
  @Override
  public String toString() {
    return type + " " + text;
  }
}
