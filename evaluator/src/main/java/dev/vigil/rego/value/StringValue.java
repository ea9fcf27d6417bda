package dev.vigil.rego.value;

import java.util.Objects;

/** A Rego string. */
public record StringValue(String value) implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
  }

  public static StringValue of(String s) {
    return new StringValue(s);
  }

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public int typeRank() {
    return 3;
  }

  @Override
  public String toString() {
    return toRego();
  }
}
