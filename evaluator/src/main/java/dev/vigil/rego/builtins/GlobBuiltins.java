package dev.vigil.rego.builtins;

import com.google.re2j.Pattern;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.List;

/** glob.match and glob.quote_meta; compiled globs are cached per registry. */
final class GlobBuiltins {
  private final CompileCache<String, Pattern> cache;

  GlobBuiltins(CompileCache<String, Pattern> cache) {
    this.cache = cache;
  }

  void register(Registrar r) {
    r.add("glob.match", this::match);
    r.add("glob.quote_meta", (ctx, a) -> new StringValue(GlobCompiler.quoteMeta(Args.string(a, 0))));
  }

  private Value match(BuiltinContext ctx, List<Value> a) {
    String pattern = Args.string(a, 0);
    String delimiters = delimiters(a.get(1));
    String subject = Args.string(a, 2);
    Pattern p = cache.get(pattern + "\u0000" + delimiters, k -> GlobCompiler.compile(pattern, delimiters));
    return BooleanValue.of(p.matcher(subject).matches());
  }

  private static String delimiters(Value v) {
    if (v instanceof NullValue) {
      return "";
    }
    if (!(v instanceof ArrayValue arr)) {
      throw BuiltinException.operandType(2, v, "array", "null");
    }
    if (arr.size() == 0) {
      return ".";
    }
    StringBuilder sb = new StringBuilder();
    for (Value e : arr.elements()) {
      if (!(e instanceof StringValue s)) {
        throw BuiltinException.operandElement(2, arr, e, "string");
      }
      if (s.value().codePointCount(0, s.value().length()) != 1) {
        throw BuiltinException.operandElement(2, arr, e, "rune");
      }
      sb.append(s.value());
    }
    return sb.toString();
  }
}
