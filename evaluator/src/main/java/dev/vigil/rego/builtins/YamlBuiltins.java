package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/** yaml.marshal, yaml.unmarshal, yaml.is_valid (YAML 1.1 as go-yaml v2, via SnakeYAML). */
final class YamlBuiltins {
  private YamlBuiltins() {}

  static void register(Registrar r) {
    r.add("yaml.marshal", (ctx, a) -> new StringValue(marshal(a.get(0))));
    r.add("yaml.unmarshal", (ctx, a) -> unmarshal(Args.string(a, 0)));
    r.add("yaml.is_valid", YamlBuiltins::isValid);
  }

  private static Yaml loader() {
    LoaderOptions opts = new LoaderOptions();
    opts.setMaxAliasesForCollections(100);
    opts.setAllowDuplicateKeys(true);
    return new Yaml(new SafeConstructor(opts));
  }

  static String marshal(Value v) {
    DumperOptions d = new DumperOptions();
    d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    d.setIndent(2);
    d.setIndicatorIndent(0);
    d.setSplitLines(false);
    return new Yaml(new Representer(d), d).dump(toJava(v));
  }

  private static Object toJava(Value v) {
    if (v instanceof NullValue) {
      return null;
    } else if (v instanceof BooleanValue b) {
      return b.value();
    } else if (v instanceof NumberValue n) {
      return n.isInteger() ? (Object) n.toBigInteger() : n.bigDecimal();
    } else if (v instanceof StringValue s) {
      return s.value();
    } else if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> items = v instanceof ArrayValue a ? a.elements() : ((SetValue) v).elements();
      List<Object> out = new ArrayList<>(items.size());
      items.forEach(e -> out.add(toJava(e)));
      return out;
    }
    Map<String, Object> out = new java.util.TreeMap<>();
    ((ObjectValue) v).entries().forEach((k, val) -> out.put(Values.keyText(k), toJava(val)));
    return out;
  }

  static Value unmarshal(String text) {
    try {
      return fromJava(loader().load(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      problem = problem.replaceFirst("^expected (.*), but got .*$", "did not find expected $1");
      throw BuiltinException.builtinError("yaml: line " + line + ": " + problem, e);
    } catch (YAMLException e) {
      throw BuiltinException.builtinError("yaml: " + e.getMessage(), e);
    }
  }

  private static Value isValid(BuiltinContext ctx, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      unmarshal(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value fromJava(Object o) {
    if (o == null) {
      return NullValue.INSTANCE;
    } else if (o instanceof Boolean b) {
      return BooleanValue.of(b);
    } else if (o instanceof Integer || o instanceof Long) {
      return NumberValue.of(((Number) o).longValue());
    } else if (o instanceof BigInteger bi) {
      return NumberValue.of(bi);
    } else if (o instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw BuiltinException.builtinError("yaml: unsupported value: " + d);
      }
      return NumberValue.of(new BigDecimal(Double.toString(d)));
    } else if (o instanceof String s) {
      return new StringValue(s);
    } else if (o instanceof byte[] bytes) {
      return new StringValue(Base64.getEncoder().encodeToString(bytes));
    } else if (o instanceof Date date) {
      return new StringValue(date.toInstant().toString());
    } else if (o instanceof List<?> list) {
      List<Value> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(fromJava(e)));
      return new ArrayValue(out);
    } else if (o instanceof Map<?, ?> map) {
      Map<Value, Value> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(new StringValue(keyString(k)), fromJava(v)));
      return ObjectValue.of(out);
    } else if (o instanceof java.util.Set<?> set) {
      Map<Value, Value> out = new LinkedHashMap<>();
      set.forEach(k -> out.put(new StringValue(keyString(k)), NullValue.INSTANCE));
      return ObjectValue.of(out);
    }
    throw BuiltinException.builtinError("yaml: unsupported value of type " + o.getClass().getSimpleName());
  }

  private static String keyString(Object k) {
    if (k == null) {
      return "null";
    }
    if (k instanceof Map || k instanceof List) {
      return Values.toJsonStringPlain(fromJava(k));
    }
    return k instanceof Double d ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString() : k.toString();
  }
}
