package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.List;

/** internal.template_string ($"..." strings) and strings.render_template (Go text/template). */
final class TemplateBuiltins {
  private TemplateBuiltins() {}

  static void register(Registrar r) {
    r.add("internal.template_string", TemplateBuiltins::templateString);
    r.add("strings.render_template", (ctx, a) ->
        new StringValue(GoTemplate.render(Args.string(a, 0), Args.object(a, 1))));
  }

  /** Parts are literal strings/scalars or the set of values of one template expression. */
  private static Value templateString(BuiltinContext ctx, List<Value> a) {
    ArrayValue parts = Args.array(a, 0);
    StringBuilder sb = new StringBuilder();
    for (Value part : parts.elements()) {
      if (part instanceof StringValue s) {
        sb.append(s.value());
      } else if (part instanceof NumberValue || part instanceof BooleanValue || part instanceof NullValue) {
        sb.append(part.toRego());
      } else if (part instanceof SetValue set) {
        if (set.isEmpty()) {
          sb.append("<undefined>");
        } else if (set.size() > 1) {
          throw BuiltinException.unprefixed("eval_conflict_error", "template-strings must not produce multiple outputs");
        } else {
          Value v = set.elements().get(0);
          sb.append(v instanceof StringValue s ? s.value() : v.toRego());
        }
      } else {
        throw BuiltinException.builtinError("illegal argument type: " + part.typeName());
      }
    }
    return new StringValue(sb.toString());
  }
}
