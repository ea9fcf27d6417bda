package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Operand access with OPA's type-error messages; positions are 0-based here, 1-based in text. */
final class Args {
  private Args() {}

  static String string(List<Value> args, int i) {
    if (args.get(i) instanceof StringValue s) {
      return s.value();
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "string");
  }

  static NumberValue number(List<Value> args, int i) {
    if (args.get(i) instanceof NumberValue n) {
      return n;
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "number");
  }

  static boolean bool(List<Value> args, int i) {
    if (args.get(i) instanceof BooleanValue b) {
      return b.value();
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "boolean");
  }

  static ArrayValue array(List<Value> args, int i) {
    if (args.get(i) instanceof ArrayValue a) {
      return a;
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "array");
  }

  static SetValue set(List<Value> args, int i) {
    if (args.get(i) instanceof SetValue s) {
      return s;
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "set");
  }

  static ObjectValue object(List<Value> args, int i) {
    if (args.get(i) instanceof ObjectValue o) {
      return o;
    }
    throw BuiltinException.operandType(i + 1, args.get(i), "object");
  }

  /** An integer operand; OPA: "operand 2 must be integer number but got floating-point number". */
  static int integer(List<Value> args, int i) {
    NumberValue n = number(args, i);
    if (!n.isInteger()) {
      throw BuiltinException.operand(i + 1, "must be integer number but got floating-point number");
    }
    return n.intValueExact()
        .orElseThrow(() -> BuiltinException.operand(i + 1, "must be integer number but got number out of range"));
  }

  /** Elements of an array or set operand. */
  static List<Value> collection(List<Value> args, int i) {
    Value v = args.get(i);
    if (v instanceof ArrayValue a) {
      return a.elements();
    }
    if (v instanceof SetValue s) {
      return s.elements();
    }
    throw BuiltinException.operandType(i + 1, v, "array", "set");
  }

  /** Strings of an array or set operand: "operand 2 must be array of strings ...". */
  static List<String> stringCollection(List<Value> args, int i) {
    List<Value> items = collection(args, i);
    List<String> out = new ArrayList<>(items.size());
    for (Value e : items) {
      if (!(e instanceof StringValue s)) {
        throw BuiltinException.operandElement(i + 1, args.get(i), e, "string");
      }
      out.add(s.value());
    }
    return out;
  }
}
