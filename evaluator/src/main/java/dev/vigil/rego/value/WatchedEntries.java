package dev.vigil.rego.value;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The entries of a watched object: a lookup of a watched key reports that key; anything that can observe more
 * than single keys (iteration, size, range views, equality, hashing) reports {@code null}, meaning "the whole
 * object was read". Lookups of other keys report nothing.
 */
final class WatchedEntries extends TreeMap<Value, Value> {
    private static final long serialVersionUID = 1L;

    private final transient Set<Value> watched;
    private final transient Consumer<Value> onRead;

    WatchedEntries(NavigableMap<Value, Value> entries, Set<Value> watched, Consumer<Value> onRead) {
        super(entries);
        this.watched = Set.copyOf(watched);
        this.onRead = onRead;
    }

    private void key(Object key) {
        if (onRead != null && key instanceof Value v && watched.contains(v)) {
            onRead.accept(v);
        }
    }

    private void all() {
        if (onRead != null) {
            onRead.accept(null);
        }
    }

    @Override
    public Value get(Object key) {
        key(key);
        return super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        key(key);
        return super.containsKey(key);
    }

    @Override
    public int size() {
        all();
        return super.size();
    }

    @Override
    public boolean isEmpty() {
        all();
        return super.isEmpty();
    }

    @Override
    public boolean containsValue(Object value) {
        all();
        return super.containsValue(value);
    }

    @Override
    public Set<Map.Entry<Value, Value>> entrySet() {
        all();
        return super.entrySet();
    }

    @Override
    public Set<Value> keySet() {
        all();
        return super.keySet();
    }

    @Override
    public NavigableSet<Value> navigableKeySet() {
        all();
        return super.navigableKeySet();
    }

    @Override
    public NavigableSet<Value> descendingKeySet() {
        all();
        return super.descendingKeySet();
    }

    @Override
    public Collection<Value> values() {
        all();
        return super.values();
    }

    @Override
    public NavigableMap<Value, Value> descendingMap() {
        all();
        return super.descendingMap();
    }

    @Override
    public Value firstKey() {
        all();
        return super.firstKey();
    }

    @Override
    public Value lastKey() {
        all();
        return super.lastKey();
    }

    @Override
    public Map.Entry<Value, Value> firstEntry() {
        all();
        return super.firstEntry();
    }

    @Override
    public Map.Entry<Value, Value> lastEntry() {
        all();
        return super.lastEntry();
    }

    @Override
    public Map.Entry<Value, Value> ceilingEntry(Value key) {
        all();
        return super.ceilingEntry(key);
    }

    @Override
    public Value ceilingKey(Value key) {
        all();
        return super.ceilingKey(key);
    }

    @Override
    public Map.Entry<Value, Value> floorEntry(Value key) {
        all();
        return super.floorEntry(key);
    }

    @Override
    public Value floorKey(Value key) {
        all();
        return super.floorKey(key);
    }

    @Override
    public Map.Entry<Value, Value> higherEntry(Value key) {
        all();
        return super.higherEntry(key);
    }

    @Override
    public Value higherKey(Value key) {
        all();
        return super.higherKey(key);
    }

    @Override
    public Map.Entry<Value, Value> lowerEntry(Value key) {
        all();
        return super.lowerEntry(key);
    }

    @Override
    public Value lowerKey(Value key) {
        all();
        return super.lowerKey(key);
    }

    @Override
    public NavigableMap<Value, Value> headMap(Value toKey, boolean inclusive) {
        all();
        return super.headMap(toKey, inclusive);
    }

    @Override
    public SortedMap<Value, Value> headMap(Value toKey) {
        all();
        return super.headMap(toKey);
    }

    @Override
    public NavigableMap<Value, Value> tailMap(Value fromKey, boolean inclusive) {
        all();
        return super.tailMap(fromKey, inclusive);
    }

    @Override
    public SortedMap<Value, Value> tailMap(Value fromKey) {
        all();
        return super.tailMap(fromKey);
    }

    @Override
    public NavigableMap<Value, Value> subMap(Value fromKey, boolean fromInclusive, Value toKey, boolean toInclusive) {
        all();
        return super.subMap(fromKey, fromInclusive, toKey, toInclusive);
    }

    @Override
    public SortedMap<Value, Value> subMap(Value fromKey, Value toKey) {
        all();
        return super.subMap(fromKey, toKey);
    }

    @Override
    public void forEach(BiConsumer<? super Value, ? super Value> action) {
        all();
        super.forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        all();
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        all();
        return super.hashCode();
    }

    @Override
    public String toString() {
        all();
        return super.toString();
    }
}
