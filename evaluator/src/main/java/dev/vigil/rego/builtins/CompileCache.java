package dev.vigil.rego.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe LRU cache for compiled patterns (regexes, globs). */
final class CompileCache<K, V> {
  private final Map<K, V> map;

  CompileCache(int capacity) {
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The cached value for {@code key}, computing it outside the lock when absent. */
  V get(K key, Function<K, V> compute) {
    synchronized (map) {
      V v = map.get(key);
      if (v != null) {
        return v;
      }
    }
    V computed = compute.apply(key);
    synchronized (map) {
      map.putIfAbsent(key, computed);
    }
    return computed;
  }
}
