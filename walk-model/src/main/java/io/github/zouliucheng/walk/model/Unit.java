package io.github.zouliucheng.walk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit whose leadership team walks: a county, county-level city or district (县（市）区), or a
 * municipal department (市直部门).
 *
 * <p>Built with {@link #builder()}; building fails with {@link IllegalStateException} naming the
 * field when {@code id} is not a valid identifier, {@code name} is blank or the unit names itself as
 * its parent. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {

  Unit() {}

  /** Returns the unit's identifier, unique among the units of a dataset. */
  public abstract String id();

  /** Returns the unit's name, for example {@code "桦南县"} or {@code "市司法局"}. */
  public abstract String name();

  /** Returns whether the unit is a county/district or a municipal department. */
  public abstract UnitKind kind();

  /** Returns the region the unit belongs to, when the city groups its units so. */
  public abstract Optional<String> region();

  /** Returns the identifier of the unit this one belongs to, if any. */
  public abstract Optional<String> parentId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Obtains a unit with no region and no parent. */
  public static Unit of(String id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("name", name());
    region().ifPresent(r -> Checks.text("region", r));
    parentId().ifPresent(p -> Checks.id("parentId", p));
    Checks.value(
        !parentId().equals(Optional.of(id())),
        "parentId",
        id(),
        "parentId must not be the unit itself: \"%s\"",
        id());
  }

  /** Builds a {@link Unit}; each attribute may be set once. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}

    /**
     * Builds the {@link Unit}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Unit build() {
      return Checks.built(super::build);
    }
  }
}
