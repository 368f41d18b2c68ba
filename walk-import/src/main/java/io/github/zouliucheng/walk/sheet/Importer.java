package io.github.zouliucheng.walk.sheet;

import static io.github.zouliucheng.walk.sheet.RecordColumn.APPROACH;
import static io.github.zouliucheng.walk.sheet.RecordColumn.CALLBACK_ON;
import static io.github.zouliucheng.walk.sheet.RecordColumn.CALLBACK_RESULT;
import static io.github.zouliucheng.walk.sheet.RecordColumn.CATEGORY;
import static io.github.zouliucheng.walk.sheet.RecordColumn.CLOSED_ON;
import static io.github.zouliucheng.walk.sheet.RecordColumn.COMPLEXITY;
import static io.github.zouliucheng.walk.sheet.RecordColumn.COVERAGE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.CROSSINGS;
import static io.github.zouliucheng.walk.sheet.RecordColumn.DATE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.DEADLINE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.EFFECT;
import static io.github.zouliucheng.walk.sheet.RecordColumn.END_TIME;
import static io.github.zouliucheng.walk.sheet.RecordColumn.FINDING_NO;
import static io.github.zouliucheng.walk.sheet.RecordColumn.FORMS;
import static io.github.zouliucheng.walk.sheet.RecordColumn.FOUND_ON;
import static io.github.zouliucheng.walk.sheet.RecordColumn.FOUR_NO_TWO_STRAIGHT;
import static io.github.zouliucheng.walk.sheet.RecordColumn.MATTER;
import static io.github.zouliucheng.walk.sheet.RecordColumn.MEASURES;
import static io.github.zouliucheng.walk.sheet.RecordColumn.MODE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.NAME;
import static io.github.zouliucheng.walk.sheet.RecordColumn.NOTES;
import static io.github.zouliucheng.walk.sheet.RecordColumn.OWNER;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PLACE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PLACE_KIND;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PLACE_OWNER;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PRINCIPAL;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PRIORITY;
import static io.github.zouliucheng.walk.sheet.RecordColumn.PROBLEM;
import static io.github.zouliucheng.walk.sheet.RecordColumn.RECORD_NO;
import static io.github.zouliucheng.walk.sheet.RecordColumn.RECTIFIED_ON;
import static io.github.zouliucheng.walk.sheet.RecordColumn.RESPONSIBLE_UNIT;
import static io.github.zouliucheng.walk.sheet.RecordColumn.ROLE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.STARTED_ON;
import static io.github.zouliucheng.walk.sheet.RecordColumn.START_TIME;
import static io.github.zouliucheng.walk.sheet.RecordColumn.STATUS;
import static io.github.zouliucheng.walk.sheet.RecordColumn.TITLE;
import static io.github.zouliucheng.walk.sheet.RecordColumn.UNIT;
import static io.github.zouliucheng.walk.sheet.RecordColumn.UNIT_KIND;
import static io.github.zouliucheng.walk.sheet.RecordColumn.VISIBILITY;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.DatasetAssembler;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.InvalidValueException;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.RecordKind;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Rejection;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Severity;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import io.github.zouliucheng.walk.sheet.RecordColumn.Level;
import io.github.zouliucheng.walk.sheet.Values.BadCell;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One import: reads the sheets, builds the records, assembles them and maps the problems back. */
final class Importer {
  private static final Pattern FIRST_AT = Pattern.compile(" at (@\\d+)");

  /** The finding columns that make a rectification, besides 整改状态. */
  private static final ImmutableSet<RecordColumn> RECTIFICATION_COLUMNS =
      ImmutableSet.of(
          MODE, MEASURES, DEADLINE, OWNER, STARTED_ON, RECTIFIED_ON, CLOSED_ON, EFFECT, CALLBACK_ON,
          CALLBACK_RESULT);

  private final SheetData records;
  private final @Nullable SheetData roster;
  private final Period period;
  private final boolean ignoreUnknown;

  private final Problems problems = new Problems();
  private final DatasetAssembler assembler = new DatasetAssembler();
  private final Map<String, Source> sources = new HashMap<>();
  private final Set<Rejection> own = Collections.newSetFromMap(new IdentityHashMap<>());
  private int sequence;

  private @Nullable Header<RecordColumn> rh;
  private @Nullable Header<RosterColumn> nh;

  Importer(SheetData records, @Nullable SheetData roster, Period period, boolean ignoreUnknown) {
    this.records = records;
    this.roster = roster;
    this.period = period;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** The columns a records sheet must have: those marked required, and 职务 when there is no roster. */
  static Set<RecordColumn> requiredRecordColumns(boolean withRoster) {
    Set<RecordColumn> required = EnumSet.noneOf(RecordColumn.class);
    for (RecordColumn c : RecordColumn.values()) {
      if (c.required() || (!withRoster && c == TITLE)) {
        required.add(c);
      }
    }
    return required;
  }

  static Set<RosterColumn> requiredRosterColumns() {
    Set<RosterColumn> required = EnumSet.noneOf(RosterColumn.class);
    for (RosterColumn c : RosterColumn.values()) {
      if (c.required()) {
        required.add(c);
      }
    }
    return required;
  }

  SheetImport.Result run() {
    Problems fatal = new Problems();
    if (roster != null) {
      fatal.sheet(roster.name());
      nh = Header.find(roster, RosterColumn.class, requiredRosterColumns(), fatal).orElse(null);
    }
    fatal.sheet(records.name());
    rh = Header.find(records, RecordColumn.class, requiredRecordColumns(roster != null), fatal).orElse(null);
    if (!fatal.isEmpty()) {
      throw new SheetImportException(fatal.sorted());
    }
    if (roster != null) {
      problems.sheet(roster.name());
    }
    problems.sheet(records.name());
    assembler.period(period);
    if (nh != null) {
      unknownColumns(nh, RosterColumn.class);
      readRoster(nh);
    }
    Header<RecordColumn> h = rh;
    unknownColumns(h, RecordColumn.class);
    List<Group> groups = group(h);
    for (Group g : groups) {
      merge(h, g);
    }
    if (nh == null) {
      deriveRoster(h, groups);
    }
    for (Group g : groups) {
      build(h, g);
    }
    DatasetResult assembled = assembler.assemble();
    for (Rejection r : assembled.rejections()) {
      if (!own.contains(r)) {
        for (Problem p : r.problems()) {
          problems.add(mapBack(p));
        }
      }
    }
    for (Problem p : assembled.warnings()) {
      problems.add(mapBack(p));
    }
    return new SheetImport.Result(assembled.dataset(), problems.sorted());
  }

  // ---------------------------------------------------------------------------------------------
  // headers

  private <C extends Enum<C> & LayoutColumn> void unknownColumns(Header<C> h, Class<C> type) {
    if (ignoreUnknown) {
      return;
    }
    String known =
        java.util.Arrays.stream(type.getEnumConstants()).map(LayoutColumn::header).collect(Collectors.joining(", "));
    for (Map.Entry<Integer, String> e : h.unknown.entrySet()) {
      problems.add(
          Header.problem(h.sheet, h.row, e.getKey(), e.getValue())
              .rule(Rule.UNKNOWN_FIELD)
              .value(e.getValue())
              .message(
                  String.format(
                      "column %s \"%s\" is not a column of the layout, so its values are not read;"
                          + " the columns are %s",
                      Columns.letter(e.getKey()), e.getValue(), known))
              .build());
    }
    // a column with data but no header
    Set<Integer> named = new java.util.HashSet<>(h.columns.values());
    named.addAll(h.unknown.keySet());
    Set<Integer> reported = new java.util.HashSet<>();
    for (int r = h.row + 1; r < h.sheet.rows().size(); r++) {
      List<SheetCell> cells = h.sheet.rows().get(r);
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isBlank() && !named.contains(c) && reported.add(c)) {
          problems.add(
              Header.problem(h.sheet, r, c, "")
                  .rule(Rule.UNKNOWN_FIELD)
                  .value(Text.clean(cells.get(c).text()))
                  .message(
                      String.format(
                          "column %s has no header, so its values are not read (the first is on row %d)",
                          Columns.letter(c), r + 1))
                  .build());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the roster sheet

  /** A unit as the rows that name it describe it. */
  private static final class UnitDraft {
    final String name;
    final int row;
    final Header<?> header;
    @Nullable UnitKind kind;
    int kindRow = -1;
    @Nullable String region;
    int regionRow = -1;
    boolean kindFailed;

    UnitDraft(String name, int row, Header<?> header) {
      this.name = name;
      this.row = row;
      this.header = header;
    }
  }

  private void readRoster(Header<RosterColumn> h) {
    Map<String, UnitDraft> units = new LinkedHashMap<>();
    List<Runnable> members = new ArrayList<>();
    for (int r = h.row + 1; r < h.sheet.rows().size(); r++) {
      if (blankRow(h.sheet, r)) {
        continue;
      }
      final int row = r;
      List<SheetProblem> rowProblems = new ArrayList<>();
      String unitName = Values.text(h.cell(r, RosterColumn.UNIT));
      String name = Values.text(h.cell(r, RosterColumn.NAME));
      String what = name.isEmpty() ? "row " + (r + 1) + " is not read" : "the member on row " + (r + 1) + " is left out";
      if (unitName.isEmpty()) {
        problems.add(
            at(h, r, RosterColumn.UNIT)
                .rule(Rule.MISSING_FIELD)
                .message(RosterColumn.UNIT.header() + " is blank; " + what)
                .build());
        continue;
      }
      UnitDraft u = units.computeIfAbsent(Text.key(unitName), k -> new UnitDraft(unitName, row, h));
      SheetCell kindCell = h.cell(r, RosterColumn.UNIT_KIND);
      if (!kindCell.isBlank()) {
        try {
          UnitKind kind = Values.one(Labels.UNIT_KIND, kindCell.text());
          if (u.kind == null) {
            u.kind = kind;
            u.kindRow = r;
          } else if (u.kind != kind) {
            rowProblems.add(
                conflict(h, r, RosterColumn.UNIT_KIND, kindCell, u.kindRow, unitName, what));
          }
        } catch (BadCell e) {
          u.kindFailed = true;
          rowProblems.add(bad(h, r, RosterColumn.UNIT_KIND, kindCell, e, what));
        }
      }
      String region = Values.text(h.cell(r, RosterColumn.REGION));
      if (!region.isEmpty()) {
        if (u.region == null) {
          u.region = region;
          u.regionRow = r;
        } else if (!u.region.equals(region)) {
          rowProblems.add(
              conflict(h, r, RosterColumn.REGION, h.cell(r, RosterColumn.REGION), u.regionRow, unitName, what));
        }
      }
      SheetCell titleCell = h.cell(r, RosterColumn.TITLE);
      SheetCell principalCell = h.cell(r, RosterColumn.PRINCIPAL);
      boolean principal = false;
      if (!principalCell.isBlank()) {
        try {
          principal = Values.yesNo(principalCell);
        } catch (BadCell e) {
          rowProblems.add(bad(h, r, RosterColumn.PRINCIPAL, principalCell, e, what));
        }
      }
      if (name.isEmpty()) {
        if (!titleCell.isBlank() || !principalCell.isBlank()) {
          rowProblems.add(
              at(h, r, RosterColumn.NAME)
                  .rule(Rule.MISSING_FIELD)
                  .message(
                      String.format(
                          "%s is blank, but the row gives %s; write the member's name, or clear the row's"
                              + " member columns; %s",
                          h.header(RosterColumn.NAME),
                          !titleCell.isBlank() ? h.header(RosterColumn.TITLE) : h.header(RosterColumn.PRINCIPAL),
                          what))
                  .build());
        }
        rowProblems.forEach(problems::add);
        continue;
      }
      if (titleCell.isBlank()) {
        rowProblems.add(
            at(h, r, RosterColumn.TITLE)
                .rule(Rule.MISSING_FIELD)
                .message(h.header(RosterColumn.TITLE) + " is blank; " + what)
                .build());
      }
      String memberId = Ids.member(unitName, name);
      String location = location();
      Source source = new Source(h.sheet, r, "the member on row " + (r + 1));
      source.unitName = unitName;
      source.personName = name;
      source.field("id", h, r, RosterColumn.NAME);
      source.field("unitId", h, r, RosterColumn.UNIT);
      sources.put(location, source);
      if (!rowProblems.isEmpty()) {
        rowProblems.forEach(problems::add);
        reject(location, RecordKind.MEMBER, memberId, rowProblems);
        continue;
      }
      boolean isPrincipal = principal;
      String title = Values.text(titleCell);
      members.add(
          () -> {
            try {
              assembler.addMember(
                  Member.builder()
                      .id(memberId)
                      .name(name)
                      .title(title)
                      .unitId(Ids.unit(unitName))
                      .principal(isPrincipal)
                      .build(),
                  location);
            } catch (InvalidValueException e) {
              RosterColumn c = e.field().equals("title") ? RosterColumn.TITLE : e.field().equals("unitId") ? RosterColumn.UNIT : RosterColumn.NAME;
              SheetProblem p = invalid(h, row, c, e, "the member on row " + (row + 1) + " is left out");
              problems.add(p);
              reject(location, RecordKind.MEMBER, memberId, List.of(p));
            }
          });
    }
    for (UnitDraft u : units.values()) {
      addUnit(u, h, RosterColumn.UNIT, RosterColumn.UNIT_KIND, u.kind);
    }
    members.forEach(Runnable::run);
  }

  private <C extends Enum<C> & LayoutColumn> void addUnit(
      UnitDraft u, Header<C> h, C unitColumn, C kindColumn, @Nullable UnitKind kind) {
    String id = Ids.unit(u.name);
    String location = location();
    Source source = new Source(h.sheet, u.row, "the unit " + u.name);
    source.unitName = u.name;
    source.field("id", h, u.row, unitColumn);
    sources.put(location, source);
    String what = "the unit " + u.name + " is left out, with its members and walks";
    if (kind == null) {
      SheetProblem p =
          u.kindFailed
              ? at(h, u.row, kindColumn)
                  .rule(Rule.MISSING_FIELD)
                  .message(
                      String.format(
                          "no row gives a valid %s for %s; %s", h.header(kindColumn), u.name, what))
                  .build()
              : at(h, u.row, kindColumn)
                  .rule(Rule.MISSING_FIELD)
                  .message(String.format("%s of %s is blank; %s", h.header(kindColumn), u.name, what))
                  .build();
      problems.add(p);
      reject(location, RecordKind.UNIT, id, List.of(p));
      return;
    }
    try {
      assembler.addUnit(
          Unit.builder().id(id).name(u.name).kind(kind).region(Optional.ofNullable(u.region)).build(),
          location);
    } catch (InvalidValueException e) {
      SheetProblem p = invalid(h, u.row, unitColumn, e, what);
      problems.add(p);
      reject(location, RecordKind.UNIT, id, List.of(p));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // grouping the records sheet's rows into walks

  /** The rows of one walk, and the walk's values as those rows give them. */
  private static final class Group {
    final List<Integer> rows = new ArrayList<>();
    final EnumMap<RecordColumn, Object> values = new EnumMap<>(RecordColumn.class);
    final EnumMap<RecordColumn, Integer> from = new EnumMap<>(RecordColumn.class);
    final Set<RecordColumn> badColumns = EnumSet.noneOf(RecordColumn.class);
    final List<SheetProblem> failures = new ArrayList<>();

    int first() {
      return rows.get(0);
    }

    @Nullable Object value(RecordColumn c) {
      return values.get(c);
    }

    /** Returns the row the value of {@code c} came from, or the walk's first row. */
    int rowOf(RecordColumn c) {
      return from.getOrDefault(c, first());
    }

    /** Returns "the walk on rows 5–7 is left out". */
    String what() {
      return "the walk on " + Importer.rows(rows) + " is left out";
    }
  }

  private List<Group> group(Header<RecordColumn> h) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Group previous = null;
    for (int r = h.row + 1; r < h.sheet.rows().size(); r++) {
      if (blankRow(h.sheet, r)) {
        continue;
      }
      boolean walkCellsBlank = true;
      for (RecordColumn c : RecordColumn.values()) {
        if (c.level() != Level.FINDING && !h.cell(r, c).isBlank()) {
          walkCellsBlank = false;
          break;
        }
      }
      if (walkCellsBlank) {
        if (previous != null) {
          previous.rows.add(r);
        } else {
          problems.add(
              at(h, r, UNIT)
                  .rule(Rule.MISSING_FIELD)
                  .message(
                      String.format(
                          "the walk columns (%s, %s, %s, …) are blank and there is no walk above for"
                              + " the row to continue; row %d is not read",
                          h.header(UNIT), h.header(NAME), h.header(DATE), r + 1))
                  .build());
        }
        continue;
      }
      String key;
      SheetCell no = h.cell(r, RECORD_NO);
      if (!no.isBlank()) {
        key = "#" + Text.key(no.text());
      } else {
        String date;
        try {
          date = Values.date(h.cell(r, DATE)).toString();
        } catch (BadCell e) {
          date = "?" + Text.key(h.cell(r, DATE).text());
        }
        key =
            String.join(
                "\u0000",
                Text.key(h.cell(r, UNIT).text()),
                Text.key(h.cell(r, NAME).text()),
                date,
                Text.key(h.cell(r, PLACE).text()),
                Text.key(h.cell(r, MATTER).text()));
      }
      Group g = groups.computeIfAbsent(key, k -> new Group());
      g.rows.add(r);
      previous = g;
    }
    return new ArrayList<>(groups.values());
  }

  /** Reads the walk's cells of every row of {@code g}, keeping the first value given for each. */
  private void merge(Header<RecordColumn> h, Group g) {
    for (RecordColumn c : RecordColumn.values()) {
      if (c.level() == Level.FINDING || !h.has(c) || (c.level() == Level.MEMBER && nh != null)) {
        continue;
      }
      for (int r : g.rows) {
        SheetCell cell = h.cell(r, c);
        if (cell.isBlank()) {
          continue;
        }
        Object v;
        try {
          v = parse(c, cell);
        } catch (BadCell e) {
          g.badColumns.add(c);
          fail(g, bad(h, r, c, cell, e, g.what()));
          continue;
        }
        Object before = g.values.get(c);
        if (before == null) {
          g.values.put(c, v);
          g.from.put(c, r);
        } else if (!same(c, before, v)) {
          g.badColumns.add(c);
          fail(
              g,
              at(h, r, c)
                  .rule(Rule.INVALID_VALUE)
                  .value(Text.clean(cell.text()))
                  .message(
                      String.format(
                          "%s \"%s\" differs from \"%s\" on row %d of the same walk; %s",
                          h.header(c),
                          Text.clean(cell.text()),
                          Text.clean(h.cell(g.from.get(c), c).text()),
                          g.from.get(c) + 1,
                          g.what()))
                  .build());
        }
      }
    }
  }

  private static boolean same(RecordColumn c, Object a, Object b) {
    if (a instanceof String && c != NOTES) {
      return Text.key((String) a).equals(Text.key((String) b));
    }
    return a.equals(b);
  }

  private void fail(Group g, SheetProblem p) {
    g.failures.add(p);
    problems.add(p);
  }

  /** Reads one cell of the records sheet into the value its column holds. */
  private static Object parse(RecordColumn c, SheetCell cell) throws BadCell {
    String text = Values.text(cell);
    switch (c) {
      case UNIT_KIND:
        return Values.one(Labels.UNIT_KIND, text);
      case PRINCIPAL:
      case FOUR_NO_TWO_STRAIGHT:
        return Values.yesNo(cell);
      case DATE:
      case FOUND_ON:
      case DEADLINE:
      case STARTED_ON:
      case RECTIFIED_ON:
      case CLOSED_ON:
      case CALLBACK_ON:
        return Values.date(cell);
      case START_TIME:
      case END_TIME:
        return Values.time(cell);
      case PLACE_KIND:
        return Values.one(Labels.SERVICE_POINT_KIND, text);
      case MATTER:
      case MEASURES:
        {
          ImmutableList<String> parts = Values.parts(text);
          if (parts.isEmpty()) {
            throw new BadCell(Rule.INVALID_VALUE, "holds only separators");
          }
          return parts;
        }
      case COMPLEXITY:
        {
          ImmutableList.Builder<Complexity> list = ImmutableList.builder();
          for (String part : Values.parts(text)) {
            list.add(Values.one(Labels.COMPLEXITY, part));
          }
          return collapse(nonEmpty(list.build()));
        }
      case CROSSINGS:
        {
          ImmutableList.Builder<ImmutableSet<Crossing>> list = ImmutableList.builder();
          for (String part : Values.parts(text)) {
            list.add(
                Values.none(part)
                    ? ImmutableSet.of()
                    : ImmutableSet.copyOf(Values.several(Labels.CROSSING, part, false)));
          }
          return collapse(nonEmpty(list.build()));
        }
      case FORMS:
        return nonEmpty(Values.several(Labels.WALK_FORM, text, true));
      case ROLE:
        return Values.one(Labels.ROLE, text);
      case APPROACH:
        return Values.one(Labels.APPROACH, text);
      case VISIBILITY:
        return Values.one(Labels.VISIBILITY, text);
      case COVERAGE:
        return Values.one(Labels.COVERAGE, text);
      case CATEGORY:
        return Values.one(Labels.FINDING_CATEGORY, text);
      case PRIORITY:
        return Values.one(Labels.PRIORITY, text);
      case MODE:
        return Values.one(Labels.RECTIFICATION_MODE, text);
      case STATUS:
        return Values.one(Labels.RECTIFICATION_STATUS, text);
      case CALLBACK_RESULT:
        return Values.one(Labels.CALLBACK_RESULT, text);
      default:
        return text;
    }
  }

  /** Returns a list of one value for all matters when each matter has the same value. */
  private static <T> ImmutableList<T> collapse(ImmutableList<T> perMatter) {
    return perMatter.stream().distinct().count() == 1 ? perMatter.subList(0, 1) : perMatter;
  }

  private static <T> ImmutableList<T> nonEmpty(ImmutableList<T> list) throws BadCell {
    if (list.isEmpty()) {
      throw new BadCell(Rule.INVALID_VALUE, "holds only separators");
    }
    return list;
  }

  // ---------------------------------------------------------------------------------------------
  // the roster derived from the records

  /** A member as the walks that name them describe them. */
  private static final class MemberDraft {
    final String unitName;
    final String name;
    final int row;
    @Nullable String title;
    @Nullable Boolean principal;
    int titleRow = -1;
    int principalRow = -1;
    final List<Group> groups = new ArrayList<>();

    MemberDraft(String unitName, String name, int row) {
      this.unitName = unitName;
      this.name = name;
      this.row = row;
    }
  }

  private void deriveRoster(Header<RecordColumn> h, List<Group> groups) {
    Map<String, UnitDraft> units = new LinkedHashMap<>();
    Map<String, MemberDraft> members = new LinkedHashMap<>();
    for (Group g : groups) {
      String unitName = (String) g.value(UNIT);
      if (unitName == null) {
        continue;
      }
      UnitDraft u = units.computeIfAbsent(Text.key(unitName), k -> new UnitDraft(unitName, g.rowOf(UNIT), h));
      UnitKind kind = (UnitKind) g.value(UNIT_KIND);
      if (g.badColumns.contains(UNIT_KIND)) {
        u.kindFailed = true;
      }
      if (kind != null) {
        if (u.kind == null) {
          u.kind = kind;
          u.kindRow = g.rowOf(UNIT_KIND);
        } else if (u.kind != kind) {
          int r = g.rowOf(UNIT_KIND);
          fail(g, conflict(h, r, UNIT_KIND, h.cell(r, UNIT_KIND), u.kindRow, unitName, g.what()));
        }
      }
      String name = (String) g.value(NAME);
      if (name == null) {
        continue;
      }
      MemberDraft m =
          members.computeIfAbsent(
              Text.key(unitName) + "/" + Text.key(name), k -> new MemberDraft(unitName, name, g.rowOf(NAME)));
      m.groups.add(g);
      String title = (String) g.value(TITLE);
      if (title != null) {
        if (m.title == null) {
          m.title = title;
          m.titleRow = g.rowOf(TITLE);
        } else if (!Text.key(m.title).equals(Text.key(title))) {
          int r = g.rowOf(TITLE);
          fail(g, conflict(h, r, TITLE, h.cell(r, TITLE), m.titleRow, name + " of " + unitName, g.what()));
        }
      }
      Boolean principal = (Boolean) g.value(PRINCIPAL);
      if (principal != null) {
        if (m.principal == null) {
          m.principal = principal;
          m.principalRow = g.rowOf(PRINCIPAL);
        } else if (!m.principal.equals(principal)) {
          int r = g.rowOf(PRINCIPAL);
          fail(g, conflict(h, r, PRINCIPAL, h.cell(r, PRINCIPAL), m.principalRow, name + " of " + unitName, g.what()));
        }
      }
    }
    for (UnitDraft u : units.values()) {
      // a unit whose every 单位类别 was unreadable gets the guess too: those walks failed already
      addUnit(u, h, UNIT, UNIT_KIND, u.kind != null ? u.kind : guessKind(u.name));
    }
    for (MemberDraft m : members.values()) {
      String id = Ids.member(m.unitName, m.name);
      String location = location();
      Source source = new Source(h.sheet, m.row, "the member " + m.name);
      source.unitName = m.unitName;
      source.personName = m.name;
      source.field("id", h, m.row, NAME);
      source.field("unitId", h, m.row, UNIT);
      sources.put(location, source);
      if (m.title == null) {
        String what = String.format("%s of %s is left out, and so are their walks", m.name, m.unitName);
        SheetProblem p =
            at(h, m.row, TITLE)
                .rule(Rule.MISSING_FIELD)
                .message(
                    String.format(
                        "%s of %s (%s) is blank on every row; without a roster sheet the records give"
                            + " each member's title; %s",
                        h.header(TITLE), m.name, m.unitName, what))
                .build();
        problems.add(p);
        reject(location, RecordKind.MEMBER, id, List.of(p));
        continue;
      }
      try {
        assembler.addMember(
            Member.builder()
                .id(id)
                .name(m.name)
                .title(m.title)
                .unitId(Ids.unit(m.unitName))
                .principal(m.principal != null && m.principal)
                .build(),
            location);
      } catch (InvalidValueException e) {
        SheetProblem p = invalid(h, m.row, NAME, e, m.name + " of " + m.unitName + " is left out");
        problems.add(p);
        reject(location, RecordKind.MEMBER, id, List.of(p));
      }
    }
  }

  /**
   * Guesses a unit's kind from its name when neither a roster nor 单位类别 gives it: a name ending in
   * 县, 市, 区 or 旗 is a county/district, any other a municipal department.
   */
  static UnitKind guessKind(String unitName) {
    String key = Text.key(unitName);
    return !key.isEmpty() && "县市区旗".indexOf(key.charAt(key.length() - 1)) >= 0
        ? UnitKind.COUNTY
        : UnitKind.DEPARTMENT;
  }

  /**
   * Guesses a service point's kind from its name when 场所类型 does not give it, by the first of
   * these that the name contains: an online word (网上, 网站, 平台, APP, 小程序, 线上), a hotline (热线,
   * 12345), a hospital (医院, 卫生院, 诊所), a school (学校, 中学, 小学, 幼儿园, 学院, 大学), an enterprise (公司,
   * 企业, 商厦, 商场, 超市, 厂), a hall or window (大厅, 窗口, 中心, 服务站, 便民); otherwise other.
   */
  static ServicePointKind guessPlaceKind(String place) {
    String key = Text.key(place);
    String[][] words = {
      {"网上", "网站", "平台", "app", "小程序", "线上"},
      {"热线", "12345"},
      {"医院", "卫生院", "诊所"},
      {"学校", "中学", "小学", "幼儿园", "学院", "大学"},
      {"公司", "企业", "商厦", "商场", "超市", "厂"},
      {"大厅", "窗口", "中心", "服务站", "便民"}
    };
    ServicePointKind[] kinds = {
      ServicePointKind.ONLINE_PLATFORM,
      ServicePointKind.HOTLINE,
      ServicePointKind.HOSPITAL,
      ServicePointKind.SCHOOL,
      ServicePointKind.ENTERPRISE,
      ServicePointKind.SERVICE_HALL
    };
    for (int i = 0; i < words.length; i++) {
      for (String w : words[i]) {
        if (key.contains(w)) {
          return kinds[i];
        }
      }
    }
    return ServicePointKind.OTHER;
  }

  // ---------------------------------------------------------------------------------------------
  // building walks and findings

  private static final Set<RecordColumn> REQUIRED_WALK_VALUES =
      EnumSet.of(UNIT, NAME, DATE, PLACE, MATTER, COMPLEXITY, FORMS, ROLE, APPROACH, VISIBILITY, COVERAGE);

  @SuppressWarnings("unchecked")
  private void build(Header<RecordColumn> h, Group g) {
    for (RecordColumn c : REQUIRED_WALK_VALUES) {
      if (g.value(c) == null && !g.badColumns.contains(c)) {
        fail(g, missing(h, g.first(), c, g.what()));
      }
    }
    String unitName = (String) g.value(UNIT);
    String name = (String) g.value(NAME);
    LocalDate date = (LocalDate) g.value(DATE);
    String place = (String) g.value(PLACE);
    List<String> matterNames = (List<String>) g.value(MATTER);
    List<Matter> matters = matters(h, g, matterNames);

    String walkId = null;
    String recordNo = (String) g.value(RECORD_NO);
    if (recordNo != null) {
      if (validId(recordNo)) {
        walkId = recordNo;
      } else {
        fail(g, notAnId(h, g.rowOf(RECORD_NO), RECORD_NO, recordNo, g.what()));
      }
    } else if (unitName != null && name != null && date != null && place != null && matterNames != null) {
      walkId = Ids.walk(unitName, name, date, place, matterNames);
    }
    String unitId = unitName == null ? null : Ids.unit(unitName);

    List<Finding> findings = new ArrayList<>();
    List<String> findingLocations = new ArrayList<>();
    int number = 0;
    for (int r : g.rows) {
      if (!hasFinding(h, r)) {
        continue;
      }
      number++;
      String location = location();
      Optional<Finding> f = finding(h, g, r, walkId, date, unitId, number, location);
      if (f.isPresent()) {
        findings.add(f.get());
        findingLocations.add(location);
      }
    }

    String location = location();
    Source source = new Source(h.sheet, g.first(), "the walk on " + rows(g.rows));
    source.unitName = unitName;
    source.personName = name;
    source.field("id", h, g.rowOf(RECORD_NO), RECORD_NO);
    source.field("leaderId", h, g.rowOf(NAME), NAME);
    source.field("unitId", h, g.rowOf(UNIT), UNIT);
    source.field("date", h, g.rowOf(DATE), DATE);
    source.field("servicePoint/ownerUnitId", h, g.rowOf(PLACE_OWNER), PLACE_OWNER);
    sources.put(location, source);
    Boolean fourNo = (Boolean) g.value(FOUR_NO_TWO_STRAIGHT);
    if (fourNo != null && fourNo && g.value(VISIBILITY) == Visibility.ANNOUNCED) {
      int r = g.rowOf(FOUR_NO_TWO_STRAIGHT);
      fail(
          g,
          at(h, r, FOUR_NO_TWO_STRAIGHT)
              .rule(Rule.INVALID_VALUE)
              .value(Text.clean(h.cell(r, FOUR_NO_TWO_STRAIGHT).text()))
              .message(
                  String.format(
                      "%s \"%s\" needs %s 暗访, not \"%s\": a 四不两直 walk is unannounced; %s",
                      h.header(FOUR_NO_TWO_STRAIGHT),
                      Text.clean(h.cell(r, FOUR_NO_TWO_STRAIGHT).text()),
                      h.header(VISIBILITY),
                      Text.clean(h.cell(g.rowOf(VISIBILITY), VISIBILITY).text()),
                      g.what()))
              .build());
    }
    LocalTime start = (LocalTime) g.value(START_TIME);
    LocalTime end = (LocalTime) g.value(END_TIME);
    if (start != null && end != null && end.isBefore(start)) {
      int r = g.rowOf(END_TIME);
      fail(
          g,
          at(h, r, END_TIME)
              .rule(Rule.INVALID_VALUE)
              .value(Text.clean(h.cell(r, END_TIME).text()))
              .message(
                  String.format(
                      "%s %s is before %s %s; %s", h.header(END_TIME), end, h.header(START_TIME), start, g.what()))
              .build());
    }
    if (!g.failures.isEmpty() || walkId == null || unitId == null) {
      reject(location, RecordKind.WALK, walkId, g.failures);
      return;
    }
    try {
      String owner = (String) g.value(PLACE_OWNER);
      ServicePoint point =
          ServicePoint.builder()
              .id(Ids.servicePoint(place))
              .name(place)
              .kind(
                  g.value(PLACE_KIND) != null
                      ? (ServicePointKind) g.value(PLACE_KIND)
                      : guessPlaceKind(place))
              .ownerUnitId(Optional.ofNullable(owner).map(Ids::unit))
              .build();
      Walk walk =
          Walk.builder()
              .id(walkId)
              .leaderId(Ids.member(unitName, name))
              .unitId(unitId)
              .date(date)
              .startTime(Optional.ofNullable(start))
              .endTime(Optional.ofNullable(end))
              .servicePoint(point)
              .addAllMatters(matters)
              .role((Role) g.value(ROLE))
              .approach((Approach) g.value(APPROACH))
              .addAllForms((List<WalkForm>) g.value(FORMS))
              .visibility((Visibility) g.value(VISIBILITY))
              .fourNoTwoStraight(fourNo != null && fourNo)
              .coverage((Coverage) g.value(COVERAGE))
              .notes(Optional.ofNullable((String) g.value(NOTES)))
              .addAllFindings(findings)
              .build();
      assembler.addWalk(walk, location, findingLocations);
    } catch (InvalidValueException e) {
      RecordColumn c = walkColumn(e.field());
      fail(g, invalid(h, g.rowOf(c), c, e, g.what()));
      reject(location, RecordKind.WALK, walkId, g.failures);
    }
  }

  private static RecordColumn walkColumn(String field) {
    switch (field.contains("/") ? field.substring(0, field.indexOf('/')) : field) {
      case "id":
        return RECORD_NO;
      case "startTime":
        return START_TIME;
      case "endTime":
        return END_TIME;
      case "fourNoTwoStraight":
        return FOUR_NO_TWO_STRAIGHT;
      case "notes":
        return NOTES;
      case "servicePoint":
        return field.endsWith("ownerUnitId") ? PLACE_OWNER : PLACE;
      case "matters":
        return MATTER;
      case "forms":
        return FORMS;
      case "leaderId":
        return NAME;
      case "unitId":
        return UNIT;
      default:
        return DATE;
    }
  }

  /** Pairs the matters with their complexities and crossings: one value for all, or one per matter. */
  @SuppressWarnings("unchecked")
  private List<Matter> matters(Header<RecordColumn> h, Group g, @Nullable List<String> names) {
    List<Complexity> complexities = (List<Complexity>) g.value(COMPLEXITY);
    List<Set<Crossing>> crossings = (List<Set<Crossing>>) g.value(CROSSINGS);
    if (names == null) {
      return List.of();
    }
    int n = names.size();
    boolean ok = true;
    if (complexities != null && complexities.size() != 1 && complexities.size() != n) {
      fail(g, counts(h, g, COMPLEXITY, complexities.size(), n));
      ok = false;
    }
    if (crossings != null && crossings.size() != 1 && crossings.size() != n) {
      fail(g, counts(h, g, CROSSINGS, crossings.size(), n));
      ok = false;
    }
    if (!ok || complexities == null) {
      return List.of();
    }
    List<Matter> matters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try {
        matters.add(
            Matter.builder()
                .name(names.get(i))
                .complexity(complexities.get(complexities.size() == 1 ? 0 : i))
                .addAllCrossings(
                    crossings == null ? Set.of() : crossings.get(crossings.size() == 1 ? 0 : i))
                .build());
      } catch (InvalidValueException e) {
        fail(g, invalid(h, g.rowOf(MATTER), MATTER, e, g.what()));
      }
    }
    return matters;
  }

  private SheetProblem counts(Header<RecordColumn> h, Group g, RecordColumn c, int values, int matters) {
    int r = g.rowOf(c);
    return at(h, r, c)
        .rule(Rule.INVALID_VALUE)
        .value(Text.clean(h.cell(r, c).text()))
        .message(
            String.format(
                "%s has %d values for the %d matters of %s; give one value for all, or one per matter"
                    + " separated by ；; %s",
                h.header(c), values, matters, h.header(MATTER), g.what()))
        .build();
  }

  private static boolean hasFinding(Header<RecordColumn> h, int r) {
    for (RecordColumn c : RecordColumn.values()) {
      if (c.level() == Level.FINDING && !h.cell(r, c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Builds the finding on row {@code r}, reporting its problems; empty if it has any. */
  @SuppressWarnings("unchecked")
  private Optional<Finding> finding(
      Header<RecordColumn> h,
      Group g,
      int r,
      @Nullable String walkId,
      @Nullable LocalDate walkDate,
      @Nullable String walkUnitId,
      int number,
      String location) {
    String what = "the finding on row " + (r + 1) + " is left out";
    List<SheetProblem> fp = new ArrayList<>();
    EnumMap<RecordColumn, Object> v = new EnumMap<>(RecordColumn.class);
    Set<RecordColumn> bad = EnumSet.noneOf(RecordColumn.class);
    for (RecordColumn c : RecordColumn.values()) {
      if (c.level() != Level.FINDING) {
        continue;
      }
      SheetCell cell = h.cell(r, c);
      if (cell.isBlank()) {
        continue;
      }
      try {
        v.put(c, parse(c, cell));
      } catch (BadCell e) {
        bad.add(c);
        fp.add(bad(h, r, c, cell, e, what));
      }
    }
    String description = (String) v.get(PROBLEM);
    if (description == null && !bad.contains(PROBLEM)) {
      List<String> filled =
          v.keySet().stream().map(h::header).limit(3).collect(Collectors.toList());
      fp.add(
          at(h, r, PROBLEM)
              .rule(Rule.MISSING_FIELD)
              .message(
                  String.format(
                      "%s is blank, but the row gives %s; write the problem found, or clear the row's"
                          + " finding columns; %s",
                      h.header(PROBLEM), String.join(", ", filled), what))
              .build());
    }
    FindingCategory category = (FindingCategory) v.get(CATEGORY);
    if (category == null && !bad.contains(CATEGORY) && description != null) {
      fp.add(missing(h, r, CATEGORY, what));
    }
    LocalDate foundOn = v.containsKey(FOUND_ON) ? (LocalDate) v.get(FOUND_ON) : walkDate;
    String foundLabel = v.containsKey(FOUND_ON) ? h.header(FOUND_ON) : "the walk's " + h.header(DATE);
    if (v.containsKey(FOUND_ON) && walkDate != null && foundOn.isBefore(walkDate)) {
      fp.add(
          order(h, r, FOUND_ON, foundOn, "the walk's " + h.header(DATE), walkDate, what));
    }

    RectificationStatus stated = (RectificationStatus) v.get(STATUS);
    boolean hasRectification =
        RECTIFICATION_COLUMNS.stream().anyMatch(c -> v.containsKey(c) || bad.contains(c))
            || (stated != null && stated != RectificationStatus.OPEN);
    Rectification rectification = null;
    if (hasRectification && foundOn != null) {
      rectification = rectification(h, r, v, bad, stated, foundOn, foundLabel, walkUnitId, what, fp);
    }

    String id = null;
    String findingNo = (String) v.get(FINDING_NO);
    if (findingNo != null) {
      if (validId(findingNo)) {
        id = findingNo;
      } else {
        fp.add(notAnId(h, r, FINDING_NO, findingNo, what));
      }
    } else if (walkId != null) {
      id = Ids.finding(walkId, number);
    }
    fp.forEach(problems::add);
    if (!fp.isEmpty() || id == null || foundOn == null || walkUnitId == null || category == null) {
      return Optional.empty();
    }
    String responsible = (String) v.get(RESPONSIBLE_UNIT);
    try {
      Finding f =
          Finding.builder()
              .id(id)
              .source(FindingSource.WALK)
              .description(description)
              .category(category)
              .responsibleUnitId(responsible == null ? walkUnitId : Ids.unit(responsible))
              .priority(Optional.ofNullable((Priority) v.get(PRIORITY)))
              .foundOn(foundOn)
              .rectification(Optional.ofNullable(rectification))
              .build();
      Source source = new Source(h.sheet, r, "the finding on row " + (r + 1));
      source.field("id", h, r, FINDING_NO);
      source.field("responsibleUnitId", h, responsible == null ? g.rowOf(UNIT) : r, responsible == null ? UNIT : RESPONSIBLE_UNIT);
      source.field("rectification/ownerUnitId", h, r, RESPONSIBLE_UNIT);
      source.field("rectification/measures", h, r, MEASURES);
      sources.put(location, source);
      return Optional.of(f);
    } catch (InvalidValueException e) {
      SheetProblem p = invalid(h, r, findingColumn(e.field()), e, what);
      problems.add(p);
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private @Nullable Rectification rectification(
      Header<RecordColumn> h,
      int r,
      Map<RecordColumn, Object> v,
      Set<RecordColumn> bad,
      @Nullable RectificationStatus stated,
      LocalDate foundOn,
      String foundLabel,
      @Nullable String walkUnitId,
      String what,
      List<SheetProblem> fp) {
    int before = fp.size();
    LocalDate deadline = (LocalDate) v.get(DEADLINE);
    LocalDate started = (LocalDate) v.get(STARTED_ON);
    String startedLabel = h.header(STARTED_ON);
    if (started == null && stated == RectificationStatus.IN_PROGRESS && !bad.contains(STARTED_ON)) {
      started = foundOn; // 整改中 with no start date: work started the day the problem was found
      startedLabel = foundLabel;
    }
    LocalDate rectified = (LocalDate) v.get(RECTIFIED_ON);
    LocalDate closed = (LocalDate) v.get(CLOSED_ON);
    LocalDate callbackOn = (LocalDate) v.get(CALLBACK_ON);
    CallbackResult callbackResult = (CallbackResult) v.get(CALLBACK_RESULT);

    if ((stated == RectificationStatus.RECTIFIED || stated == RectificationStatus.CLOSED)
        && rectified == null
        && !bad.contains(RECTIFIED_ON)) {
      fp.add(
          at(h, r, RECTIFIED_ON)
              .rule(Rule.MISSING_FIELD)
              .message(
                  String.format(
                      "%s is blank, but %s is %s; give the day the problem was rectified; %s",
                      h.header(RECTIFIED_ON), h.header(STATUS), stated.zh(), what))
              .build());
    }
    if (stated == RectificationStatus.CLOSED && closed == null && !bad.contains(CLOSED_ON)) {
      fp.add(
          at(h, r, CLOSED_ON)
              .rule(Rule.MISSING_FIELD)
              .message(
                  String.format(
                      "%s is blank, but %s is %s; give the day it was closed out (销号); %s",
                      h.header(CLOSED_ON), h.header(STATUS), stated.zh(), what))
              .build());
    }
    RectificationStatus dated =
        closed != null
            ? RectificationStatus.CLOSED
            : rectified != null
                ? RectificationStatus.RECTIFIED
                : started != null ? RectificationStatus.IN_PROGRESS : RectificationStatus.OPEN;
    if (stated != null && stated.ordinal() < dated.ordinal()) {
      RecordColumn c = dated == RectificationStatus.CLOSED ? CLOSED_ON : dated == RectificationStatus.RECTIFIED ? RECTIFIED_ON : STARTED_ON;
      LocalDate d = dated == RectificationStatus.CLOSED ? closed : dated == RectificationStatus.RECTIFIED ? rectified : started;
      fp.add(
          at(h, r, STATUS)
              .rule(Rule.IMPOSSIBLE_HISTORY)
              .value(Text.clean(h.cell(r, STATUS).text()))
              .message(
                  String.format(
                      "%s \"%s\" contradicts %s %s, which makes it %s; %s",
                      h.header(STATUS), Text.clean(h.cell(r, STATUS).text()), h.header(c), d, dated.zh(), what))
              .build());
    }
    if ((callbackOn == null) != (callbackResult == null)
        && !bad.contains(CALLBACK_ON)
        && !bad.contains(CALLBACK_RESULT)) {
      RecordColumn blank = callbackOn == null ? CALLBACK_ON : CALLBACK_RESULT;
      RecordColumn given = callbackOn == null ? CALLBACK_RESULT : CALLBACK_ON;
      fp.add(
          at(h, r, blank)
              .rule(Rule.MISSING_FIELD)
              .message(
                  String.format(
                      "%s is blank, but %s is given; a callback (回访) has both; %s",
                      h.header(blank), h.header(given), what))
              .build());
    }
    // the dated steps, each not before the one it follows
    if (deadline != null && deadline.isBefore(foundOn)) {
      fp.add(order(h, r, DEADLINE, deadline, foundLabel, foundOn, what));
    }
    if (v.containsKey(STARTED_ON) && started.isBefore(foundOn)) {
      fp.add(order(h, r, STARTED_ON, started, foundLabel, foundOn, what));
    }
    if (rectified != null) {
      if (rectified.isBefore(foundOn)) {
        fp.add(order(h, r, RECTIFIED_ON, rectified, foundLabel, foundOn, what));
      } else if (started != null && rectified.isBefore(started)) {
        fp.add(order(h, r, RECTIFIED_ON, rectified, startedLabel, started, what));
      }
    }
    if (closed != null) {
      if (rectified == null) {
        if (stated != RectificationStatus.CLOSED && !bad.contains(RECTIFIED_ON)) {
          fp.add(needs(h, r, CLOSED_ON, "a problem is closed out (销号) after it is rectified", what));
        }
      } else if (closed.isBefore(rectified)) {
        fp.add(order(h, r, CLOSED_ON, closed, h.header(RECTIFIED_ON), rectified, what));
      }
    }
    if (callbackOn != null) {
      if (rectified == null) {
        if (!bad.contains(RECTIFIED_ON)) {
          fp.add(needs(h, r, CALLBACK_ON, "the citizen is called back (回访) after the rectification", what));
        }
      } else if (callbackOn.isBefore(rectified)) {
        fp.add(order(h, r, CALLBACK_ON, callbackOn, h.header(RECTIFIED_ON), rectified, what));
      }
    }
    if (fp.size() > before || !bad.isEmpty()) {
      return null;
    }
    RectificationMode mode = (RectificationMode) v.get(MODE);
    if (mode == null) {
      mode = deadline != null ? RectificationMode.SCHEDULED : RectificationMode.IMMEDIATE;
    }
    List<Effect> effects = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (v.containsKey(EFFECT)) {
      for (String part : Values.parts((String) v.get(EFFECT))) {
        Optional<Effect> e = Values.effect(part);
        if (e.isPresent()) {
          effects.add(e.get());
        } else {
          notes.add(part);
        }
      }
    }
    String responsible = (String) v.get(RESPONSIBLE_UNIT);
    try {
      return Rectification.builder()
          .mode(mode)
          .deadline(Optional.ofNullable(deadline))
          .owner(Optional.ofNullable((String) v.get(OWNER)))
          .ownerUnitId(Optional.ofNullable(responsible).map(Ids::unit))
          .addAllMeasures(
              v.containsKey(MEASURES) ? (List<String>) v.get(MEASURES) : List.of())
          .addAllEffects(effects)
          .effectNote(notes.isEmpty() ? Optional.empty() : Optional.of(String.join("；", notes)))
          .startedOn(Optional.ofNullable(started))
          .rectifiedOn(Optional.ofNullable(rectified))
          .closedOn(Optional.ofNullable(closed))
          .callback(
              callbackOn == null ? Optional.empty() : Optional.of(Callback.of(callbackOn, callbackResult)))
          .build();
    } catch (InvalidValueException e) {
      fp.add(invalid(h, r, findingColumn(e.field()), e, what));
      return null;
    }
  }

  private static RecordColumn findingColumn(String field) {
    String f = field.startsWith("rectification/") ? field.substring("rectification/".length()) : field;
    if (f.startsWith("measures")) {
      return MEASURES;
    }
    if (f.startsWith("effects")) {
      return EFFECT;
    }
    switch (f) {
      case "id":
        return FINDING_NO;
      case "description":
        return PROBLEM;
      case "deadline":
        return DEADLINE;
      case "owner":
        return OWNER;
      case "ownerUnitId":
      case "responsibleUnitId":
        return RESPONSIBLE_UNIT;
      case "effectNote":
        return EFFECT;
      case "startedOn":
        return STARTED_ON;
      case "rectifiedOn":
        return RECTIFIED_ON;
      case "closedOn":
        return CLOSED_ON;
      case "callback/on":
        return CALLBACK_ON;
      default:
        return PROBLEM;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // problems

  private <C extends Enum<C> & LayoutColumn> SheetProblem.Builder at(Header<C> h, int r, C c) {
    if (h.has(c)) {
      return Header.problem(h.sheet, r, h.columns.get(c), h.header(c));
    }
    return SheetProblem.builder().sheet(h.sheet.name()).row(r + 1).header(c.header());
  }

  private <C extends Enum<C> & LayoutColumn> SheetProblem bad(
      Header<C> h, int r, C c, SheetCell cell, BadCell e, String what) {
    String value = Text.clean(cell.text());
    return at(h, r, c)
        .rule(e.rule())
        .value(value)
        .message(String.format("%s \"%s\" %s; %s", h.header(c), value, e.getMessage(), what))
        .build();
  }

  private <C extends Enum<C> & LayoutColumn> SheetProblem conflict(
      Header<C> h, int r, C c, SheetCell cell, int firstRow, String of, String what) {
    String value = Text.clean(cell.text());
    return at(h, r, c)
        .rule(Rule.INVALID_VALUE)
        .value(value)
        .message(
            String.format(
                "%s \"%s\" differs from \"%s\" given for %s on row %d; %s",
                h.header(c), value, Text.clean(h.cell(firstRow, c).text()), of, firstRow + 1, what))
        .build();
  }

  private SheetProblem missing(Header<RecordColumn> h, int r, RecordColumn c, String what) {
    String expected = c.labels().map(l -> "; expected " + l.expected()).orElse("");
    return at(h, r, c)
        .rule(Rule.MISSING_FIELD)
        .message(String.format("%s is blank%s; %s", h.header(c), expected, what))
        .build();
  }

  private SheetProblem order(
      Header<RecordColumn> h, int r, RecordColumn c, LocalDate value, String earlier, LocalDate earlierValue, String what) {
    return at(h, r, c)
        .rule(Rule.IMPOSSIBLE_HISTORY)
        .value(Text.clean(h.cell(r, c).text()))
        .message(
            String.format(
                "%s %s is before %s %s; %s", h.header(c), value, earlier, earlierValue, what))
        .build();
  }

  private SheetProblem needs(Header<RecordColumn> h, int r, RecordColumn c, String why, String what) {
    return at(h, r, c)
        .rule(Rule.IMPOSSIBLE_HISTORY)
        .value(Text.clean(h.cell(r, c).text()))
        .message(
            String.format(
                "%s is given but %s is blank: %s; %s", h.header(c), h.header(RECTIFIED_ON), why, what))
        .build();
  }

  private SheetProblem notAnId(Header<RecordColumn> h, int r, RecordColumn c, String value, String what) {
    return at(h, r, c)
        .rule(Rule.INVALID_VALUE)
        .value(value)
        .message(
            String.format(
                "%s \"%s\" is not a usable identifier: 1 to %d characters with no spaces; %s",
                h.header(c), value, Ids.MAX_LENGTH, what))
        .build();
  }

  private <C extends Enum<C> & LayoutColumn> SheetProblem invalid(
      Header<C> h, int r, C c, InvalidValueException e, String what) {
    return at(h, r, c)
        .rule(e.rule())
        .value(h.has(c) ? Text.clean(h.cell(r, c).text()) : e.value().orElse(""))
        .message(String.format("%s: %s; %s", h.header(c), e.getMessage(), what))
        .build();
  }

  private static boolean validId(String id) {
    return !id.isEmpty()
        && id.codePointCount(0, id.length()) <= Ids.MAX_LENGTH
        && !CharMatcher.whitespace().matchesAnyOf(id);
  }

  private static boolean blankRow(SheetData sheet, int r) {
    return sheet.rows().get(r).stream().allMatch(SheetCell::isBlank);
  }

  /** Returns "row 5", "rows 5–7" or "rows 5, 8 and 9" for rows given from 0. */
  static String rows(List<Integer> rows) {
    if (rows.size() == 1) {
      return "row " + (rows.get(0) + 1);
    }
    boolean consecutive = true;
    for (int i = 1; i < rows.size(); i++) {
      consecutive &= rows.get(i) == rows.get(i - 1) + 1;
    }
    if (consecutive) {
      return "rows " + (rows.get(0) + 1) + "–" + (rows.get(rows.size() - 1) + 1);
    }
    List<String> numbers = rows.stream().map(r -> String.valueOf(r + 1)).collect(Collectors.toList());
    return "rows "
        + String.join(", ", numbers.subList(0, numbers.size() - 1))
        + " and "
        + numbers.get(numbers.size() - 1);
  }

  // ---------------------------------------------------------------------------------------------
  // where the assembler's records came from

  /** A record handed to the assembler: its sheet, its row, and the cell behind each of its fields. */
  private static final class Source {
    final SheetData sheet;
    final int row;
    final String record;
    final Map<String, Target> fields = new HashMap<>();
    @Nullable String unitName;
    @Nullable String personName;

    Source(SheetData sheet, int row, String record) {
      this.sheet = sheet;
      this.row = row;
      this.record = record;
    }

    <C extends Enum<C> & LayoutColumn> void field(String field, Header<C> h, int r, C c) {
      fields.put(field, new Target(r, h.has(c) ? h.columns.get(c) : -1, h.header(c)));
    }
  }

  /** A cell, or a row when the column is -1. */
  private static final class Target {
    final int row;
    final int column;
    final String header;

    Target(int row, int column, String header) {
      this.row = row;
      this.column = column;
      this.header = header;
    }
  }

  private String location() {
    return "@" + sequence++;
  }

  private void reject(String location, RecordKind kind, @Nullable String id, List<SheetProblem> why) {
    Rejection r =
        Rejection.builder()
            .location(location)
            .kind(kind)
            .id(Optional.ofNullable(id))
            .addAllProblems(
                why.stream()
                    .map(
                        p ->
                            Problem.builder()
                                .location(p.location())
                                .rule(p.rule())
                                .value(p.value())
                                .message(p.message())
                                .build())
                    .collect(Collectors.toList()))
            .build();
    own.add(r);
    assembler.reject(r);
  }

  /** Returns the assembler's problem {@code p} located in the sheet, in the sheet's words. */
  private SheetProblem mapBack(Problem p) {
    String loc = p.location();
    int slash = loc.indexOf('/');
    String field = slash < 0 ? "" : loc.substring(slash + 1);
    Source s = sources.get(slash < 0 ? loc : loc.substring(0, slash));
    if (s == null) {
      return SheetProblem.builder()
          .sheet(records.name())
          .rule(p.rule())
          .value(p.value())
          .message(p.message())
          .build();
    }
    Target t = s.fields.get(field);
    SheetProblem.Builder b = SheetProblem.builder().sheet(s.sheet.name()).rule(p.rule());
    String header;
    String value;
    if (t != null && t.column >= 0) {
      b.row(t.row + 1).column(Columns.letter(t.column)).header(t.header);
      header = t.header;
      value = Text.clean(s.sheet.cell(t.row, t.column).text());
    } else {
      b.row((t != null ? t.row : s.row) + 1);
      header = t != null ? t.header : field;
      if (t != null) {
        b.header(t.header);
      }
      value = p.value().orElse("");
    }
    b.value(value);
    String message = describe(p, s, header, value);
    if (p.severity() == Severity.ERROR) {
      message += "; " + s.record + " is left out";
    }
    return b.message(message).build();
  }

  private String describe(Problem p, Source s, String header, String value) {
    String rosterName = roster != null ? roster.name() : null;
    switch (p.rule()) {
      case UNKNOWN_REFERENCE:
        {
          boolean rejected = p.message().contains("was rejected");
          if (p.location().endsWith("/leaderId")) {
            return rejected
                ? String.format(
                    "%s \"%s\" of %s was left out of the roster (see the problems of that member)",
                    header, value, s.unitName)
                : String.format(
                    "%s \"%s\" of %s is not on the roster sheet %s", header, value, s.unitName, rosterName);
          }
          if (p.location().endsWith("/unitId")) {
            return rejected
                ? String.format("%s \"%s\" was left out of the roster (see the problems of that unit)", header, value)
                : String.format("%s \"%s\" is not a unit on the roster sheet %s", header, value, rosterName);
          }
          return rosterName != null
              ? String.format("%s \"%s\" is not a unit on the roster sheet %s", header, value, rosterName)
              : String.format(
                  "%s \"%s\" is not a unit of the records: without a roster sheet the units are those"
                      + " that walked",
                  header, value);
        }
      case OUTSIDE_PERIOD:
        return String.format(
            "%s %s is outside the period %s (%s to %s)",
            header, p.value().orElse(value), period, period.start(), period.end());
      case DUPLICATE_ID:
        {
          Matcher m = FIRST_AT.matcher(p.message());
          Source first = m.find() ? sources.get(m.group(1)) : null;
          String where = first == null ? "" : " on row " + (first.row + 1);
          if (s.personName != null && p.location().endsWith("/id") && s.record.startsWith("the member")) {
            return String.format(
                "%s of %s is already listed%s; only the first is kept", s.personName, s.unitName, where);
          }
          return String.format("%s \"%s\" is already used%s; only the first is kept", header, value, where);
        }
      case FOREIGN_OWNER:
        return String.format(
            "%s \"%s\" is not a unit of the roster; the walk is kept, and the service point counts as"
                + " outside the city's units",
            header, value);
      case RECTIFIED_WITHOUT_MEASURES:
        return String.format(
            "%s is blank, but the problem is marked rectified; the finding is kept and counts as"
                + " perfunctory rectification (整改敷衍)",
            header);
      default:
        return header + ": " + p.message();
    }
  }
}
