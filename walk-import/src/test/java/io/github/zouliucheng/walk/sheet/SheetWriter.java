package io.github.zouliucheng.walk.sheet;

import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test-only writer of datasets as the sheets the importer reads, spelling every value in one of
 * the ways the importer accepts, picked at random: headers by their aliases, dates in every
 * spelling, enum values by label, code or synonym, lists with any separator, walk columns repeated
 * on a walk's later rows or left blank, cells padded with spaces.
 */
final class SheetWriter {
  private final Dataset dataset;
  private final SplittableRandom random;

  SheetWriter(Dataset dataset, long seed) {
    this.dataset = dataset;
    this.random = new SplittableRandom(seed);
  }

  /** Returns the records sheet as CSV; with {@code forDerivedRoster}, the member columns are filled. */
  String records(boolean forDerivedRoster) {
    List<RecordColumn> columns = Arrays.asList(RecordColumn.values());
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(this::header).collect(Collectors.toList()));
    for (Walk w : dataset.walks()) {
      boolean repeat = random.nextBoolean();
      int n = Math.max(1, w.findings().size());
      for (int i = 0; i < n; i++) {
        Map<RecordColumn, String> cells = new EnumMap<>(RecordColumn.class);
        cells.put(RecordColumn.RECORD_NO, w.id());
        if (i == 0 || repeat) {
          walk(w, cells, forDerivedRoster || random.nextInt(4) == 0);
        }
        if (i < w.findings().size()) {
          finding(w, w.findings().get(i), cells);
        } else if (random.nextInt(4) == 0) {
          cells.put(RecordColumn.STATUS, "");
        }
        rows.add(columns.stream().map(c -> pad(cells.getOrDefault(c, ""))).collect(Collectors.toList()));
      }
    }
    return csv(rows);
  }

  /** Returns the roster sheet as CSV: a row per member, and a row for each unit without members. */
  String roster() {
    List<RosterColumn> columns = Arrays.asList(RosterColumn.values());
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(this::header).collect(Collectors.toList()));
    for (Unit u : dataset.roster().units()) {
      List<Member> members =
          dataset.roster().members().stream().filter(m -> m.unitId().equals(u.id())).collect(Collectors.toList());
      for (int i = 0; i < Math.max(1, members.size()); i++) {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.UNIT, u.name());
        cells.put(RosterColumn.UNIT_KIND, spell(Labels.UNIT_KIND, u.kind()));
        u.region().ifPresent(r -> cells.put(RosterColumn.REGION, r));
        if (i < members.size()) {
          Member m = members.get(i);
          cells.put(RosterColumn.NAME, m.name());
          cells.put(RosterColumn.TITLE, m.title());
          cells.put(RosterColumn.PRINCIPAL, yesNo(m.principal()));
        }
        rows.add(columns.stream().map(c -> pad(cells.getOrDefault(c, ""))).collect(Collectors.toList()));
      }
    }
    return csv(rows);
  }

  private void walk(Walk w, Map<RecordColumn, String> cells, boolean members) {
    Unit unit = dataset.roster().unit(w.unitId()).orElseThrow();
    Member leader = dataset.roster().member(w.leaderId()).orElseThrow();
    cells.put(RecordColumn.UNIT, unit.name());
    cells.put(RecordColumn.NAME, leader.name());
    if (members) {
      if (Importer.guessKind(unit.name()) != unit.kind() || random.nextBoolean()) {
        cells.put(RecordColumn.UNIT_KIND, spell(Labels.UNIT_KIND, unit.kind()));
      }
      cells.put(RecordColumn.TITLE, leader.title());
      cells.put(RecordColumn.PRINCIPAL, yesNo(leader.principal()));
    }
    cells.put(RecordColumn.DATE, date(w.date()));
    w.startTime().ifPresent(t -> cells.put(RecordColumn.START_TIME, time(t)));
    w.endTime().ifPresent(t -> cells.put(RecordColumn.END_TIME, time(t)));
    cells.put(RecordColumn.PLACE, w.servicePoint().name());
    if (Importer.guessPlaceKind(w.servicePoint().name()) != w.servicePoint().kind() || random.nextBoolean()) {
      cells.put(RecordColumn.PLACE_KIND, spell(Labels.SERVICE_POINT_KIND, w.servicePoint().kind()));
    }
    w.servicePoint()
        .ownerUnitId()
        .ifPresent(o -> cells.put(RecordColumn.PLACE_OWNER, dataset.roster().unit(o).orElseThrow().name()));
    String listSeparator = random.nextBoolean() ? "；" : "\n";
    cells.put(RecordColumn.MATTER, w.matters().stream().map(Matter::name).collect(Collectors.joining(listSeparator)));
    List<String> complexities = w.matters().stream().map(m -> spell(Labels.COMPLEXITY, m.complexity())).collect(Collectors.toList());
    boolean sameComplexity = w.matters().stream().map(Matter::complexity).distinct().count() == 1;
    cells.put(RecordColumn.COMPLEXITY, sameComplexity && random.nextBoolean() ? complexities.get(0) : String.join("；", complexities));
    boolean sameCrossings = w.matters().stream().map(Matter::crossings).distinct().count() == 1;
    if (sameCrossings && w.matters().get(0).crossings().isEmpty() && random.nextBoolean()) {
      cells.put(RecordColumn.CROSSINGS, "");
    } else if (sameCrossings && random.nextBoolean()) {
      cells.put(RecordColumn.CROSSINGS, crossings(w.matters().get(0).crossings()));
    } else {
      cells.put(RecordColumn.CROSSINGS, w.matters().stream().map(m -> crossings(m.crossings())).collect(Collectors.joining("；")));
    }
    cells.put(RecordColumn.FORMS, several(Labels.WALK_FORM, w.forms(), List.of("、", "，", ",", "；", "+")));
    cells.put(RecordColumn.ROLE, spell(Labels.ROLE, w.role()));
    cells.put(RecordColumn.APPROACH, spell(Labels.APPROACH, w.approach()));
    cells.put(RecordColumn.VISIBILITY, spell(Labels.VISIBILITY, w.visibility()));
    cells.put(RecordColumn.FOUR_NO_TWO_STRAIGHT, w.fourNoTwoStraight() || random.nextBoolean() ? yesNo(w.fourNoTwoStraight()) : "");
    cells.put(RecordColumn.COVERAGE, spell(Labels.COVERAGE, w.coverage()));
    w.notes().ifPresent(n -> cells.put(RecordColumn.NOTES, n));
  }

  private void finding(Walk w, Finding f, Map<RecordColumn, String> cells) {
    cells.put(RecordColumn.FINDING_NO, f.id());
    cells.put(RecordColumn.PROBLEM, f.description());
    cells.put(RecordColumn.CATEGORY, spell(Labels.FINDING_CATEGORY, f.category()));
    if (!f.foundOn().equals(w.date()) || random.nextBoolean()) {
      cells.put(RecordColumn.FOUND_ON, date(f.foundOn()));
    }
    f.priority().ifPresent(p -> cells.put(RecordColumn.PRIORITY, spell(Labels.PRIORITY, p)));
    boolean ownerUnit = f.rectification().flatMap(Rectification::ownerUnitId).isPresent();
    if (!f.responsibleUnitId().equals(w.unitId()) || ownerUnit) {
      cells.put(RecordColumn.RESPONSIBLE_UNIT, dataset.roster().unit(f.responsibleUnitId()).orElseThrow().name());
    }
    if (f.rectification().isEmpty()) {
      if (random.nextBoolean()) {
        cells.put(RecordColumn.STATUS, spell(Labels.RECTIFICATION_STATUS, RectificationStatus.OPEN));
      }
      return;
    }
    Rectification r = f.rectification().get();
    cells.put(RecordColumn.MODE, spell(Labels.RECTIFICATION_MODE, r.mode()));
    cells.put(RecordColumn.MEASURES, String.join(random.nextBoolean() ? "；" : "\r\n", r.measures()));
    r.deadline().ifPresent(d -> cells.put(RecordColumn.DEADLINE, date(d)));
    r.owner().ifPresent(o -> cells.put(RecordColumn.OWNER, o));
    if (random.nextBoolean()) {
      cells.put(RecordColumn.STATUS, spell(Labels.RECTIFICATION_STATUS, r.status()));
    }
    r.startedOn().ifPresent(d -> cells.put(RecordColumn.STARTED_ON, date(d)));
    r.rectifiedOn().ifPresent(d -> cells.put(RecordColumn.RECTIFIED_ON, date(d)));
    r.closedOn().ifPresent(d -> cells.put(RecordColumn.CLOSED_ON, date(d)));
    List<String> effects = new ArrayList<>();
    for (Effect e : r.effects()) {
      effects.add(
          e.indicator()
              + (random.nextBoolean() ? "：" : ": ")
              + e.before().toPlainString()
              + (random.nextBoolean() ? "→" : " -> ")
              + e.after().toPlainString()
              + e.unit());
    }
    r.effectNote().ifPresent(effects::add);
    cells.put(RecordColumn.EFFECT, String.join("；", effects));
    r.callback().ifPresent(c -> {
      cells.put(RecordColumn.CALLBACK_ON, date(c.on()));
      cells.put(RecordColumn.CALLBACK_RESULT, spell(Labels.CALLBACK_RESULT, c.result()));
    });
  }

  private String crossings(Set<Crossing> crossings) {
    return crossings.isEmpty() ? pick(List.of("无", "没有", "-")) : several(Labels.CROSSING, crossings, List.of("、", "，", "/"));
  }

  private <E extends Enum<E> & Coded> String several(Labels<E> labels, Set<E> values, List<String> separators) {
    String separator = pick(separators);
    return values.stream().map(v -> spell(labels, v)).collect(Collectors.joining(separator));
  }

  /** Returns one of the words {@code labels} reads as {@code value}. */
  private <E extends Enum<E> & Coded> String spell(Labels<E> labels, E value) {
    List<String> words = new ArrayList<>();
    words.add(value.zh());
    labels.byKey().forEach((k, v) -> {
      if (v == value) {
        words.add(k);
      }
    });
    return pick(words);
  }

  private String header(LayoutColumn c) {
    List<String> words = new ArrayList<>(c.aliases());
    words.add(c.header());
    words.add(c.header());
    return pad(pick(words));
  }

  private String yesNo(boolean value) {
    return value ? pick(List.of("是", "Y", "√", "1", "TRUE")) : pick(List.of("否", "N", "×", "0", "false", ""));
  }

  private String date(LocalDate d) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    switch (random.nextInt(6)) {
      case 0:
        return d.toString();
      case 1:
        return y + "/" + m + "/" + day;
      case 2:
        return y + "." + m + "." + day;
      case 3:
        return y + "年" + m + "月" + day + "日";
      case 4:
        return String.format("%04d%02d%02d", y, m, day);
      default:
        return y + "/" + m + "/" + day + " 0:00";
    }
  }

  private String time(LocalTime t) {
    switch (random.nextInt(4)) {
      case 0:
        return t.toString();
      case 1:
        return t.getHour() + ":" + String.format("%02d", t.getMinute());
      case 2:
        return t.getHour() + "时" + t.getMinute() + "分";
      default:
        return t.getHour() > 12
            ? "下午" + (t.getHour() - 12) + ":" + String.format("%02d", t.getMinute())
            : "上午" + t.getHour() + ":" + String.format("%02d", t.getMinute());
    }
  }

  private String pad(String cell) {
    if (cell.isEmpty() || random.nextInt(4) != 0) {
      return cell;
    }
    return pick(List.of(" ", "\u3000", "  ")) + cell + pick(List.of("", " ", "\u3000"));
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Writes rows as CSV, quoting only the cells that need it. */
  static String csv(List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    for (List<String> row : rows) {
      s.append(
          row.stream()
              .map(c -> c.matches("(?s).*[,\"\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
              .collect(Collectors.joining(",")));
      s.append("\r\n");
    }
    return s.toString();
  }
}
