package io.github.zouliucheng.walk.model;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Looks enum constants up by their {@link Coded#code()}. */
final class Codes {
  private static final Map<Class<?>, ImmutableMap<String, ?>> BY_TYPE = new ConcurrentHashMap<>();

  private Codes() {}

  static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
    @SuppressWarnings("unchecked")
    ImmutableMap<String, E> byCode =
        (ImmutableMap<String, E>)
            BY_TYPE.computeIfAbsent(
                type,
                t ->
                    Arrays.stream(type.getEnumConstants())
                        .collect(ImmutableMap.toImmutableMap(Coded::code, e -> e)));
    E e = byCode.get(code);
    if (e == null) {
      throw new IllegalArgumentException(
          String.format(
              "unknown %s code \"%s\"; expected one of %s",
              type.getSimpleName(), code, expected(type)));
    }
    return e;
  }

  /** Returns the codes of {@code type}, comma separated, in declaration order. */
  static String expected(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> ((Coded) e).code())
        .collect(Collectors.joining(", "));
  }
}
