package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** json.filter and json.remove: paths as JSON pointers or arrays of segments. */
final class JsonPathBuiltins {
  private JsonPathBuiltins() {}

  static void register(Registrar r) {
    r.add("json.filter", (ctx, a) -> filter(Args.object(a, 0), pathTree(a.get(1))));
    r.add("json.remove", (ctx, a) -> remove(Args.object(a, 0), pathTree(a.get(1))));
  }

  static List<List<Value>> paths(Value operand) {
    List<Value> items;
    if (operand instanceof ArrayValue arr) {
      items = arr.elements();
    } else if (operand instanceof SetValue s) {
      items = s.elements();
    } else {
      throw BuiltinException.operandType(2, operand, "set", "array");
    }
    List<List<Value>> out = new ArrayList<>();
    for (Value p : items) {
      out.add(parsePath(p));
    }
    return out;
  }

  /** A JSON pointer ("/a/b", with ~0 ~1 escapes) or an array of segments. */
  static List<Value> parsePath(Value p) {
    if (p instanceof StringValue s) {
      List<Value> segs = new ArrayList<>();
      if (s.value().isEmpty()) {
        return segs;
      }
      String trimmed = s.value().replaceFirst("^/+", "");
      for (String part : GoStrings.split(trimmed, "/", -1)) {
        segs.add(new StringValue(part.replace("~1", "/").replace("~0", "~")));
      }
      return segs;
    }
    if (p instanceof ArrayValue arr) {
      return arr.elements();
    }
    throw BuiltinException.operand(2, "must be one of {set, array} containing string paths or array of path segments but got " + p.typeName());
  }

  /** Paths as a tree of objects whose leaves are null. */
  private static Value pathTree(Value operand) {
    return toTree(paths(operand));
  }

  static ObjectValue toTree(List<List<Value>> paths) {
    MutableNode root = new MutableNode();
    for (List<Value> path : paths) {
      if (path.isEmpty()) {
        continue;
      }
      MutableNode node = root;
      boolean done = false;
      for (int i = 0; i < path.size() - 1 && !done; i++) {
        MutableNode child = node.children.get(path.get(i));
        if (child == null) {
          child = new MutableNode();
          node.children.put(path.get(i), child);
        } else if (child.leaf) {
          done = true;
        }
        node = child;
      }
      if (!done) {
        MutableNode leaf = new MutableNode();
        leaf.leaf = true;
        node.children.put(path.get(path.size() - 1), leaf);
      }
    }
    return (ObjectValue) root.toValue();
  }

  private static final class MutableNode {
    final java.util.TreeMap<Value, MutableNode> children = new java.util.TreeMap<>();
    boolean leaf;

    Value toValue() {
      if (leaf) {
        return NullValue.INSTANCE;
      }
      ObjectValue.Builder b = ObjectValue.builder();
      children.forEach((k, v) -> b.put(k, v.toValue()));
      return b.build();
    }
  }

  static Value filter(Value v, Value filter) {
    if (filter instanceof NullValue) {
      return v;
    }
    ObjectValue f = (ObjectValue) filter;
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        Value sub = f.get(String.valueOf(i));
        if (sub != null) {
          out.add(filter(arr.get(i), sub));
        }
      }
      return new ArrayValue(out);
    } else if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s.elements()) {
        Value sub = f.get(e);
        if (sub != null) {
          out.add(filter(e, sub));
        }
      }
      return SetValue.of(out);
    } else if (v instanceof ObjectValue o) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        Value sub = f.get(e.getKey());
        if (sub != null) {
          b.put(e.getKey(), filter(e.getValue(), sub));
        }
      }
      return b.build();
    }
    return v;
  }

  /** Returns null when {@code v} itself is removed. */
  static Value remove(Value v, Value tree) {
    if (tree == null) {
      return v;
    }
    if (tree instanceof NullValue) {
      return null;
    }
    if (!(tree instanceof ObjectValue t)) {
      return v;
    }
    if (v instanceof ObjectValue o) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        Value kept = remove(e.getValue(), t.get(e.getKey()));
        if (kept != null) {
          b.put(e.getKey(), kept);
        }
      }
      return b.build();
    } else if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s.elements()) {
        Value kept = remove(e, t.get(e));
        if (kept != null) {
          out.add(kept);
        }
      }
      return SetValue.of(out);
    } else if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        Value kept = remove(arr.get(i), t.get(String.valueOf(i)));
        if (kept != null) {
          out.add(kept);
        }
      }
      return new ArrayValue(out);
    }
    return v;
  }

}
