package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Go's text/template that policies use: {{.a.b}}, {{$v}}, {{if}}/{{else}}/{{end}},
 * {{range $i, $v := .x}} / {{range .x}}, and {{- -}} trimming. Missing keys print "<undefined>".
 */
final class GoTemplate {
  private sealed interface Node permits Text, Print, If, Range {}

  private record Text(String text) implements Node {}

  private record Print(String expr) implements Node {}

  private record If(String cond, List<Node> then, List<Node> otherwise) implements Node {}

  private record Range(String keyVar, String valueVar, String expr, List<Node> body) implements Node {}

  private final List<String> tokens = new ArrayList<>();
  private int pos;

  private GoTemplate(String src) {
    int i = 0;
    while (i < src.length()) {
      int open = src.indexOf("{{", i);
      if (open < 0) {
        tokens.add("T" + src.substring(i));
        break;
      }
      int close = src.indexOf("}}", open);
      if (close < 0) {
        throw BuiltinException.builtinError("template: unclosed action");
      }
      String text = src.substring(i, open);
      String action = src.substring(open + 2, close);
      if (action.startsWith("-")) {
        text = text.stripTrailing();
        action = action.substring(1);
      }
      i = close + 2;
      if (action.endsWith("-")) {
        action = action.substring(0, action.length() - 1);
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
      }
      tokens.add("T" + text);
      tokens.add("A" + action.trim());
    }
  }

  static String render(String template, ObjectValue vars) {
    GoTemplate t = new GoTemplate(template);
    List<Node> nodes = t.parse(false);
    StringBuilder out = new StringBuilder();
    exec(nodes, vars, new HashMap<>(), out);
    return out.toString();
  }

  private List<Node> parse(boolean nested) {
    List<Node> out = new ArrayList<>();
    while (pos < tokens.size()) {
      String tok = tokens.get(pos);
      if (tok.startsWith("T")) {
        pos++;
        if (tok.length() > 1) out.add(new Text(tok.substring(1)));
        continue;
      }
      String action = tok.substring(1);
      if (action.equals("end") || action.equals("else")) {
        if (!nested) throw BuiltinException.builtinError("template: unexpected {{" + action + "}}");
        return out;
      }
      pos++;
      if (action.startsWith("if ")) {
        List<Node> then = parse(true);
        List<Node> otherwise = List.of();
        if (pos < tokens.size() && tokens.get(pos).equals("Aelse")) {
          pos++;
          otherwise = parse(true);
        }
        expectEnd();
        out.add(new If(action.substring(3).trim(), then, otherwise));
      } else if (action.startsWith("range ")) {
        String spec = action.substring(6).trim();
        String keyVar = null;
        String valueVar = null;
        int assign = spec.indexOf(":=");
        if (assign >= 0) {
          String[] vars = spec.substring(0, assign).split(",");
          if (vars.length == 2) {
            keyVar = vars[0].trim();
            valueVar = vars[1].trim();
          } else {
            valueVar = vars[0].trim();
          }
          spec = spec.substring(assign + 2).trim();
        }
        List<Node> body = parse(true);
        expectEnd();
        out.add(new Range(keyVar, valueVar, spec, body));
      } else if (!action.startsWith("/*")) {
        out.add(new Print(action));
      }
    }
    if (nested) throw BuiltinException.builtinError("template: unexpected EOF");
    return out;
  }

  private void expectEnd() {
    if (pos >= tokens.size() || !tokens.get(pos).equals("Aend")) {
      throw BuiltinException.builtinError("template: missing {{end}}");
    }
    pos++;
  }

  private static void exec(List<Node> nodes, Value dot, Map<String, Value> vars, StringBuilder out) {
    for (Node n : nodes) {
      if (n instanceof Text t) {
        out.append(t.text());
      } else if (n instanceof Print p) {
        out.append(print(eval(p.expr(), dot, vars)));
      } else if (n instanceof If i) {
        exec(truthy(eval(i.cond(), dot, vars)) ? i.then() : i.otherwise(), dot, vars, out);
      } else if (n instanceof Range r) {
        Value coll = eval(r.expr(), dot, vars);
        List<Value[]> items = new ArrayList<>();
        if (coll instanceof ArrayValue arr) {
          for (int k = 0; k < arr.size(); k++) items.add(new Value[] {NumberValue.of(k), arr.get(k)});
        } else if (coll instanceof SetValue s) {
          for (int k = 0; k < s.size(); k++) items.add(new Value[] {NumberValue.of(k), s.elements().get(k)});
        } else if (coll instanceof ObjectValue o) {
          o.entries().forEach((k, v) -> items.add(new Value[] {k, v}));
        }
        for (Value[] item : items) {
          Map<String, Value> scope = new HashMap<>(vars);
          if (r.keyVar() != null) scope.put(r.keyVar(), item[0]);
          if (r.valueVar() != null) scope.put(r.valueVar(), item[1]);
          exec(r.body(), item[1], scope, out);
        }
      }
    }
  }

  private static Value eval(String expr, Value dot, Map<String, Value> vars) {
    Value cur;
    String path;
    if (expr.startsWith("$")) {
      int dotIdx = expr.indexOf('.');
      String name = dotIdx < 0 ? expr : expr.substring(0, dotIdx);
      cur = vars.get(name);
      path = dotIdx < 0 ? "" : expr.substring(dotIdx);
    } else if (expr.startsWith(".")) {
      cur = dot;
      path = expr.equals(".") ? "" : expr;
    } else if (expr.matches("-?[0-9.]+")) {
      return NumberValue.parse(expr);
    } else if (expr.startsWith("\"") && expr.endsWith("\"") && expr.length() >= 2) {
      return new StringValue(expr.substring(1, expr.length() - 1));
    } else {
      throw BuiltinException.builtinError("template: unsupported expression " + expr);
    }
    for (String field : path.split("\\.")) {
      if (field.isEmpty()) continue;
      cur = cur instanceof ObjectValue o ? o.get(field) : null;
    }
    return cur;
  }

  private static boolean truthy(Value v) {
    if (v == null || v instanceof NullValue) return false;
    if (v instanceof BooleanValue b) return b.value();
    if (v instanceof NumberValue n) return n.bigDecimal().signum() != 0;
    if (v instanceof StringValue s) return !s.value().isEmpty();
    if (v instanceof ArrayValue a) return a.size() > 0;
    if (v instanceof SetValue s) return !s.isEmpty();
    return !((ObjectValue) v).isEmpty();
  }

  private static String print(Value v) {
    if (v == null) return "<undefined>";
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NullValue) return "<nil>";
    return v instanceof NumberValue || v instanceof BooleanValue ? v.toString() : v.toRego();
  }
}
