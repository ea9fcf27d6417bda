package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.List;

/** Comparison operators and membership ({@code in}). */
final class ComparisonBuiltins {
  private ComparisonBuiltins() {}

  static void register(Registrar r) {
    r.add("equal", (ctx, a) -> bool(a.get(0).equals(a.get(1))));
    r.add("neq", (ctx, a) -> bool(!a.get(0).equals(a.get(1))));
    r.add("lt", (ctx, a) -> bool(a.get(0).compareTo(a.get(1)) < 0));
    r.add("lte", (ctx, a) -> bool(a.get(0).compareTo(a.get(1)) <= 0));
    r.add("gt", (ctx, a) -> bool(a.get(0).compareTo(a.get(1)) > 0));
    r.add("gte", (ctx, a) -> bool(a.get(0).compareTo(a.get(1)) >= 0));
    r.add("internal.member_2", ComparisonBuiltins::member2);
    r.add("internal.member_3", ComparisonBuiltins::member3);
  }

  private static Value bool(boolean b) {
    return BooleanValue.of(b);
  }

  private static Value member2(BuiltinContext ctx, List<Value> a) {
    Value x = a.get(0);
    Value coll = a.get(1);
    if (coll instanceof SetValue s) {
      return bool(s.contains(x));
    }
    if (coll instanceof ArrayValue arr) {
      return bool(arr.elements().contains(x));
    }
    if (coll instanceof ObjectValue o) {
      return bool(o.entries().containsValue(x));
    }
    return BooleanValue.FALSE;
  }

  private static Value member3(BuiltinContext ctx, List<Value> a) {
    Value key = a.get(0);
    Value val = a.get(1);
    Value coll = a.get(2);
    if (coll instanceof ObjectValue o) {
      return bool(val.equals(o.get(key)));
    }
    if (coll instanceof ArrayValue arr && key instanceof NumberValue n) {
      return n.intValueExact()
          .filter(i -> i >= 0 && i < arr.size())
          .map(i -> bool(arr.get(i).equals(val)))
          .orElse(BooleanValue.FALSE);
    }
    if (coll instanceof SetValue s) {
      return bool(key.equals(val) && s.contains(key));
    }
    return BooleanValue.FALSE;
  }
}
