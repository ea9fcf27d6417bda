package dev.vigil.rego.value;

import java.util.List;

/** A Rego array (immutable). */
public record ArrayValue(List<Value> elements) implements Value {
  public static final ArrayValue EMPTY = new ArrayValue(List.of());

  public ArrayValue {
    elements = List.copyOf(elements);
  }

  public static ArrayValue of(Value... values) {
    return new ArrayValue(List.of(values));
  }

  public int size() {
    return elements.size();
  }

  public Value get(int index) {
    return elements.get(index);
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public int typeRank() {
    return 6;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayValue a && elements.equals(a.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return toRego();
  }
}
