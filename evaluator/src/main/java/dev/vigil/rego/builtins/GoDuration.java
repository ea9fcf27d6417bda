package dev.vigil.rego.builtins;

import dev.vigil.rego.value.GoQuote;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/** Go's time.ParseDuration, with its error texts. */
final class GoDuration {
  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  private GoDuration() {}

  static BigInteger parse(String s) {
    String orig = s;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return BigInteger.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    BigDecimal total = BigDecimal.ZERO;
    while (!s.isEmpty()) {
      int i = 0;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
      String number = s.substring(0, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(orig);
      }
      s = s.substring(i);
      int j = 0;
      while (j < s.length() && s.charAt(j) != '.' && !Character.isDigit(s.charAt(j))) j++;
      if (j == 0) {
        throw BuiltinException.builtinError("time: missing unit in duration " + GoQuote.quote(orig));
      }
      String unit = s.substring(0, j);
      Long scale = UNITS.get(unit);
      if (scale == null) {
        throw BuiltinException.builtinError(
            "time: unknown unit " + GoQuote.quote(unit) + " in duration " + GoQuote.quote(orig));
      }
      s = s.substring(j);
      total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number)
          .multiply(BigDecimal.valueOf(scale)).setScale(0, RoundingMode.DOWN));
    }
    BigInteger out = total.toBigInteger();
    if (out.bitLength() > 63) {
      throw invalid(orig);
    }
    return neg ? out.negate() : out;
  }

  private static BuiltinException invalid(String orig) {
    return BuiltinException.builtinError("time: invalid duration " + GoQuote.quote(orig));
  }
}
