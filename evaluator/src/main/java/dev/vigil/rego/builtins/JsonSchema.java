package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Schema validator for the common keywords, reporting errors with the texts and types of
 * gojsonschema (which OPA uses): type, properties, required, additionalProperties, items, enum,
 * const, numeric and length bounds, pattern, uniqueItems, allOf/anyOf/oneOf/not.
 */
final class JsonSchema {
  private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "number", "null", "object", "string");

  /** One validation error: type, field, description. */
  record Failure(String type, String field, String desc) {
    ObjectValue toValue() {
      return ObjectValue.builder().put("error", new StringValue(field + ": " + desc))
          .put("type", new StringValue(type)).put("field", new StringValue(field))
          .put("desc", new StringValue(desc)).build();
    }
  }

  private JsonSchema() {}

  /** Throws with gojsonschema's wording when the schema itself is invalid. */
  static void check(Value schema) {
    if (schema instanceof ObjectValue o) {
      Value t = o.get("type");
      List<Value> names = t instanceof ArrayValue a ? a.elements() : t == null ? List.of() : List.of(t);
      for (Value n : names) {
        if (!(n instanceof StringValue s) || !TYPES.contains(s.value())) {
          throw BuiltinException.builtinError("has a primitive type that is NOT VALID -- given: /"
              + (n instanceof StringValue s ? s.value() : n.toRego()) + "/ Expected valid values are:[array boolean integer number null object string]");
        }
      }
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (e.getValue() instanceof ObjectValue || e.getValue() instanceof ArrayValue) {
          checkNested(e.getValue());
        }
      }
    } else if (!(schema instanceof BooleanValue)) {
      throw BuiltinException.builtinError("schema must be an object or a boolean");
    }
  }

  private static void checkNested(Value v) {
    if (v instanceof ObjectValue o) {
      if (o.get("type") != null || o.get("properties") != null) {
        check(o);
      } else {
        o.entries().values().forEach(JsonSchema::checkNested);
      }
    } else if (v instanceof ArrayValue a) {
      a.elements().forEach(JsonSchema::checkNested);
    }
  }

  static List<Failure> validate(Value schema, Value doc) {
    List<Failure> out = new ArrayList<>();
    validate(schema, doc, "(root)", out);
    return out;
  }

  private static String field(String path) {
    return path.equals("(root)") ? path : path.substring("(root).".length());
  }

  static String typeOf(Value v) {
    if (v instanceof NumberValue n) {
      return n.isInteger() ? "integer" : "number";
    }
    return v.typeName().equals("set") ? "array" : v.typeName();
  }

  private static void validate(Value schema, Value doc, String path, List<Failure> out) {
    if (schema instanceof BooleanValue b) {
      if (!b.value()) {
        out.add(new Failure("false", field(path), "False always fails validation"));
      }
      return;
    }
    if (!(schema instanceof ObjectValue s)) {
      return;
    }
    String given = typeOf(doc);
    Value type = s.get("type");
    if (type != null) {
      List<Value> names = type instanceof ArrayValue a ? a.elements() : List.of(type);
      boolean ok = names.stream().anyMatch(n -> n instanceof StringValue t
          && (t.value().equals(given) || (t.value().equals("number") && given.equals("integer"))));
      if (!ok) {
        String expected = String.join(", ", names.stream().map(n -> n instanceof StringValue t ? t.value() : n.toRego()).toList());
        out.add(new Failure("invalid_type", field(path), "Invalid type. Expected: " + expected + ", given: " + given));
        return;
      }
    }
    keywords(s, doc, path, out);
  }

  private static void keywords(ObjectValue s, Value doc, String path, List<Failure> out) {
    if (s.get("enum") instanceof ArrayValue e && !e.elements().contains(doc)) {
      out.add(new Failure("enum", field(path), field(path) + " must be one of the following: "
          + String.join(", ", e.elements().stream().map(dev.vigil.rego.value.Values::toJsonStringPlain).toList())));
    }
    if (s.get("const") != null && !s.get("const").equals(doc)) {
      out.add(new Failure("const", field(path), field(path) + " does not match: " + dev.vigil.rego.value.Values.toJsonStringPlain(s.get("const"))));
    }
    for (String k : List.of("allOf", "anyOf", "oneOf")) {
      if (s.get(k) instanceof ArrayValue subs) {
        int passed = 0;
        for (Value sub : subs.elements()) {
          passed += validate(sub, doc).isEmpty() ? 1 : 0;
        }
        boolean ok = k.equals("allOf") ? passed == subs.size() : k.equals("anyOf") ? passed > 0 : passed == 1;
        if (!ok) {
          String what = k.equals("allOf") ? "all the schemas" : k.equals("anyOf") ? "at least one schema" : "one and only one schema";
          out.add(new Failure("number_" + k.replace("Of", "_of"), field(path), "Must validate " + what + " (" + k + ")"));
        }
      }
    }
    if (s.get("not") != null && validate(s.get("not"), doc).isEmpty()) {
      out.add(new Failure("number_not", field(path), "Must not validate the schema (not)"));
    }
    if (doc instanceof ObjectValue o) {
      objectKeywords(s, o, path, out);
    } else if (doc instanceof ArrayValue || doc instanceof SetValue) {
      List<Value> items = doc instanceof ArrayValue a ? a.elements() : ((SetValue) doc).elements();
      bound(s, "minItems", items.size(), true, "array_min_items", "Array must have at least %s items", path, out);
      bound(s, "maxItems", items.size(), false, "array_max_items", "Array must have at most %s items", path, out);
      if (s.get("items") instanceof ObjectValue itemSchema) {
        for (int i = 0; i < items.size(); i++) {
          validate(itemSchema, items.get(i), path + "." + i, out);
        }
      }
      if (BooleanValue.TRUE.equals(s.get("uniqueItems"))) {
        for (int i = 0; i < items.size(); i++) {
          for (int j = i + 1; j < items.size(); j++) {
            if (items.get(i).equals(items.get(j))) {
              out.add(new Failure("unique", field(path), "array items[" + i + "," + j + "] must be unique"));
            }
          }
        }
      }
    } else if (doc instanceof StringValue str) {
      int len = str.value().codePointCount(0, str.value().length());
      bound(s, "minLength", len, true, "string_gte", "String length must be greater than or equal to %s", path, out);
      bound(s, "maxLength", len, false, "string_lte", "String length must be less than or equal to %s", path, out);
      if (s.get("pattern") instanceof StringValue p && !com.google.re2j.Pattern.compile(p.value()).matcher(str.value()).find()) {
        out.add(new Failure("pattern", field(path), "Does not match pattern '" + p.value() + "'"));
      }
    } else if (doc instanceof NumberValue n) {
      numberBound(s, "minimum", n, c -> c >= 0, "number_gte", "Must be greater than or equal to %s", path, out);
      numberBound(s, "maximum", n, c -> c <= 0, "number_lte", "Must be less than or equal to %s", path, out);
      numberBound(s, "exclusiveMinimum", n, c -> c > 0, "number_gt", "Must be greater than %s", path, out);
      numberBound(s, "exclusiveMaximum", n, c -> c < 0, "number_lt", "Must be less than %s", path, out);
    }
  }

  private static void objectKeywords(ObjectValue s, ObjectValue o, String path, List<Failure> out) {
    if (s.get("required") instanceof ArrayValue req) {
      for (Value r : req.elements()) {
        if (r instanceof StringValue name && o.get(name.value()) == null) {
          out.add(new Failure("required", field(path), name.value() + " is required"));
        }
      }
    }
    ObjectValue props = s.get("properties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      String key = dev.vigil.rego.value.Values.keyText(e.getKey());
      Value sub = props.get(e.getKey());
      if (sub != null) {
        validate(sub, e.getValue(), path + "." + key, out);
      } else if (BooleanValue.FALSE.equals(s.get("additionalProperties"))) {
        out.add(new Failure("additional_property_not_allowed", field(path), "Additional property " + key + " is not allowed"));
      } else if (s.get("additionalProperties") instanceof ObjectValue extra) {
        validate(extra, e.getValue(), path + "." + key, out);
      }
    }
  }

  private static void bound(ObjectValue s, String key, int actual, boolean min, String type, String fmt,
      String path, List<Failure> out) {
    if (s.get(key) instanceof NumberValue n) {
      int limit = n.intValueExact().orElse(Integer.MAX_VALUE);
      if (min ? actual < limit : actual > limit) {
        out.add(new Failure(type, field(path), String.format(fmt, n)));
      }
    }
  }

  private static void numberBound(ObjectValue s, String key, NumberValue n, java.util.function.IntPredicate ok,
      String type, String fmt, String path, List<Failure> out) {
    if (s.get(key) instanceof NumberValue limit) {
      BigDecimal v = n.bigDecimal();
      if (!ok.test(v.compareTo(limit.bigDecimal()))) {
        out.add(new Failure(type, field(path), String.format(fmt, limit)));
      }
    }
  }
}
