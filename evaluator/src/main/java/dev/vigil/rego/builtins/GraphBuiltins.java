package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** graph.reachable, graph.reachable_paths and walk. */
final class GraphBuiltins {
  private GraphBuiltins() {}

  static void register(Registrar r) {
    r.add("graph.reachable", GraphBuiltins::reachable);
    r.add("graph.reachable_paths", GraphBuiltins::reachablePaths);
    r.add("walk", (ctx, a) -> walk(ctx, a.get(0)));
  }

  private static List<Value> vertices(Value v) {
    if (v instanceof ArrayValue arr) {
      return arr.elements();
    }
    if (v instanceof SetValue s) {
      return s.elements();
    }
    return List.of();
  }

  private static List<Value> initial(List<Value> a) {
    Value init = a.get(1);
    if (!(init instanceof ArrayValue) && !(init instanceof SetValue)) {
      throw BuiltinException.operandType(2, init, "{array, set}");
    }
    return vertices(init);
  }

  private static Value reachable(BuiltinContext ctx, List<Value> a) {
    ObjectValue graph = Args.object(a, 0);
    Deque<Value> queue = new ArrayDeque<>(initial(a));
    Set<Value> reached = new HashSet<>();
    while (!queue.isEmpty()) {
      Value node = queue.removeFirst();
      Value edges = graph.get(node);
      if (edges == null || reached.contains(node)) {
        continue;
      }
      reached.add(node);
      for (Value n : vertices(edges)) {
        if (!reached.contains(n)) {
          queue.addLast(n);
        }
      }
    }
    return SetValue.of(reached);
  }

  private static Value reachablePaths(BuiltinContext ctx, List<Value> a) {
    ObjectValue graph = Args.object(a, 0);
    Set<Value> result = new HashSet<>();
    for (Value node : initial(a)) {
      Value edges = graph.get(node);
      if (edges == null) {
        continue;
      }
      List<Value> neighbours = vertices(edges);
      if (neighbours.isEmpty()) {
        result.add(ArrayValue.of(node));
      }
      for (Value n : neighbours) {
        paths(ctx, graph, n, new ArrayList<>(List.of(node)), result, new HashSet<>(Set.of(node)));
      }
    }
    return SetValue.of(result);
  }

  // OPA's traversal shares one reached set across a whole tree, so a node already visited on a
  // sibling branch ends the path; kept for identical results.
  private static void paths(BuiltinContext ctx, ObjectValue graph, Value root, List<Value> path,
      Set<Value> out, Set<Value> reached) {
    ctx.checkCancelled();
    Value edges = graph.get(root);
    if (edges == null) {
      out.add(new ArrayValue(path));
      return;
    }
    path.add(root);
    List<Value> neighbours = vertices(edges);
    if (neighbours.isEmpty()) {
      out.add(new ArrayValue(path));
      return;
    }
    reached.add(root);
    for (Value n : neighbours) {
      if (reached.contains(n)) {
        out.add(new ArrayValue(path));
      } else {
        paths(ctx, graph, n, new ArrayList<>(path), out, reached);
      }
    }
  }

  /** All [path, value] pairs of {@code root} in pre-order; walk is a relation, see BuiltinFunction. */
  static ArrayValue walk(BuiltinContext ctx, Value root) {
    List<Value> out = new ArrayList<>();
    walk(ctx, new ArrayList<>(), root, out);
    return new ArrayValue(out);
  }

  private static void walk(BuiltinContext ctx, List<Value> path, Value v, List<Value> out) {
    if ((out.size() & 0x3FF) == 0) {
      ctx.checkCancelled();
    }
    out.add(ArrayValue.of(new ArrayValue(path), v));
    if (v instanceof ObjectValue o) {
      o.entries().forEach((k, child) -> walk(ctx, append(path, k), child, out));
    } else if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) {
        walk(ctx, append(path, dev.vigil.rego.value.NumberValue.of(i)), arr.get(i), out);
      }
    } else if (v instanceof SetValue s) {
      s.elements().forEach(e -> walk(ctx, append(path, e), e, out));
    }
  }

  private static List<Value> append(List<Value> path, Value step) {
    List<Value> p = new ArrayList<>(path.size() + 1);
    p.addAll(path);
    p.add(step);
    return p;
  }
}
