package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** json.marshal*, json.unmarshal, json.is_valid. (filter/remove/patch: JsonPathBuiltins.) */
final class JsonBuiltins {
  private JsonBuiltins() {}

  static void register(Registrar r) {
    r.add("json.marshal", (ctx, a) -> new StringValue(Values.toJsonString(a.get(0))));
    r.add("json.marshal_with_options", JsonBuiltins::marshalWithOptions);
    r.add("json.unmarshal", JsonBuiltins::unmarshal);
    r.add("json.is_valid", JsonBuiltins::isValid);
  }

  private static Value unmarshal(BuiltinContext ctx, List<Value> a) {
    String text = Args.string(a, 0);
    try {
      return Values.parseJson(text);
    } catch (IllegalArgumentException e) {
      throw BuiltinException.builtinError(e.getMessage(), e);
    }
  }

  private static Value isValid(BuiltinContext ctx, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      Values.parseJson(s.value());
      return BooleanValue.TRUE;
    } catch (IllegalArgumentException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value marshalWithOptions(BuiltinContext ctx, List<Value> a) {
    Value v = a.get(0);
    ObjectValue opts = Args.object(a, 1);
    String indent = "\t";
    String prefix = "";
    boolean implicitPretty = false;
    Boolean explicitPretty = null;
    for (Map.Entry<Value, Value> e : opts.entries().entrySet()) {
      if (!(e.getKey() instanceof StringValue k)) {
        throw BuiltinException.operand(2, "failed to stringify key " + e.getKey().toRego());
      }
      switch (k.value()) {
        case "prefix" -> {
          prefix = optionString(k, e.getValue());
          implicitPretty = true;
        }
        case "indent" -> {
          indent = optionString(k, e.getValue());
          implicitPretty = true;
        }
        case "pretty" -> {
          if (!(e.getValue() instanceof BooleanValue b)) {
            throw BuiltinException.operand(2, "key " + k.toRego() + " failed cast to bool");
          }
          explicitPretty = b.value();
        }
        default -> throw BuiltinException.operand(2, "object contained unknown key " + k.toRego());
      }
    }
    boolean pretty = explicitPretty != null ? explicitPretty : implicitPretty;
    if (!pretty) {
      return new StringValue(Values.toJsonString(v));
    }
    StringBuilder sb = new StringBuilder(prefix);
    writeIndented(sb, v, prefix, indent, 0);
    return new StringValue(sb.toString());
  }

  private static String optionString(StringValue key, Value v) {
    if (!(v instanceof StringValue s)) {
      throw BuiltinException.operand(2, "key " + key.toRego() + " failed cast to string");
    }
    return s.value();
  }

  /** Go's json.MarshalIndent layout. */
  static void writeIndented(StringBuilder sb, Value v, String prefix, String indent, int depth) {
    if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> items = v instanceof ArrayValue arr ? arr.elements() : ((SetValue) v).elements();
      if (items.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < items.size(); i++) {
        newline(sb, prefix, indent, depth + 1);
        writeIndented(sb, items.get(i), prefix, indent, depth + 1);
        if (i < items.size() - 1) {
          sb.append(',');
        }
      }
      newline(sb, prefix, indent, depth);
      sb.append(']');
    } else if (v instanceof ObjectValue o) {
      if (o.isEmpty()) {
        sb.append("{}");
        return;
      }
      TreeMap<String, Value> sorted = new TreeMap<>();
      o.entries().forEach((k, val) -> sorted.put(Values.keyText(k), val));
      sb.append('{');
      int i = 0;
      for (Map.Entry<String, Value> e : sorted.entrySet()) {
        newline(sb, prefix, indent, depth + 1);
        sb.append(Values.quoteJson(e.getKey(), true)).append(": ");
        writeIndented(sb, e.getValue(), prefix, indent, depth + 1);
        if (++i < sorted.size()) {
          sb.append(',');
        }
      }
      newline(sb, prefix, indent, depth);
      sb.append('}');
    } else {
      sb.append(v instanceof NullValue ? "null" : Values.toJsonString(v));
    }
  }

  private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
    sb.append('\n').append(prefix).append(indent.repeat(depth));
  }
}
