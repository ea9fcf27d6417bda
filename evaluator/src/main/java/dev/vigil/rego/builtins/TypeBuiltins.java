package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Type predicates, type_name, to_number and the deprecated cast_* builtins. */
final class TypeBuiltins {
  private static final Pattern GO_FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final BigDecimal MAX_FLOAT64 = new BigDecimal(Double.MAX_VALUE);

  private TypeBuiltins() {}

  static void register(Registrar r) {
    r.add("is_number", is("number"));
    r.add("is_string", is("string"));
    r.add("is_boolean", is("boolean"));
    r.add("is_array", is("array"));
    r.add("is_set", is("set"));
    r.add("is_object", is("object"));
    r.add("is_null", is("null"));
    r.add("type_name", (ctx, a) -> new StringValue(a.get(0).typeName()));
    r.add("to_number", TypeBuiltins::toNumber);
    r.add("cast_array", TypeBuiltins::castArray);
    r.add("cast_set", TypeBuiltins::castSet);
    r.add("cast_string", cast("string"));
    r.add("cast_boolean", cast("boolean"));
    r.add("cast_null", cast("null"));
    r.add("cast_object", cast("object"));
  }

  private static BuiltinFunction is(String type) {
    return (ctx, a) -> BooleanValue.of(a.get(0).typeName().equals(type));
  }

  private static BuiltinFunction cast(String type) {
    return (ctx, a) -> {
      if (!a.get(0).typeName().equals(type)) {
        throw BuiltinException.operandType(1, a.get(0), type);
      }
      return a.get(0);
    };
  }

  private static Value castArray(BuiltinContext ctx, List<Value> a) {
    return new ArrayValue(Args.collection(a, 0));
  }

  private static Value castSet(BuiltinContext ctx, List<Value> a) {
    return SetValue.of(Args.collection(a, 0));
  }

  private static Value toNumber(BuiltinContext ctx, List<Value> a) {
    Value v = a.get(0);
    if (v instanceof NullValue) {
      return NumberValue.ZERO;
    } else if (v instanceof BooleanValue b) {
      return b.value() ? NumberValue.ONE : NumberValue.ZERO;
    } else if (v instanceof NumberValue) {
      return v;
    } else if (v instanceof StringValue s) {
      return parseNumber(s);
    }
    throw BuiltinException.operandType(1, v, "null", "boolean", "number", "string");
  }

  private static Value parseNumber(StringValue s) {
    String text = s.value();
    String bare = text.replaceFirst("^[+-]+", "").toLowerCase(Locale.ROOT);
    if (bare.equals("inf") || bare.equals("infinity") || bare.equals("nan")) {
      throw BuiltinException.operandType(1, s, "valid number string");
    }
    if (!GO_FLOAT.matcher(text).matches()) {
      throw BuiltinException.builtinError(
          "strconv.ParseFloat: parsing " + dev.vigil.rego.value.GoQuote.quote(text) + ": invalid syntax");
    }
    BigDecimal d = new BigDecimal(text);
    if (d.abs().compareTo(MAX_FLOAT64) > 0) {
      throw BuiltinException.builtinError(
          "strconv.ParseFloat: parsing " + dev.vigil.rego.value.GoQuote.quote(text) + ": value out of range");
    }
    return NumberValue.of(d);
  }
}
