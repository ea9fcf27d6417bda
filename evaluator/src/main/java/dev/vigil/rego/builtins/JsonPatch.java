package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** json.patch (RFC 6902 on Rego values); any failing operation makes the call undefined. */
final class JsonPatch {
  /** A patch operation that cannot be applied. */
  private static final class PatchFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PatchFailure(String message) {
      super(message, null, false, false);
    }
  }

  private JsonPatch() {}

  static void register(Registrar r) {
    r.add("json.patch", (ctx, a) -> {
      ArrayValue ops = Args.array(a, 1);
      try {
        return apply(a.get(0), ops);
      } catch (PatchFailure | BuiltinException e) {
        return null;
      }
    });
  }

  static Value apply(Value doc, ArrayValue ops) {
    Value cur = doc;
    for (Value opValue : ops.elements()) {
      if (!(opValue instanceof ObjectValue op)) {
        throw new PatchFailure("not an object");
      }
      String kind = string(attr(op, "op"));
      List<Value> path = JsonPathBuiltins.parsePath(attr(op, "path"));
      switch (kind) {
        case "add" -> cur = add(cur, path, attr(op, "value"));
        case "remove" -> cur = remove(cur, path);
        case "replace" -> cur = path.isEmpty() ? attr(op, "value") : add(remove(cur, path), path, attr(op, "value"));
        case "move" -> {
          List<Value> from = JsonPathBuiltins.parsePath(attr(op, "from"));
          Value chunk = get(cur, from);
          cur = add(remove(cur, from), path, chunk);
        }
        case "copy" -> cur = add(cur, path, get(cur, JsonPathBuiltins.parsePath(attr(op, "from"))));
        case "test" -> {
          if (!get(cur, path).equals(attr(op, "value"))) {
            throw new PatchFailure("test failed");
          }
        }
        default -> throw new PatchFailure("unrecognized op");
      }
    }
    return cur;
  }

  private static Value attr(ObjectValue op, String name) {
    Value v = op.get(name);
    if (v == null) {
      throw new PatchFailure("missing '" + name + "' attribute");
    }
    return v;
  }

  private static String string(Value v) {
    if (!(v instanceof StringValue s)) {
      throw new PatchFailure("attribute 'op' must be a string");
    }
    return s.value();
  }

  private static Value get(Value doc, List<Value> path) {
    Value cur = doc;
    for (Value seg : path) {
      cur = child(cur, seg);
    }
    return cur;
  }

  private static Value child(Value v, Value seg) {
    Value out = null;
    if (v instanceof ObjectValue o) {
      out = o.get(seg);
    } else if (v instanceof ArrayValue arr) {
      int i = index(seg, arr.size() - 1);
      out = arr.get(i);
    } else if (v instanceof SetValue s && s.contains(seg)) {
      out = seg;
    }
    if (out == null) {
      throw new PatchFailure("path not found");
    }
    return out;
  }

  private static int index(Value seg, int max) {
    int i;
    if (seg instanceof NumberValue n && n.intValueExact().isPresent()) {
      i = n.intValueExact().get();
    } else if (seg instanceof StringValue s && s.value().matches("0|[1-9][0-9]{0,8}")) {
      i = Integer.parseInt(s.value());
    } else {
      throw new PatchFailure("bad array index");
    }
    if (i < 0 || i > max) {
      throw new PatchFailure("array index out of range");
    }
    return i;
  }

  private static Value add(Value doc, List<Value> path, Value value) {
    if (path.isEmpty()) {
      return value;
    }
    Value seg = path.get(0);
    List<Value> rest = path.subList(1, path.size());
    if (!rest.isEmpty()) {
      return replaceChild(doc, seg, add(child(doc, seg), rest, value));
    }
    if (doc instanceof ObjectValue o) {
      return o.with(seg, value);
    } else if (doc instanceof ArrayValue arr) {
      List<Value> items = new ArrayList<>(arr.elements());
      if (seg instanceof StringValue s && s.value().equals("-")) {
        items.add(value);
      } else {
        items.add(index(seg, arr.size()), value);
      }
      return new ArrayValue(items);
    } else if (doc instanceof SetValue s) {
      if (!seg.equals(value)) {
        throw new PatchFailure("set element and key differ");
      }
      List<Value> items = new ArrayList<>(s.elements());
      items.add(value);
      return SetValue.of(items);
    }
    throw new PatchFailure("cannot add to a scalar");
  }

  private static Value remove(Value doc, List<Value> path) {
    if (path.isEmpty()) {
      throw new PatchFailure("cannot remove the root");
    }
    Value seg = path.get(0);
    List<Value> rest = path.subList(1, path.size());
    if (!rest.isEmpty()) {
      return replaceChild(doc, seg, remove(child(doc, seg), rest));
    }
    child(doc, seg);
    if (doc instanceof ObjectValue o) {
      return o.without(seg);
    } else if (doc instanceof ArrayValue arr) {
      List<Value> items = new ArrayList<>(arr.elements());
      items.remove(index(seg, arr.size() - 1));
      return new ArrayValue(items);
    }
    List<Value> items = new ArrayList<>(((SetValue) doc).elements());
    items.remove(seg);
    return SetValue.of(items);
  }

  private static Value replaceChild(Value doc, Value seg, Value newChild) {
    if (doc instanceof ObjectValue o) {
      return o.with(seg, newChild);
    } else if (doc instanceof ArrayValue arr) {
      List<Value> items = new ArrayList<>(arr.elements());
      items.set(index(seg, arr.size() - 1), newChild);
      return new ArrayValue(items);
    }
    List<Value> items = new ArrayList<>(((SetValue) doc).elements());
    items.remove(seg);
    items.add(newChild);
    return SetValue.of(items);
  }
}
