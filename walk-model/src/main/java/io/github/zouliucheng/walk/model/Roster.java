package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The units and their leadership-team members for a period: who is expected to walk. It is what lets
 * analytics say who did <em>not</em> walk.
 *
 * <p>Building fails with {@link InvalidDatasetException}, listing every problem, when unit or member
 * identifiers repeat, a member's unit is not in the roster, or a unit's parent is not in the roster.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Roster {

  Roster() {}

  /** Returns the units, in the order given. */
  public abstract ImmutableList<Unit> units();

  /** Returns the leadership-team members, in the order given. */
  public abstract ImmutableList<Member> members();

  /** Returns the unit with identifier {@code id}, if the roster has it. */
  public final Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitsById().get(id));
  }

  /** Returns the member with identifier {@code id}, if the roster has it. */
  public final Optional<Member> member(String id) {
    return Optional.ofNullable(membersById().get(id));
  }

  /** Returns the units by identifier, in roster order. */
  @Value.Lazy
  public ImmutableMap<String, Unit> unitsById() {
    return Maps.uniqueIndex(units(), Unit::id);
  }

  /** Returns the members by identifier, in roster order. */
  @Value.Lazy
  public ImmutableMap<String, Member> membersById() {
    return Maps.uniqueIndex(members(), Member::id);
  }

  /** Returns an empty roster. */
  public static Roster empty() {
    return builder().build();
  }

  /** Obtains a roster of {@code units} and {@code members}. */
  public static Roster of(Iterable<Unit> units, Iterable<Member> members) {
    return builder().addAllUnits(units).addAllMembers(members).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (DatasetAssembler.PARTITIONED.get() != null) {
      return;
    }
    DatasetAssembler assembler = new DatasetAssembler();
    assembler.addRoster(this);
    List<Problem> errors = assembler.rosterErrors();
    if (!errors.isEmpty()) {
      throw new InvalidDatasetException(errors);
    }
  }

  /** Builds a {@link Roster}; units and members may be added. */
  public static final class Builder extends ImmutableRoster.Builder {
    Builder() {}

    /**
     * Builds the {@link Roster}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     * @throws InvalidDatasetException if the roster is not valid as a whole, listing every problem
     */
    @Override
    public Roster build() {
      return Checks.built(super::build);
    }
  }
}
