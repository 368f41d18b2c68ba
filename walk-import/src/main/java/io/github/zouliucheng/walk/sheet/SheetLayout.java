package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * The layout the importers read: the two sheets, their columns in the template's order, and what
 * each column takes. Templates and forms that produce sheets for import should be built from it, so
 * that they stay in step with the importer.
 *
 * <p>The class is a constant table; it is thread-safe.
 */
public final class SheetLayout {

  /** The name of the records sheet, one row per finding or per walk without one. */
  public static final String RECORDS_SHEET = "走流程纪实";

  /** The name of the roster sheet, one row per leadership-team member. */
  public static final String ROSTER_SHEET = "班子成员";

  private static final ImmutableList<Column> RECORDS =
      Arrays.stream(RecordColumn.values())
          .map(c -> new Column(c, kind(c), c.required(), c == RecordColumn.TITLE))
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<Column> ROSTER =
      Arrays.stream(RosterColumn.values())
          .map(c -> new Column(c, kind(c), c.required(), false))
          .collect(ImmutableList.toImmutableList());

  private SheetLayout() {}

  /** Returns the columns of the records sheet (走流程纪实), in the template's order. */
  public static ImmutableList<Column> records() {
    return RECORDS;
  }

  /** Returns the columns of the roster sheet (班子成员), in the template's order. */
  public static ImmutableList<Column> roster() {
    return ROSTER;
  }

  /** Returns the template headers of the records sheet, in order. */
  public static ImmutableList<String> recordHeaders() {
    return RECORDS.stream().map(Column::header).collect(ImmutableList.toImmutableList());
  }

  /** Returns the template headers of the roster sheet, in order. */
  public static ImmutableList<String> rosterHeaders() {
    return ROSTER.stream().map(Column::header).collect(ImmutableList.toImmutableList());
  }

  /** What a column's cells hold. */
  public enum ValueKind {
    /** Free text. */
    TEXT,
    /** Several texts, separated by ；, ; or line breaks. */
    TEXTS,
    /** A date, in any of the spellings the importer reads, or an Excel date. */
    DATE,
    /** A time of day. */
    TIME,
    /** 是 or 否. */
    YES_NO,
    /** One of {@link Column#allowedValues()}. */
    ONE_OF,
    /** One or more of {@link Column#allowedValues()}. */
    SEVERAL_OF
  }

  /**
   * One column of a sheet: its header, the other headers read as it, whether a sheet must have it,
   * what it holds, and a hint for people filling it in.
   *
   * <p>Instances are immutable and thread-safe.
   */
  public static final class Column {
    private final LayoutColumn column;
    private final ValueKind kind;
    private final boolean required;
    private final boolean requiredWithoutRoster;

    private Column(LayoutColumn column, ValueKind kind, boolean required, boolean requiredWithoutRoster) {
      this.column = column;
      this.kind = kind;
      this.required = required;
      this.requiredWithoutRoster = requiredWithoutRoster;
    }

    /** Returns the header the template writes, for example {@code 体验身份}. */
    public String header() {
      return column.header();
    }

    /**
     * Returns the other headers read as this column. Headers are compared ignoring spaces, the
     * difference between full-width and half-width characters, a trailing {@code *}, and a trailing
     * note in parentheses.
     */
    public ImmutableList<String> aliases() {
      return column.aliases();
    }

    /** Checks if a sheet without this column cannot be imported. */
    public boolean required() {
      return required;
    }

    /**
     * Checks if a records sheet without this column cannot be imported when no roster sheet is
     * given: true for 职务, which the derived roster needs.
     */
    public boolean requiredWithoutRoster() {
      return required || requiredWithoutRoster;
    }

    /** Returns what the cells hold. */
    public ValueKind valueKind() {
      return kind;
    }

    /**
     * Returns the words a {@link ValueKind#ONE_OF} or {@link ValueKind#SEVERAL_OF} column takes,
     * as the template offers them (其他 synonyms are read too), {@code 是} and {@code 否} for a
     * {@link ValueKind#YES_NO} column, and nothing for the others.
     */
    public ImmutableList<String> allowedValues() {
      if (kind == ValueKind.YES_NO) {
        return ImmutableList.of("是", "否");
      }
      return column.labels().map(l -> l.labels()).orElse(ImmutableList.of());
    }

    /** Returns what to write in the column, in Chinese, as the template's header comment says it. */
    public String hint() {
      return column.hint();
    }

    /** Returns the header, for example {@code 体验身份}. */
    @Override
    public String toString() {
      return header();
    }
  }

  private static ValueKind kind(LayoutColumn c) {
    if (c instanceof RecordColumn) {
      switch ((RecordColumn) c) {
        case DATE:
        case FOUND_ON:
        case DEADLINE:
        case STARTED_ON:
        case RECTIFIED_ON:
        case CLOSED_ON:
        case CALLBACK_ON:
          return ValueKind.DATE;
        case START_TIME:
        case END_TIME:
          return ValueKind.TIME;
        case PRINCIPAL:
        case FOUR_NO_TWO_STRAIGHT:
          return ValueKind.YES_NO;
        case MATTER:
        case MEASURES:
        case EFFECT:
          return ValueKind.TEXTS;
        case FORMS:
        case CROSSINGS:
          return ValueKind.SEVERAL_OF;
        default:
          break;
      }
    } else if (c == RosterColumn.PRINCIPAL) {
      return ValueKind.YES_NO;
    }
    Optional<Labels<?>> labels = c.labels();
    return labels.isPresent() ? ValueKind.ONE_OF : ValueKind.TEXT;
  }
}
