package dev.vigil.rego.value;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A Rego object (immutable); keys may be any value and are kept sorted in OPA order. */
public final class ObjectValue implements Value {
  public static final ObjectValue EMPTY = new ObjectValue(new TreeMap<>());

  private final NavigableMap<Value, Value> entries;
  private final boolean watched;

  private ObjectValue(TreeMap<Value, Value> owned) {
    this.entries = Collections.unmodifiableNavigableMap(owned);
    this.watched = owned instanceof WatchedEntries;
  }

  /** Copies {@code map}; a later duplicate key (numerically equal) wins. */
  public static ObjectValue of(Map<? extends Value, ? extends Value> map) {
    return new ObjectValue(new TreeMap<>(map));
  }

  public static ObjectValue of(String key, Value value) {
    TreeMap<Value, Value> m = new TreeMap<>();
    m.put(new StringValue(key), value);
    return new ObjectValue(m);
  }

  /**
   * The same object, but every read of one of {@code watchedKeys} (present or not) calls {@code onRead} with the
   * key, and every read that can observe more than single keys (iteration, size, equality) calls it with
   * {@code null}. The evaluation uses it to learn whether a verdict depended on inputs that were never collected.
   */
  public static ObjectValue watched(ObjectValue base, Set<Value> watchedKeys, Consumer<Value> onRead) {
    return new ObjectValue(new WatchedEntries(base.entries, watchedKeys, onRead));
  }

  /** Whether reads of this object are reported (see {@link #watched}). */
  public boolean isWatched() {
    return watched;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Entries sorted by key in OPA order (unmodifiable). */
  public NavigableMap<Value, Value> entries() {
    return entries;
  }

  public Set<Value> keys() {
    return entries.keySet();
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The value under {@code key}, or null when absent. */
  public Value get(Value key) {
    return entries.get(key);
  }

  /** The value under the string key, or null when absent. */
  public Value get(String key) {
    return entries.get(new StringValue(key));
  }

  public Optional<Value> find(Value key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean containsKey(Value key) {
    return entries.containsKey(key);
  }

  /** A copy with {@code key} set to {@code value}. */
  public ObjectValue with(Value key, Value value) {
    TreeMap<Value, Value> m = new TreeMap<>(entries);
    m.put(key, value);
    return new ObjectValue(m);
  }

  /** A copy without {@code key}. */
  public ObjectValue without(Value key) {
    if (!entries.containsKey(key)) {
      return this;
    }
    TreeMap<Value, Value> m = new TreeMap<>(entries);
    m.remove(key);
    return new ObjectValue(m);
  }

  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public int typeRank() {
    return 7;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectValue other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return toRego();
  }

  /** Mutable builder; {@link #build()} copies, so a builder may be reused. */
  public static final class Builder {
    private final TreeMap<Value, Value> map = new TreeMap<>();

    public Builder put(Value key, Value value) {
      map.put(key, value);
      return this;
    }

    public Builder put(String key, Value value) {
      map.put(new StringValue(key), value);
      return this;
    }

    public boolean containsKey(Value key) {
      return map.containsKey(key);
    }

    public Value get(Value key) {
      return map.get(key);
    }

    public ObjectValue build() {
      return new ObjectValue(new TreeMap<>(map));
    }
  }
}
