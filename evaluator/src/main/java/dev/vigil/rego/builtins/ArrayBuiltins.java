package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** array.concat, array.slice, array.reverse, array.flatten. */
final class ArrayBuiltins {
  private ArrayBuiltins() {}

  static void register(Registrar r) {
    r.add("array.concat", ArrayBuiltins::concat);
    r.add("array.slice", ArrayBuiltins::slice);
    r.add("array.reverse", ArrayBuiltins::reverse);
    r.add("array.flatten", ArrayBuiltins::flatten);
  }

  private static Value concat(BuiltinContext ctx, List<Value> a) {
    ArrayValue x = Args.array(a, 0);
    ArrayValue y = Args.array(a, 1);
    List<Value> out = new ArrayList<>(x.size() + y.size());
    out.addAll(x.elements());
    out.addAll(y.elements());
    return new ArrayValue(out);
  }

  private static Value slice(BuiltinContext ctx, List<Value> a) {
    ArrayValue arr = Args.array(a, 0);
    int start = Math.max(0, Args.integer(a, 1));
    int stop = Args.integer(a, 2);
    stop = Math.min(arr.size(), stop);
    if (start >= stop) {
      return ArrayValue.EMPTY;
    }
    return new ArrayValue(arr.elements().subList(start, stop));
  }

  private static Value reverse(BuiltinContext ctx, List<Value> a) {
    List<Value> out = new ArrayList<>(Args.array(a, 0).elements());
    java.util.Collections.reverse(out);
    return new ArrayValue(out);
  }

  // One level only, as OPA: [[1], [[2]]] becomes [1, [2]].
  private static Value flatten(BuiltinContext ctx, List<Value> a) {
    List<Value> out = new ArrayList<>();
    for (Value v : Args.array(a, 0).elements()) {
      if (v instanceof ArrayValue nested) {
        out.addAll(nested.elements());
      } else {
        out.add(v);
      }
    }
    return new ArrayValue(out);
  }
}
