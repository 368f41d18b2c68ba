package io.github.zouliucheng.walk.model;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Evidence attached to a walk, held by reference: a photo, a scanned record form, a recording. The
 * SDK never holds the content itself.
 *
 * <p>Building fails with {@link IllegalStateException} when the URI is not absolute or the media type
 * is not of the form {@code type/subtype}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attachment {
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

  /** Returns where the evidence is stored: an absolute URI. */
  public abstract URI uri();

  Attachment() {}

  /** Returns the media type in lower case, for example {@code "image/jpeg"}. */
  public abstract String mediaType();

  /** Returns a caption for people, if any. */
  public abstract Optional<String> caption();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.unicode("uri", uri().toString());
    Checks.value(uri().isAbsolute(), "uri", uri(), "uri must be absolute: \"%s\"", uri());
    Checks.value(
        MEDIA_TYPE.matcher(mediaType()).matches(),
        "mediaType",
        mediaType(),
        "mediaType must be a lower-case type/subtype such as image/jpeg: \"%s\"",
        mediaType());
    caption().ifPresent(c -> Checks.text("caption", c));
  }

  /** Builds an {@link Attachment}; each attribute may be set once. */
  public static final class Builder extends ImmutableAttachment.Builder {
    Builder() {}

    /**
     * Builds the {@link Attachment}.
     *
     * @throws InvalidValueException if a required attribute is not set ({@link Rule#MISSING_FIELD},
     *     naming every one missing) or an attribute breaks its rule
     */
    @Override
    public Attachment build() {
      return Checks.built(super::build);
    }
  }
}
