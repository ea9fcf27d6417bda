package dev.vigil.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A Rego number with arbitrary precision. Equality is numeric: {@code 1}, {@code 1.0} and
 * {@code 1e0} are equal and hash alike.
 */
public final class NumberValue implements Value {
  public static final NumberValue ZERO = new NumberValue(BigDecimal.ZERO);
  public static final NumberValue ONE = new NumberValue(BigDecimal.ONE);

  private final BigDecimal value;

  private NumberValue(BigDecimal value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static NumberValue of(long n) {
    return new NumberValue(BigDecimal.valueOf(n));
  }

  public static NumberValue of(BigDecimal n) {
    return new NumberValue(n);
  }

  public static NumberValue of(BigInteger n) {
    return new NumberValue(new BigDecimal(n));
  }

  /** Parses a JSON/Rego number literal; throws {@link NumberFormatException} when malformed. */
  public static NumberValue parse(String text) {
    return new NumberValue(new BigDecimal(text.trim()));
  }

  public BigDecimal bigDecimal() {
    return value;
  }

  public boolean isInteger() {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** The integer part (truncated toward zero). */
  public BigInteger toBigInteger() {
    return value.toBigInteger();
  }

  /** The value as an int when it is an integer that fits, else empty. */
  public Optional<Integer> intValueExact() {
    if (!isInteger()) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The value as a long when it is an integer that fits, else empty. */
  public Optional<Long> longValueExact() {
    if (!isInteger()) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  public double doubleValue() {
    return value.doubleValue();
  }

  @Override
  public String typeName() {
    return "number";
  }

  @Override
  public int typeRank() {
    return 2;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberValue n && value.compareTo(n.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  /** JSON text: integers without fraction or exponent, other numbers in shortest plain form. */
  @Override
  public String toString() {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = stripped.scale();
    if (scale <= 0 && scale >= -20) {
      return stripped.toBigInteger().toString();
    }
    if (scale > 0 && scale - stripped.precision() < 30) {
      return stripped.toPlainString();
    }
    return stripped.toString().replace("E+", "e").replace("E-", "e-");
  }
}
