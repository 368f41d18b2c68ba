package io.github.zouliucheng.walk.report.office.ledger;

import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The names of the roster's units and members by identifier; an identifier not on it stands for itself. */
final class Names {
  private final Map<String, Unit> units;
  private final Map<String, Member> members;

  Names(Roster roster) {
    this.units = roster.unitsById();
    this.members = roster.membersById();
  }

  String unit(String id) {
    Unit u = units.get(id);
    return u == null ? id : u.name();
  }

  String member(String id) {
    Member m = members.get(id);
    return m == null ? id : m.name();
  }

  List<String> units(Iterable<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(unit(id));
    }
    return names;
  }

  List<String> members(Iterable<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(member(id));
    }
    return names;
  }
}
