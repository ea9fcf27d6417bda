package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.util.ArrayList;
import java.util.List;

/** json.verify_schema and json.match_schema. */
final class JsonSchemaBuiltins {
  private JsonSchemaBuiltins() {}

  static void register(Registrar r) {
    r.add("json.verify_schema", JsonSchemaBuiltins::verify);
    r.add("json.match_schema", JsonSchemaBuiltins::match);
  }

  /** Strings are JSON documents; other values are used as they are. */
  private static Value document(Value v) {
    if (v instanceof StringValue s) {
      try {
        return Values.parseJson(s.value());
      } catch (IllegalArgumentException e) {
        throw BuiltinException.builtinError(e.getMessage(), e);
      }
    }
    return v;
  }

  private static Value verify(BuiltinContext ctx, List<Value> a) {
    try {
      JsonSchema.check(document(a.get(0)));
      return ArrayValue.of(BooleanValue.TRUE, NullValue.INSTANCE);
    } catch (BuiltinException e) {
      return ArrayValue.of(BooleanValue.FALSE, new StringValue("jsonschema: " + e.getMessage()));
    }
  }

  private static Value match(BuiltinContext ctx, List<Value> a) {
    Value doc = document(a.get(0));
    Value schema = document(a.get(1));
    JsonSchema.check(schema);
    List<Value> errors = new ArrayList<>();
    JsonSchema.validate(schema, doc).forEach(f -> errors.add(f.toValue()));
    return ArrayValue.of(BooleanValue.of(errors.isEmpty()), new ArrayValue(errors));
  }
}
