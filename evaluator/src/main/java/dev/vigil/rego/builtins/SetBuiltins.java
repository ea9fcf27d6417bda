package dev.vigil.rego.builtins;

import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Set operators (&amp;, |, -) and intersection/union of a set of sets. */
final class SetBuiltins {
  private SetBuiltins() {}

  static void register(Registrar r) {
    r.add("and", (ctx, a) -> intersect(List.of(Args.set(a, 0), Args.set(a, 1))));
    r.add("or", (ctx, a) -> unite(List.of(Args.set(a, 0), Args.set(a, 1))));
    r.add("set_diff", (ctx, a) -> difference(Args.set(a, 0), Args.set(a, 1)));
    r.add("intersection", (ctx, a) -> intersect(setOfSets(a)));
    r.add("union", (ctx, a) -> unite(setOfSets(a)));
  }

  private static List<SetValue> setOfSets(List<Value> a) {
    SetValue outer = Args.set(a, 0);
    List<SetValue> sets = new ArrayList<>(outer.size());
    for (Value v : outer.elements()) {
      if (!(v instanceof SetValue s)) {
        throw BuiltinException.operandElement(1, outer, v, "set");
      }
      sets.add(s);
    }
    return sets;
  }

  static SetValue difference(SetValue x, SetValue y) {
    List<Value> out = new ArrayList<>();
    for (Value v : x.elements()) {
      if (!y.contains(v)) {
        out.add(v);
      }
    }
    return SetValue.of(out);
  }

  private static SetValue intersect(List<SetValue> sets) {
    if (sets.isEmpty()) {
      return SetValue.EMPTY;
    }
    List<Value> out = new ArrayList<>();
    for (Value v : sets.get(0).elements()) {
      if (sets.stream().allMatch(s -> s.contains(v))) {
        out.add(v);
      }
    }
    return SetValue.of(out);
  }

  private static SetValue unite(List<SetValue> sets) {
    Set<Value> out = new HashSet<>();
    sets.forEach(s -> out.addAll(s.elements()));
    return SetValue.of(out);
  }
}
