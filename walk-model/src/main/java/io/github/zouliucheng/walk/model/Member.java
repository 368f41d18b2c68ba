package io.github.zouliucheng.walk.model;

import org.immutables.value.Value;

/**
 * A member of a unit's leadership team (党政班子成员) for the period: the people the roster expects
 * to walk.
 *
 * <p>A person belongs to exactly one unit's roster in a dataset; someone who sits on two teams is
 * entered once, under the unit whose team they walk for. Building fails with an {@link
 * InvalidValueException} naming the field when one is missing, an identifier is invalid or a text is
 * blank or not valid Unicode.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Member {

  Member() {}

  /** Returns the member's identifier, unique among the members of a dataset. */
  public abstract String id();

  /** Returns the member's name. */
  public abstract String name();

  /** Returns the member's title, for example {@code "副县长"}. */
  public abstract String title();

  /** Returns the identifier of the member's unit. */
  public abstract String unitId();

  /**
   * Returns whether the member is one of the unit's principal leaders (主要负责同志); a unit may have
   * more than one (for example its Party secretary and its head). Default {@code false}.
   */
  @Value.Default
  public boolean principal() {
    return false;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("name", name());
    Checks.text("title", title());
    Checks.id("unitId", unitId());
  }

  /** Builds a {@link Member}; each attribute may be set once. */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}

    /**
     * Builds the {@link Member}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Member build() {
      return Checks.built(super::build);
    }
  }
}
