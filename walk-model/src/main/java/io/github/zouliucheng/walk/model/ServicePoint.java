package io.github.zouliucheng.walk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The service point (窗口单位) a walk went through: a hall or window, a hotline, a hospital, a school,
 * an enterprise, an online platform.
 *
 * <p>Its identifier lets analytics see several leaders at the same point on the same day; its owning
 * unit, when known, lets analytics see walks that leave the leader's own unit. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicePoint {

  ServicePoint() {}

  /** Returns the service point's identifier, stable across walks. */
  public abstract String id();

  /** Returns the service point's name, for example {@code "桦南县医保局办事窗口"}. */
  public abstract String name();

  /** Returns what kind of service point it is. */
  public abstract ServicePointKind kind();

  /** Returns the identifier of the unit that runs the service point, when known. */
  public abstract Optional<String> ownerUnitId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("name", name());
    ownerUnitId().ifPresent(u -> Checks.id("ownerUnitId", u));
  }

  /** Builds a {@link ServicePoint}; each attribute may be set once. */
  public static final class Builder extends ImmutableServicePoint.Builder {
    Builder() {}

    /**
     * Builds the {@link ServicePoint}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public ServicePoint build() {
      return Checks.built(super::build);
    }
  }
}
