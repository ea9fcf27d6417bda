package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** object.get, keys, remove, filter, union, union_n, subset. */
final class ObjectBuiltins {
  private ObjectBuiltins() {}

  static void register(Registrar r) {
    r.add("object.get", ObjectBuiltins::get);
    r.add("object.keys", (ctx, a) -> SetValue.of(Args.object(a, 0).keys()));
    r.add("object.remove", ObjectBuiltins::remove);
    r.add("object.filter", ObjectBuiltins::filter);
    r.add("object.union", (ctx, a) -> merge(Args.object(a, 0), Args.object(a, 1)));
    r.add("object.union_n", ObjectBuiltins::unionN);
    r.add("object.subset", ObjectBuiltins::subset);
  }

  private static Value get(BuiltinContext ctx, List<Value> a) {
    ObjectValue obj = Args.object(a, 0);
    if (!(a.get(1) instanceof ArrayValue path)) {
      Value v = obj.get(a.get(1));
      return v != null ? v : a.get(2);
    }
    return find(obj, path.elements()).orElse(a.get(2));
  }

  /** Follows {@code path} through objects, arrays (integer index) and sets (membership). */
  static Optional<Value> find(Value root, List<Value> path) {
    Value cur = root;
    for (Value step : path) {
      Value next = null;
      if (cur instanceof ObjectValue o) {
        next = o.get(step);
      } else if (cur instanceof ArrayValue arr && step instanceof NumberValue n) {
        next = n.intValueExact().filter(i -> i >= 0 && i < arr.size()).map(arr::get).orElse(null);
      } else if (cur instanceof SetValue s && s.contains(step)) {
        next = step;
      }
      if (next == null) {
        return Optional.empty();
      }
      cur = next;
    }
    return Optional.of(cur);
  }

  private static SetValue keysParam(Value v) {
    if (v instanceof ArrayValue arr) {
      return SetValue.of(arr.elements());
    } else if (v instanceof SetValue s) {
      return s;
    } else if (v instanceof ObjectValue o) {
      return SetValue.of(o.keys());
    }
    throw BuiltinException.operandType(2, v, "object", "set", "array");
  }

  private static Value remove(BuiltinContext ctx, List<Value> a) {
    ObjectValue obj = Args.object(a, 0);
    SetValue keys = keysParam(a.get(1));
    ObjectValue.Builder b = ObjectValue.builder();
    obj.entries().forEach((k, v) -> {
      if (!keys.contains(k)) {
        b.put(k, v);
      }
    });
    return b.build();
  }

  private static Value filter(BuiltinContext ctx, List<Value> a) {
    ObjectValue obj = Args.object(a, 0);
    SetValue keys = keysParam(a.get(1));
    ObjectValue.Builder b = ObjectValue.builder();
    for (Value k : keys.elements()) {
      Value v = obj.get(k);
      if (v != null) {
        b.put(k, v);
      }
    }
    return b.build();
  }

  /** Right-hand values win; nested objects on both sides merge recursively. */
  static ObjectValue merge(ObjectValue x, ObjectValue y) {
    ObjectValue.Builder b = ObjectValue.builder();
    x.entries().forEach(b::put);
    for (Map.Entry<Value, Value> e : y.entries().entrySet()) {
      Value left = x.get(e.getKey());
      if (left instanceof ObjectValue lo && e.getValue() instanceof ObjectValue ro) {
        b.put(e.getKey(), merge(lo, ro));
      } else {
        b.put(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  private static Value unionN(BuiltinContext ctx, List<Value> a) {
    ArrayValue arr = Args.array(a, 0);
    for (Value v : arr.elements()) {
      if (!(v instanceof ObjectValue)) {
        throw BuiltinException.operandElement(1, arr, v, "object");
      }
    }
    ObjectValue acc = ObjectValue.EMPTY;
    for (Value v : arr.elements()) {
      acc = merge(acc, (ObjectValue) v);
    }
    return acc;
  }

  private static Value subset(BuiltinContext ctx, List<Value> a) {
    Value sup = a.get(0);
    Value sub = a.get(1);
    if (sup instanceof ObjectValue po && sub instanceof ObjectValue bo) {
      return bool(objectSubset(po, bo));
    } else if (sup instanceof SetValue ps && sub instanceof SetValue bs) {
      return bool(bs.elements().stream().allMatch(ps::contains));
    } else if (sup instanceof ArrayValue pa && sub instanceof ArrayValue ba) {
      return bool(arraySubset(pa.elements(), ba.elements()));
    } else if (sup instanceof ArrayValue pa && sub instanceof SetValue bs) {
      return bool(arraySetSubset(pa.elements(), bs));
    }
    throw BuiltinException.typeError(
        "both arguments object.subset must be of the same type or array and set");
  }

  private static Value bool(boolean b) {
    return dev.vigil.rego.value.BooleanValue.of(b);
  }

  private static boolean objectSubset(ObjectValue sup, ObjectValue sub) {
    for (Map.Entry<Value, Value> e : sub.entries().entrySet()) {
      Value p = sup.get(e.getKey());
      Value b = e.getValue();
      if (p == null) {
        return false;
      }
      if (p.equals(b)) {
        continue;
      }
      boolean ok;
      if (p instanceof ObjectValue po && b instanceof ObjectValue bo) {
        ok = objectSubset(po, bo);
      } else if (p instanceof SetValue ps && b instanceof SetValue bs) {
        ok = bs.elements().stream().allMatch(ps::contains);
      } else if (p instanceof ArrayValue pa && b instanceof ArrayValue ba) {
        ok = arraySubset(pa.elements(), ba.elements());
      } else {
        ok = false;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // OPA's scan restarts the sub cursor without backtracking; kept for identical results.
  private static boolean arraySubset(List<Value> sup, List<Value> sub) {
    if (sub.size() > sup.size()) {
      return false;
    }
    if (sub.equals(sup)) {
      return true;
    }
    int supCursor = 0;
    int subCursor = 0;
    while (true) {
      if (subCursor == sub.size()) {
        return true;
      }
      if (supCursor + subCursor == sup.size()) {
        return false;
      }
      if (sup.get(supCursor + subCursor).equals(sub.get(subCursor))) {
        subCursor++;
      } else {
        supCursor++;
        subCursor = 0;
      }
    }
  }

  private static boolean arraySetSubset(List<Value> sup, SetValue sub) {
    int unmatched = sub.size();
    for (Value v : sup) {
      if (sub.contains(v)) {
        unmatched--;
      }
      if (unmatched == 0) {
        return true;
      }
    }
    return false;
  }
}
