package io.github.zouliucheng.walk.model.testing;

import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Runs code under another default locale and time zone of the JVM, and puts the old ones back
 * however the code ends: the tests that output does not depend on the machine use it.
 */
public final class MachineDefaults {
  private MachineDefaults() {}

  /** Returns what {@code work} returns when run with {@code locale} and {@code zone} as the JVM's defaults. */
  public static <T> T under(Locale locale, TimeZone zone, Supplier<T> work) {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
    try {
      return work.get();
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }

  /** Returns what {@code work} returns under the locale of BCP 47 {@code tag} and the time zone {@code zoneId}. */
  public static <T> T under(String tag, String zoneId, Supplier<T> work) {
    return under(Locale.forLanguageTag(tag), TimeZone.getTimeZone(zoneId), work);
  }
}
