package dev.vigil.rego.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** A Rego set (immutable); elements are kept sorted in OPA order and deduplicated. */
public final class SetValue implements Value {
  public static final SetValue EMPTY = new SetValue(List.of());

  private final List<Value> elements;

  private SetValue(List<Value> sortedDistinct) {
    this.elements = sortedDistinct;
  }

  public static SetValue of(Collection<? extends Value> values) {
    TreeSet<Value> sorted = new TreeSet<>(values);
    return new SetValue(Collections.unmodifiableList(new ArrayList<>(sorted)));
  }

  public static SetValue of(Value... values) {
    return of(List.of(values));
  }

  /** Sorted, distinct elements. */
  public List<Value> elements() {
    return elements;
  }

  public int size() {
    return elements.size();
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }

  public boolean contains(Value v) {
    return Collections.binarySearch(elements, v) >= 0;
  }

  @Override
  public String typeName() {
    return "set";
  }

  @Override
  public int typeRank() {
    return 8;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetValue s && elements.equals(s.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode() * 31 + 7;
  }

  @Override
  public String toString() {
    return toRego();
  }
}
