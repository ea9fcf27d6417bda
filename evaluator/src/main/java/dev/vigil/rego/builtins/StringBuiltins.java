package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** String builtins. */
final class StringBuiltins {
  private StringBuiltins() {}

  static void register(Registrar r) {
    r.add("concat", StringBuiltins::concat);
    r.add("contains", pred((s, t) -> s.contains(t)));
    r.add("startswith", pred((s, t) -> s.startsWith(t)));
    r.add("endswith", pred((s, t) -> s.endsWith(t)));
    r.add("strings.count", (ctx, a) -> NumberValue.of(GoStrings.count(Args.string(a, 0), Args.string(a, 1))));
    r.add("lower", unary(s -> GoStrings.mapCase(s, false)));
    r.add("upper", unary(s -> GoStrings.mapCase(s, true)));
    r.add("strings.reverse", unary(GoStrings::reverse));
    r.add("trim_space", unary(GoStrings::trimSpace));
    r.add("trim", binary((s, c) -> GoStrings.trimRight(GoStrings.trimLeft(s, c), c)));
    r.add("trim_left", binary(GoStrings::trimLeft));
    r.add("trim_right", binary(GoStrings::trimRight));
    r.add("trim_prefix", binary((s, p) -> s.startsWith(p) ? s.substring(p.length()) : s));
    r.add("trim_suffix", binary((s, p) -> s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s));
    r.add("split", (ctx, a) -> strings(GoStrings.split(Args.string(a, 0), Args.string(a, 1), -1)));
    r.add("strings.split_n", (ctx, a) ->
        strings(GoStrings.split(Args.string(a, 0), Args.string(a, 1), Args.integer(a, 2))));
    r.add("replace", (ctx, a) -> new StringValue(GoStrings.replace(
        Args.string(a, 0), List.<String[]>of(new String[] {Args.string(a, 1), Args.string(a, 2)}))));
    r.add("strings.replace_n", StringBuiltins::replaceN);
    r.add("indexof", (ctx, a) -> indexOf(a, false));
    r.add("indexof_n", (ctx, a) -> indexOf(a, true));
    r.add("substring", StringBuiltins::substring);
    r.add("format_int", StringBuiltins::formatInt);
    r.add("sprintf", StringBuiltins::sprintf);
    r.add("strings.any_prefix_match", (ctx, a) -> anyMatch(a, false));
    r.add("strings.any_suffix_match", (ctx, a) -> anyMatch(a, true));
  }

  private static BuiltinFunction pred(java.util.function.BiPredicate<String, String> p) {
    return (ctx, a) -> BooleanValue.of(p.test(Args.string(a, 0), Args.string(a, 1)));
  }

  private static BuiltinFunction unary(UnaryOperator<String> f) {
    return (ctx, a) -> new StringValue(f.apply(Args.string(a, 0)));
  }

  private static BuiltinFunction binary(BinaryOperator<String> f) {
    return (ctx, a) -> new StringValue(f.apply(Args.string(a, 0), Args.string(a, 1)));
  }

  static ArrayValue strings(List<String> items) {
    List<Value> out = new ArrayList<>(items.size());
    items.forEach(s -> out.add(new StringValue(s)));
    return new ArrayValue(out);
  }

  private static Value concat(BuiltinContext ctx, List<Value> a) {
    String sep = Args.string(a, 0);
    Value coll = a.get(1);
    if (!(coll instanceof ArrayValue) && !(coll instanceof SetValue)) {
      throw BuiltinException.operandType(2, coll, "set", "array");
    }
    return new StringValue(String.join(sep, Args.stringCollection(a, 1)));
  }

  private static Value replaceN(BuiltinContext ctx, List<Value> a) {
    ObjectValue patterns = Args.object(a, 0);
    String s = Args.string(a, 1);
    List<String[]> pairs = new ArrayList<>();
    for (Map.Entry<Value, Value> e : patterns.entries().entrySet()) {
      if (!(e.getKey() instanceof StringValue k)) {
        throw BuiltinException.operand(1, "non-string key found in pattern object");
      }
      if (!(e.getValue() instanceof StringValue v)) {
        throw BuiltinException.operand(1, "non-string value found in pattern object");
      }
      pairs.add(new String[] {k.value(), v.value()});
    }
    return new StringValue(GoStrings.replace(s, pairs));
  }

  private static Value indexOf(List<Value> a, boolean all) {
    String base = Args.string(a, 0);
    String search = Args.string(a, 1);
    if (search.isEmpty()) {
      throw BuiltinException.builtinError("empty search character");
    }
    List<Value> hits = new ArrayList<>();
    for (int i = base.indexOf(search); i >= 0; i = base.indexOf(search, i + 1)) {
      NumberValue runeIndex = NumberValue.of(base.codePointCount(0, i));
      if (!all) {
        return runeIndex;
      }
      hits.add(runeIndex);
    }
    return all ? new ArrayValue(hits) : NumberValue.of(-1);
  }

  private static Value substring(BuiltinContext ctx, List<Value> a) {
    String base = Args.string(a, 0);
    int start = Args.integer(a, 1);
    int length = Args.integer(a, 2);
    if (start < 0) {
      throw BuiltinException.builtinError("negative offset");
    }
    int runes = base.codePointCount(0, base.length());
    if (start >= runes) {
      return new StringValue("");
    }
    int from = base.offsetByCodePoints(0, start);
    if (length < 0 || (long) start + length >= runes) {
      return new StringValue(base.substring(from));
    }
    return new StringValue(base.substring(from, base.offsetByCodePoints(from, length)));
  }

  private static Value formatInt(BuiltinContext ctx, List<Value> a) {
    NumberValue input = Args.number(a, 0);
    NumberValue base = Args.number(a, 1);
    int radix = base.intValueExact().orElse(0);
    if (radix != 2 && radix != 8 && radix != 10 && radix != 16) {
      throw BuiltinException.operandEnum(2, "2", "8", "10", "16");
    }
    BigInteger i = input.toBigInteger();
    return new StringValue(i.toString(radix));
  }

  private static Value sprintf(BuiltinContext ctx, List<Value> a) {
    String format = Args.string(a, 0);
    if (!(a.get(1) instanceof ArrayValue arr)) {
      throw BuiltinException.operandType(2, a.get(1), "array");
    }
    List<GoFormat.Arg> args = new ArrayList<>(arr.size());
    for (Value v : arr.elements()) {
      if (v instanceof NumberValue n) {
        boolean exponentForm = n.bigDecimal().stripTrailingZeros().scale() < -18;
        if (n.isInteger() && !exponentForm) {
          BigInteger bi = n.toBigInteger();
          args.add(new GoFormat.IntArg(bi, bi.bitLength() > 63));
        } else {
          double d = n.doubleValue();
          args.add(Double.isInfinite(d) ? new GoFormat.StrArg(n.toString()) : new GoFormat.FloatArg(d));
        }
      } else if (v instanceof StringValue s) {
        args.add(new GoFormat.StrArg(s.value()));
      } else {
        args.add(new GoFormat.StrArg(v.toRego()));
      }
    }
    return new StringValue(GoFormat.sprintf(format, args));
  }

  private static List<String> stringOrCollection(List<Value> a, int i) {
    Value v = a.get(i);
    if (v instanceof StringValue s) {
      return List.of(s.value());
    }
    if (v instanceof ArrayValue || v instanceof SetValue) {
      return Args.stringCollection(a, i);
    }
    throw BuiltinException.operandType(i + 1, v, "string", "set", "array");
  }

  private static Value anyMatch(List<Value> a, boolean suffix) {
    List<String> strs = stringOrCollection(a, 0);
    List<String> affixes = stringOrCollection(a, 1);
    for (String s : strs) {
      for (String p : affixes) {
        if (suffix ? s.endsWith(p) : s.startsWith(p)) {
          return BooleanValue.TRUE;
        }
      }
    }
    return BooleanValue.FALSE;
  }
}
