package dev.vigil.rego.builtins;

import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;

/** bits.* on arbitrary-precision integers. */
final class BitsBuiltins {
  private BitsBuiltins() {}

  static void register(Registrar r) {
    r.add("bits.and", binary(BigInteger::and));
    r.add("bits.or", binary(BigInteger::or));
    r.add("bits.xor", binary(BigInteger::xor));
    r.add("bits.negate", (ctx, a) -> NumberValue.of(integer(a, 0).not()));
    r.add("bits.lsh", (ctx, a) -> NumberValue.of(integer(a, 0).shiftLeft(shift(a))));
    r.add("bits.rsh", (ctx, a) -> NumberValue.of(integer(a, 0).shiftRight(shift(a))));
  }

  private static BuiltinFunction binary(BinaryOperator<BigInteger> op) {
    return (ctx, a) -> NumberValue.of(op.apply(integer(a, 0), integer(a, 1)));
  }

  static BigInteger integer(List<Value> a, int i) {
    if (!(a.get(i) instanceof NumberValue n)) {
      throw BuiltinException.operandType(i + 1, a.get(i), "integer");
    }
    if (!n.isInteger()) {
      throw BuiltinException.operand(i + 1, "must be integer number but got floating-point number");
    }
    return n.toBigInteger();
  }

  private static int shift(List<Value> a) {
    BigInteger s = integer(a, 1);
    if (s.signum() < 0) {
      throw BuiltinException.operand(2, "must be an unsigned integer number but got a negative integer");
    }
    if (s.bitLength() > 20) {
      throw BuiltinException.builtinError("shift amount too large");
    }
    return s.intValue();
  }
}
