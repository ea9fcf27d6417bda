package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** Arithmetic operators, rounding and numbers.range*. Exact where OPA is exact. */
final class ArithmeticBuiltins {
  private ArithmeticBuiltins() {}

  static void register(Registrar r) {
    r.add("plus", binary(BigDecimal::add));
    r.add("mul", binary(BigDecimal::multiply));
    r.add("div", binary(ArithmeticBuiltins::divide));
    r.add("rem", binary(ArithmeticBuiltins::remainder));
    r.add("minus", ArithmeticBuiltins::minus);
    r.add("abs", unary(BigDecimal::abs));
    r.add("round", unary(x -> x.setScale(0, RoundingMode.HALF_UP)));
    r.add("ceil", unary(x -> x.setScale(0, RoundingMode.CEILING)));
    r.add("floor", unary(x -> x.setScale(0, RoundingMode.FLOOR)));
    r.add("numbers.range", (ctx, a) -> range(ctx, a, false));
    r.add("numbers.range_step", (ctx, a) -> range(ctx, a, true));
  }

  private static BuiltinFunction binary(BinaryOperator<BigDecimal> op) {
    return (ctx, a) -> {
      BigDecimal x = Args.number(a, 0).bigDecimal();
      BigDecimal y = Args.number(a, 1).bigDecimal();
      return NumberValue.of(op.apply(x, y));
    };
  }

  private static BuiltinFunction unary(UnaryOperator<BigDecimal> op) {
    return (ctx, a) -> NumberValue.of(op.apply(Args.number(a, 0).bigDecimal()));
  }

  static BigDecimal divide(BigDecimal x, BigDecimal y) {
    if (y.signum() == 0) {
      throw BuiltinException.builtinError("divide by zero");
    }
    try {
      return x.divide(y);
    } catch (ArithmeticException nonTerminating) {
      return BinaryFloat.quotient(x, y);
    }
  }

  private static BigDecimal remainder(BigDecimal x, BigDecimal y) {
    NumberValue nx = NumberValue.of(x);
    NumberValue ny = NumberValue.of(y);
    if (!nx.isInteger() || !ny.isInteger()) {
      throw BuiltinException.builtinError("modulo on floating-point number");
    }
    if (y.signum() == 0) {
      throw BuiltinException.builtinError("modulo by zero");
    }
    return new BigDecimal(nx.toBigInteger().remainder(ny.toBigInteger()));
  }

  private static Value minus(BuiltinContext ctx, List<Value> a) {
    Value x = a.get(0);
    Value y = a.get(1);
    if (x instanceof NumberValue nx && y instanceof NumberValue ny) {
      return NumberValue.of(nx.bigDecimal().subtract(ny.bigDecimal()));
    }
    if (x instanceof SetValue sx && y instanceof SetValue sy) {
      return SetBuiltins.difference(sx, sy);
    }
    if (!(x instanceof NumberValue) && !(x instanceof SetValue)) {
      throw BuiltinException.operandType(1, x, "number", "set");
    }
    throw BuiltinException.operandType(2, y, x instanceof NumberValue ? "number" : "set");
  }

  private static Value range(BuiltinContext ctx, List<Value> a, boolean withStep) {
    BigInteger from = bigInteger(a, 0);
    BigInteger to = bigInteger(a, 1);
    BigInteger step = BigInteger.ONE;
    if (withStep) {
      step = bigInteger(a, 2);
      if (step.signum() <= 0) {
        throw BuiltinException.builtinError("step must be a positive integer");
      }
    }
    boolean up = from.compareTo(to) <= 0;
    BigInteger delta = up ? step : step.negate();
    List<Value> out = new ArrayList<>();
    for (BigInteger i = from; up ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0; i = i.add(delta)) {
      if ((out.size() & 0xFFF) == 0) {
        ctx.checkCancelled();
      }
      out.add(NumberValue.of(i));
    }
    return new ArrayValue(out);
  }

  private static BigInteger bigInteger(List<Value> a, int i) {
    NumberValue n = Args.number(a, i);
    if (!n.isInteger()) {
      throw BuiltinException.operand(i + 1, "must be integer number but got floating-point number");
    }
    return n.toBigInteger();
  }
}
