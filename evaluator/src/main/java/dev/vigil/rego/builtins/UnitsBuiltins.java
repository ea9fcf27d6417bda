package dev.vigil.rego.builtins;

import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** units.parse (SI and binary SI) and units.parse_bytes. */
final class UnitsBuiltins {
  private static final BigDecimal K = BigDecimal.valueOf(1000);
  private static final BigDecimal KI = BigDecimal.valueOf(1024);
  // OPA multiplies by the float64 0.001, whose exact binary value we keep.
  private static final BigDecimal MILLI = new BigDecimal(0.001);

  private static final Map<String, BigDecimal> SI = Map.ofEntries(
      Map.entry("", BigDecimal.ONE), Map.entry("m", MILLI),
      Map.entry("k", K), Map.entry("K", K), Map.entry("ki", KI), Map.entry("Ki", KI),
      Map.entry("M", K.pow(2)), Map.entry("mi", KI.pow(2)), Map.entry("Mi", KI.pow(2)),
      Map.entry("g", K.pow(3)), Map.entry("G", K.pow(3)), Map.entry("gi", KI.pow(3)), Map.entry("Gi", KI.pow(3)),
      Map.entry("t", K.pow(4)), Map.entry("T", K.pow(4)), Map.entry("ti", KI.pow(4)), Map.entry("Ti", KI.pow(4)),
      Map.entry("p", K.pow(5)), Map.entry("P", K.pow(5)), Map.entry("pi", KI.pow(5)), Map.entry("Pi", KI.pow(5)),
      Map.entry("e", K.pow(6)), Map.entry("E", K.pow(6)), Map.entry("ei", KI.pow(6)), Map.entry("Ei", KI.pow(6)));

  private static final Map<String, BigDecimal> BYTES = Map.ofEntries(
      Map.entry("", BigDecimal.ONE),
      Map.entry("kb", K), Map.entry("k", K), Map.entry("kib", KI), Map.entry("ki", KI),
      Map.entry("mb", K.pow(2)), Map.entry("m", K.pow(2)), Map.entry("mib", KI.pow(2)), Map.entry("mi", KI.pow(2)),
      Map.entry("gb", K.pow(3)), Map.entry("g", K.pow(3)), Map.entry("gib", KI.pow(3)), Map.entry("gi", KI.pow(3)),
      Map.entry("tb", K.pow(4)), Map.entry("t", K.pow(4)), Map.entry("tib", KI.pow(4)), Map.entry("ti", KI.pow(4)),
      Map.entry("pb", K.pow(5)), Map.entry("p", K.pow(5)), Map.entry("pib", KI.pow(5)), Map.entry("pi", KI.pow(5)),
      Map.entry("eb", K.pow(6)), Map.entry("e", K.pow(6)), Map.entry("eib", KI.pow(6)), Map.entry("ei", KI.pow(6)));

  private UnitsBuiltins() {}

  static void register(Registrar r) {
    r.add("units.parse", UnitsBuiltins::parse);
    r.add("units.parse_bytes", UnitsBuiltins::parseBytes);
  }

  private static BuiltinException error(String builtin, String msg) {
    return BuiltinException.builtinError(builtin + ": " + msg);
  }

  private static Value parse(BuiltinContext ctx, List<Value> a) {
    String s = Args.string(a, 0).replace("\"", "");
    if (s.contains(" ")) {
      throw error("units.parse", "spaces not allowed in resource strings");
    }
    String[] parts = split(s, "units.parse");
    if (parts[0].isEmpty()) {
      throw error("units.parse", "no amount provided");
    }
    String unit = parts[1].length() > 1 ? parts[1].charAt(0) + parts[1].substring(1).toLowerCase(java.util.Locale.ROOT) : parts[1];
    BigDecimal factor = SI.get(unit);
    if (factor == null) {
      throw error("units.parse", "unit " + unit + " not recognized");
    }
    BigDecimal n = number(parts[0], "units.parse", "could not parse amount to a number").multiply(factor);
    NumberValue v = NumberValue.of(n);
    return v.isInteger() ? v : NumberValue.of(n.setScale(10, RoundingMode.HALF_UP));
  }

  private static Value parseBytes(BuiltinContext ctx, List<Value> a) {
    String s = Args.string(a, 0).toLowerCase(java.util.Locale.ROOT).replace("\"", "");
    if (s.contains(" ")) {
      throw error("units.parse_bytes", "spaces not allowed in resource strings");
    }
    String[] parts = split(s, "units.parse_bytes");
    if (parts[0].isEmpty()) {
      throw error("units.parse_bytes", "no byte amount provided");
    }
    BigDecimal factor = BYTES.get(parts[1]);
    if (factor == null) {
      throw error("units.parse_bytes", "byte unit " + parts[1] + " not recognized");
    }
    BigDecimal n = number(parts[0], "units.parse_bytes", "could not parse byte amount to a number");
    return NumberValue.of(n.multiply(factor).setScale(0, RoundingMode.DOWN));
  }

  private static BigDecimal number(String text, String builtin, String msg) {
    try {
      return new BigDecimal(text.startsWith(".") ? "0" + text : text);
    } catch (NumberFormatException e) {
      throw error(builtin, msg);
    }
  }

  /** OPA's extractNumAndUnit: digits, '.', signs and a valid exponent, then the unit. */
  private static String[] split(String s, String builtin) {
    int cut = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean numeric = Character.isDigit(c) || c == '.';
      if (!numeric && c != 'e' && c != 'E' && c != '+' && c != '-') {
        cut = i;
        break;
      }
      if (c == 'e' || c == 'E') {
        if (i == s.length() - 1 || (!Character.isDigit(s.charAt(i + 1)) && s.charAt(i + 1) != '+' && s.charAt(i + 1) != '-')) {
          cut = i;
          break;
        }
        if (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
          i++;
        }
        int end = i + 1;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        if (end - (i + 1) > 6) {
          throw error(builtin, "exponent too large");
        }
      }
    }
    if (cut < 0) {
      return new String[] {s, ""};
    }
    return new String[] {s.substring(0, cut), s.substring(cut)};
  }
}
