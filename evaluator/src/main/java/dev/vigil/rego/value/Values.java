package dev.vigil.rego.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between values and JSON. */
public final class Values {
  private Values() {}

  public static Value fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NullValue.INSTANCE;
    }
    if (node.isBoolean()) {
      return BooleanValue.of(node.booleanValue());
    }
    if (node.isNumber()) {
      if (node.isIntegralNumber()) {
        return NumberValue.of(node.bigIntegerValue());
      }
      return node.isBigDecimal()
          ? NumberValue.of(node.decimalValue())
          : NumberValue.parse(node.asText());
    }
    if (node.isTextual()) {
      return new StringValue(node.textValue());
    }
    if (node.isArray()) {
      List<Value> out = new ArrayList<>(node.size());
      for (JsonNode e : node) {
        out.add(fromJson(e));
      }
      return new ArrayValue(out);
    }
    if (node.isObject()) {
      TreeMap<Value, Value> m = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        m.put(new StringValue(e.getKey()), fromJson(e.getValue()));
      }
      return ObjectValue.of(m);
    }
    throw new IllegalArgumentException("unsupported JSON node: " + node.getNodeType());
  }

  /** Sets become sorted arrays; non-string object keys become their JSON text, as in OPA. */
  public static JsonNode toJson(Value v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return toJson(v, f);
  }

  private static JsonNode toJson(Value v, JsonNodeFactory f) {
    if (v instanceof NullValue) {
      return f.nullNode();
    } else if (v instanceof BooleanValue b) {
      return f.booleanNode(b.value());
    } else if (v instanceof NumberValue n) {
      if (n.isInteger()) {
        return n.longValueExact()
            .<JsonNode>map(f::numberNode)
            .orElseGet(() -> f.numberNode(n.toBigInteger()));
      }
      return f.numberNode(n.bigDecimal());
    } else if (v instanceof StringValue s) {
      return f.textNode(s.value());
    } else if (v instanceof ArrayValue a) {
      return toJsonArray(a.elements(), f);
    } else if (v instanceof SetValue s) {
      return toJsonArray(s.elements(), f);
    }
    ObjectNode o = f.objectNode();
    for (Map.Entry<Value, Value> e : ((ObjectValue) v).entries().entrySet()) {
      o.set(keyText(e.getKey()), toJson(e.getValue(), f));
    }
    return o;
  }

  private static ArrayNode toJsonArray(List<Value> elements, JsonNodeFactory f) {
    ArrayNode arr = f.arrayNode(elements.size());
    for (Value e : elements) {
      arr.add(toJson(e, f));
    }
    return arr;
  }

  /** The string an object key takes in JSON: itself when a string, else its JSON text. */
  public static String keyText(Value key) {
    return key instanceof StringValue s ? s.value() : JsonText.write(key, false);
  }

  /** Parses one JSON document; throws {@link IllegalArgumentException} when malformed. */
  public static Value parseJson(String json) {
    return JsonText.parse(json);
  }

  /** Compact JSON as Go's encoding/json writes it (HTML characters escaped as in OPA). */
  public static String toJsonString(Value v) {
    return JsonText.write(v, true);
  }

  /** Compact JSON without HTML escaping. */
  public static String toJsonStringPlain(Value v) {
    return JsonText.write(v, false);
  }

  /** A JSON string literal for {@code s}, escaping HTML characters as Go does when asked. */
  public static String quoteJson(String s, boolean escapeHtml) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    JsonText.writeString(sb, s, escapeHtml);
    return sb.toString();
  }

  public static NumberValue number(long n) {
    return NumberValue.of(n);
  }

  public static NumberValue number(BigDecimal n) {
    return NumberValue.of(n);
  }

  public static StringValue string(String s) {
    return new StringValue(s);
  }
}
