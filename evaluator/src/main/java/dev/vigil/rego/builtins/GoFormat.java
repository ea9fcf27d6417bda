package dev.vigil.rego.builtins;

import dev.vigil.rego.value.GoQuote;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Go's fmt.Sprintf for the argument kinds OPA's sprintf passes: ints, floats and strings. */
final class GoFormat {
  /** An argument as OPA hands it to Go: an int / *big.Int, a float64 or a string. */
  sealed interface Arg permits IntArg, FloatArg, StrArg {}

  record IntArg(BigInteger value, boolean big) implements Arg {}

  record FloatArg(double value) implements Arg {}

  record StrArg(String value) implements Arg {}

  private record Spec(
      boolean plus, boolean minus, boolean sharp, boolean zero, boolean space, int width,
      int precision) {}

  private GoFormat() {}

  static String sprintf(String format, List<Arg> args) {
    StringBuilder out = new StringBuilder();
    int argi = 0;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      boolean plus = false, minus = false, sharp = false, zero = false, space = false;
      for (; i < format.length(); i++) {
        char f = format.charAt(i);
        if (f == '+') plus = true;
        else if (f == '-') minus = true;
        else if (f == '#') sharp = true;
        else if (f == '0') zero = true;
        else if (f == ' ') space = true;
        else break;
      }
      int width = -1;
      int start = i;
      while (i < format.length() && Character.isDigit(format.charAt(i))) i++;
      if (i > start) width = Integer.parseInt(format.substring(start, i));
      int precision = -1;
      if (i < format.length() && format.charAt(i) == '.') {
        i++;
        start = i;
        while (i < format.length() && Character.isDigit(format.charAt(i))) i++;
        precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
      }
      if (i >= format.length()) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argi >= args.size()) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Spec spec = new Spec(plus, minus && !zero || minus, sharp, zero && !minus, space, width, precision);
      out.append(formatOne((char) verb, spec, args.get(argi++)));
    }
    if (argi < args.size()) {
      out.append("%!(EXTRA ");
      for (int k = argi; k < args.size(); k++) {
        if (k > argi) out.append(", ");
        out.append(typeName(args.get(k))).append('=').append(plain(args.get(k)));
      }
      out.append(')');
    }
    return out.toString();
  }

  private static String typeName(Arg a) {
    if (a instanceof IntArg n) return n.big() ? "*big.Int" : "int";
    return a instanceof FloatArg ? "float64" : "string";
  }

  private static String plain(Arg a) {
    if (a instanceof IntArg n) return n.value().toString();
    if (a instanceof FloatArg f) return formatFloat(f.value(), 'g', -1, true);
    return ((StrArg) a).value();
  }

  private static String bad(char verb, Arg a) {
    return "%!" + verb + "(" + typeName(a) + "=" + plain(a) + ")";
  }

  private static String formatOne(char verb, Spec spec, Arg a) {
    if (verb == 'T') return pad(typeName(a), spec, false);
    if (a instanceof IntArg n) return formatInt(verb, spec, n);
    if (a instanceof FloatArg f) return formatFloatArg(verb, spec, f.value(), a);
    String s = ((StrArg) a).value();
    switch (verb) {
      case 's':
      case 'v':
        if (spec.precision() >= 0 && s.codePointCount(0, s.length()) > spec.precision()) {
          s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
        }
        return pad(s, spec, false);
      case 'q':
        return pad(GoQuote.quote(s), spec, false);
      case 'x':
      case 'X':
        StringBuilder hex = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
          hex.append(String.format(verb == 'x' ? "%02x" : "%02X", b & 0xff));
        }
        return pad(hex.toString(), spec, false);
      default:
        return bad(verb, a);
    }
  }

  private static String formatInt(char verb, Spec spec, IntArg n) {
    BigInteger v = n.value();
    String digits;
    String prefix = "";
    switch (verb) {
      case 'd':
        digits = v.abs().toString();
        break;
      case 'v':
      case 's':
        if (verb == 's' && !n.big()) return bad(verb, n);
        digits = v.abs().toString();
        break;
      case 'b':
        digits = v.abs().toString(2);
        if (spec.sharp()) prefix = "0b";
        break;
      case 'o':
      case 'O':
        digits = v.abs().toString(8);
        if (verb == 'O') prefix = "0o";
        else if (spec.sharp()) prefix = "0";
        break;
      case 'x':
      case 'X':
        digits = v.abs().toString(16);
        if (verb == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (spec.sharp()) prefix = verb == 'x' ? "0x" : "0X";
        break;
      case 'c':
        return pad(new String(Character.toChars(v.intValue())), spec, false);
      case 'q':
        return pad("'" + new String(Character.toChars(v.intValue())) + "'", spec, false);
      case 'U':
        return pad(String.format("U+%04X", v.intValue()), spec, false);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        if (n.big()) return bad(verb, n);
        return bad(verb, n);
      default:
        return bad(verb, n);
    }
    if (spec.precision() >= 0) {
      if (spec.precision() == 0 && v.signum() == 0) digits = "";
      while (digits.length() < spec.precision()) digits = "0" + digits;
    }
    String sign = v.signum() < 0 ? "-" : spec.plus() ? "+" : spec.space() ? " " : "";
    return padNumber(sign + prefix, digits, spec, spec.precision() < 0);
  }

  private static String formatFloatArg(char verb, Spec spec, double d, Arg a) {
    String body;
    switch (verb) {
      case 'v':
        body = formatFloat(Math.abs(d), 'g', spec.precision(), true);
        break;
      case 'g':
      case 'G':
      case 'e':
      case 'E':
      case 'f':
      case 'F':
        body = formatFloat(Math.abs(d), Character.toLowerCase(verb), spec.precision(), false);
        if (Character.isUpperCase(verb)) body = body.toUpperCase(java.util.Locale.ROOT);
        break;
      default:
        return bad(verb, a);
    }
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    String sign = negative ? "-" : spec.plus() ? "+" : spec.space() ? " " : "";
    return padNumber(sign, body, spec, !Double.isInfinite(d) && !Double.isNaN(d));
  }

  /** Formats a non-negative double; {@code forV} applies %v's exponent threshold of 21. */
  static String formatFloat(double d, char verb, int precision, boolean forV) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return "+Inf";
    BigDecimal exact = new BigDecimal(d);
    if (verb == 'f') {
      return exact.setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
    }
    if (verb == 'e') {
      int p = precision < 0 ? 6 : precision;
      return eFormat(d == 0 ? BigDecimal.ZERO : exact.round(new MathContext(p + 1, RoundingMode.HALF_EVEN)), p);
    }
    BigDecimal digits =
        precision < 0
            ? new BigDecimal(Double.toString(d)).stripTrailingZeros()
            : exact.round(new MathContext(Math.max(precision, 1), RoundingMode.HALF_EVEN)).stripTrailingZeros();
    if (d == 0) digits = BigDecimal.ZERO;
    int exp = digits.signum() == 0 ? 0 : digits.precision() - digits.scale() - 1;
    int threshold = precision < 0 ? (forV ? 21 : 6) : Math.max(precision, 1);
    if (exp < -4 || exp >= threshold) {
      return eFormat(digits, Math.max(digits.precision() - 1, 0));
    }
    return digits.toPlainString();
  }

  private static String eFormat(BigDecimal v, int fractionDigits) {
    if (v.signum() == 0) {
      return "0" + (fractionDigits > 0 ? "." + "0".repeat(fractionDigits) : "") + "e+00";
    }
    int exp = v.precision() - v.scale() - 1;
    String unscaled = v.unscaledValue().abs().toString();
    StringBuilder mant = new StringBuilder(unscaled);
    while (mant.length() < fractionDigits + 1) mant.append('0');
    String m = mant.substring(0, fractionDigits + 1);
    String head = m.substring(0, 1) + (fractionDigits > 0 ? "." + m.substring(1) : "");
    String e = String.format("%02d", Math.abs(exp));
    return head + "e" + (exp < 0 ? "-" : "+") + e;
  }

  private static String pad(String s, Spec spec, boolean unused) {
    int len = s.codePointCount(0, s.length());
    if (spec.width() <= len) return s;
    String fill = (spec.zero() ? "0" : " ").repeat(spec.width() - len);
    return spec.minus() ? s + fill.replace('0', ' ') : fill + s;
  }

  private static String padNumber(String sign, String digits, Spec spec, boolean zeroAllowed) {
    int len = sign.length() + digits.length();
    if (spec.width() <= len) return sign + digits;
    int n = spec.width() - len;
    if (spec.minus()) return sign + digits + " ".repeat(n);
    if (spec.zero() && zeroAllowed) return sign + "0".repeat(n) + digits;
    return " ".repeat(n) + sign + digits;
  }
}
