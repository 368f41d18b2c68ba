package io.github.zouliucheng.walk.report;

/**
 * Renders a {@link Bulletin} as text in one format. Implementations are immutable and thread-safe,
 * and deterministic: the same bulletin gives the same characters, whatever the default locale and
 * time zone of the machine. Every piece of the bulletin's text is escaped for the format.
 */
public interface BulletinRenderer {

  /** Returns the rendering of {@code bulletin}. */
  String render(Bulletin bulletin);
}
