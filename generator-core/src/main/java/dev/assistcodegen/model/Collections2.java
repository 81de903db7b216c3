package dev.assistcodegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep insertion order (Map.copyOf does not). */
final class Collections2 {
  private Collections2() {}

  static <K, V> Map<K, V> copyOfOrdered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
