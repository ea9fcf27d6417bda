package dev.vigil.rego.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's big.Float at its default 64-bit mantissa, for quotients OPA computes in binary: the exact
 * rational is rounded to 64 bits (half to even) and printed as the shortest decimal that reads
 * back to the same binary value (big.Float.Text('g', -1)).
 */
final class BinaryFloat {
  private static final int PRECISION = 64;

  /** m * 2^e with m having at most 64 bits. */
  private record Bin(BigInteger mantissa, int exponent) {}

  private BinaryFloat() {}

  static BigDecimal quotient(BigDecimal x, BigDecimal y) {
    BigInteger[] p = rational(x);
    BigInteger[] q = rational(y);
    BigInteger num = p[0].multiply(q[1]);
    BigInteger den = p[1].multiply(q[0]);
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    return shortest(round(num, den));
  }

  private static BigInteger[] rational(BigDecimal d) {
    if (d.scale() <= 0) {
      return new BigInteger[] {d.toBigIntegerExact(), BigInteger.ONE};
    }
    return new BigInteger[] {d.unscaledValue(), BigInteger.TEN.pow(d.scale())};
  }

  /** num/den (den &gt; 0) rounded to a 64-bit mantissa, half to even. */
  private static Bin round(BigInteger num, BigInteger den) {
    if (num.signum() == 0) {
      return new Bin(BigInteger.ZERO, 0);
    }
    boolean negative = num.signum() < 0;
    BigInteger n = num.abs();
    int shift = PRECISION - (n.bitLength() - den.bitLength()) + 1;
    BigInteger scaledNum = shift >= 0 ? n.shiftLeft(shift) : n;
    BigInteger scaledDen = shift >= 0 ? den : den.shiftLeft(-shift);
    BigInteger[] qr = scaledNum.divideAndRemainder(scaledDen);
    BigInteger q = qr[0];
    int exp = -shift;
    int extra = q.bitLength() - PRECISION;
    boolean sticky = qr[1].signum() != 0;
    if (extra > 0) {
      sticky |= q.getLowestSetBit() < extra - 1;
      boolean half = q.testBit(extra - 1);
      q = q.shiftRight(extra);
      exp += extra;
      if (half && (sticky || q.testBit(0))) {
        q = q.add(BigInteger.ONE);
        if (q.bitLength() > PRECISION) {
          q = q.shiftRight(1);
          exp++;
        }
      }
    }
    return new Bin(negative ? q.negate() : q, exp);
  }

  private static BigDecimal value(Bin b) {
    BigDecimal m = new BigDecimal(b.mantissa());
    return b.exponent() >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow(b.exponent())))
        : m.divide(new BigDecimal(BigInteger.TWO.pow(-b.exponent())));
  }

  private static BigDecimal shortest(Bin b) {
    if (b.mantissa().signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = value(b);
    Bin normal = normalise(b);
    for (int digits = 1; digits <= 40; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      BigInteger[] r = rational(candidate.stripTrailingZeros());
      if (normalise(round(r[0], r[1])).equals(normal)) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact;
  }

  private static Bin normalise(Bin b) {
    int tz = b.mantissa().signum() == 0 ? 0 : b.mantissa().getLowestSetBit();
    return new Bin(b.mantissa().shiftRight(tz), b.exponent() + tz);
  }
}
