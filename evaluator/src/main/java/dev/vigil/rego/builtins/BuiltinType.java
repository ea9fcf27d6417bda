package dev.vigil.rego.builtins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A type in a builtin signature, in the shape of OPA's capabilities.json. */
public sealed interface BuiltinType {
  /** Whether a value conforms to this type. */
  boolean accepts(Value v);

  /** {@code any}, or a union when {@code of} is non-empty. */
  record AnyOf(List<BuiltinType> of) implements BuiltinType {
    public AnyOf {
      of = List.copyOf(of);
    }

    @Override
    public boolean accepts(Value v) {
      return of.isEmpty() || of.stream().anyMatch(t -> t.accepts(v));
    }
  }

  /** null, boolean, number or string. */
  record Scalar(String name) implements BuiltinType {
    @Override
    public boolean accepts(Value v) {
      return v.typeName().equals(name);
    }
  }

  /** An array with fixed leading element types and an optional type for the rest. */
  record ArrayOf(List<BuiltinType> statics, BuiltinType dynamic) implements BuiltinType {
    public ArrayOf {
      statics = List.copyOf(statics);
    }

    @Override
    public boolean accepts(Value v) {
      if (!(v instanceof ArrayValue a)) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        BuiltinType t = i < statics.size() ? statics.get(i) : dynamic;
        if (t == null || !t.accepts(a.get(i))) {
          return false;
        }
      }
      return a.size() >= statics.size();
    }
  }

  record SetOf(BuiltinType of) implements BuiltinType {
    @Override
    public boolean accepts(Value v) {
      return v instanceof SetValue s && s.elements().stream().allMatch(of::accepts);
    }
  }

  /** An object whose keys and values have the given types (null: anything). */
  record ObjectOf(BuiltinType key, BuiltinType value) implements BuiltinType {
    @Override
    public boolean accepts(Value v) {
      if (!(v instanceof ObjectValue o)) {
        return false;
      }
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if ((key != null && !key.accepts(e.getKey()))
            || (value != null && !value.accepts(e.getValue()))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Parses a type node of capabilities.json. */
  static BuiltinType parse(JsonNode node) {
    String type = node.path("type").asText();
    switch (type) {
      case "any":
        List<BuiltinType> of = new ArrayList<>();
        JsonNode ofNode = node.path("of");
        if (ofNode.isArray()) {
          ofNode.forEach(n -> of.add(parse(n)));
        } else if (ofNode.isObject()) {
          of.add(parse(ofNode));
        }
        return new AnyOf(of);
      case "null":
      case "boolean":
      case "number":
      case "string":
        return new Scalar(type);
      case "array":
        List<BuiltinType> statics = new ArrayList<>();
        node.path("static").forEach(n -> statics.add(parse(n)));
        JsonNode dyn = node.get("dynamic");
        return new ArrayOf(statics, dyn == null ? null : parse(dyn));
      case "set":
        return new SetOf(node.has("of") ? parse(node.get("of")) : new AnyOf(List.of()));
      case "object":
        JsonNode d = node.get("dynamic");
        if (d == null) {
          return new ObjectOf(null, null);
        }
        return new ObjectOf(parse(d.get("key")), parse(d.get("value")));
      default:
        throw new IllegalArgumentException("unknown builtin type: " + node);
    }
  }
}
