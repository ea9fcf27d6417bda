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
import java.util.Collections;
import java.util.List;
import java.util.function.BinaryOperator;

/** count, sum, product, max, min, sort, any, all. */
final class AggregateBuiltins {
  private AggregateBuiltins() {}

  static void register(Registrar r) {
    r.add("count", AggregateBuiltins::count);
    r.add("sum", (ctx, a) -> fold(a, BigDecimal.ZERO, BigDecimal::add));
    r.add("product", (ctx, a) -> fold(a, BigDecimal.ONE, BigDecimal::multiply));
    r.add("max", (ctx, a) -> extreme(a, true));
    r.add("min", (ctx, a) -> extreme(a, false));
    r.add("sort", AggregateBuiltins::sort);
    r.add("any", (ctx, a) -> BooleanValue.of(truthy(a).contains(BooleanValue.TRUE)));
    r.add("all", (ctx, a) -> BooleanValue.of(truthy(a).stream().allMatch(BooleanValue.TRUE::equals)));
  }

  private static Value count(BuiltinContext ctx, List<Value> a) {
    Value v = a.get(0);
    if (v instanceof ArrayValue arr) {
      return NumberValue.of(arr.size());
    } else if (v instanceof ObjectValue o) {
      return NumberValue.of(o.size());
    } else if (v instanceof SetValue s) {
      return NumberValue.of(s.size());
    } else if (v instanceof StringValue s) {
      return NumberValue.of(s.value().codePointCount(0, s.value().length()));
    }
    throw BuiltinException.operandType(1, v, "array", "object", "set", "string");
  }

  private static List<Value> setOrArray(List<Value> a) {
    Value v = a.get(0);
    if (v instanceof ArrayValue arr) {
      return arr.elements();
    } else if (v instanceof SetValue s) {
      return s.elements();
    }
    throw BuiltinException.operandType(1, v, "set", "array");
  }

  private static Value fold(List<Value> a, BigDecimal init, BinaryOperator<BigDecimal> op) {
    BigDecimal acc = init;
    for (Value e : setOrArray(a)) {
      if (!(e instanceof NumberValue n)) {
        throw BuiltinException.operandElement(1, a.get(0), e, "number");
      }
      acc = op.apply(acc, n.bigDecimal());
    }
    return NumberValue.of(acc);
  }

  private static Value extreme(List<Value> a, boolean max) {
    List<Value> items = setOrArray(a);
    if (items.isEmpty()) {
      return null;
    }
    return max ? Collections.max(items) : Collections.min(items);
  }

  private static Value sort(BuiltinContext ctx, List<Value> a) {
    List<Value> items = new ArrayList<>(setOrArray(a));
    Collections.sort(items);
    return new ArrayValue(items);
  }

  private static List<Value> truthy(List<Value> a) {
    Value v = a.get(0);
    if (v instanceof ArrayValue arr) {
      return arr.elements();
    } else if (v instanceof SetValue s) {
      return s.elements();
    }
    throw BuiltinException.operandType(1, v, "array", "set");
  }
}
