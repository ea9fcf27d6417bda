package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.util.Arrays;

/** Short value constructors for tests. */
final class TestValues {
  private TestValues() {}

  static Value n(long v) {
    return NumberValue.of(v);
  }

  static Value n(String v) {
    return NumberValue.parse(v);
  }

  static Value s(String v) {
    return new StringValue(v);
  }

  static Value arr(Value... vs) {
    return new ArrayValue(Arrays.asList(vs));
  }

  static Value set(Value... vs) {
    return SetValue.of(vs);
  }

  static Value json(String text) {
    return Values.parseJson(text);
  }
}
