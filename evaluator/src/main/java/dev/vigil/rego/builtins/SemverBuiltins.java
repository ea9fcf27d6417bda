package dev.vigil.rego.builtins;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** semver.compare and semver.is_valid (SemVer 2.0.0 precedence). */
final class SemverBuiltins {
  private static final Pattern SEMVER = Pattern.compile(
      "^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  private SemverBuiltins() {}

  static void register(Registrar r) {
    r.add("semver.is_valid", (ctx, a) ->
        BooleanValue.of(a.get(0) instanceof StringValue s && SEMVER.matcher(s.value()).matches()));
    r.add("semver.compare", SemverBuiltins::compare);
  }

  private static Matcher parse(List<Value> a, int i) {
    String s = Args.string(a, i);
    Matcher m = SEMVER.matcher(s);
    if (!m.matches()) {
      throw BuiltinException.builtinError(
          "operand " + (i + 1) + ": string " + dev.vigil.rego.value.GoQuote.quote(s) + " is not a valid SemVer");
    }
    return m;
  }

  private static Value compare(BuiltinContext ctx, List<Value> a) {
    Matcher x = parse(a, 0);
    Matcher y = parse(a, 1);
    for (int g = 1; g <= 3; g++) {
      int c = new BigInteger(x.group(g)).compareTo(new BigInteger(y.group(g)));
      if (c != 0) {
        return NumberValue.of(Integer.signum(c));
      }
    }
    return NumberValue.of(comparePre(x.group(4), y.group(4)));
  }

  private static int comparePre(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      boolean na = pa[i].chars().allMatch(Character::isDigit);
      boolean nb = pb[i].chars().allMatch(Character::isDigit);
      int c;
      if (na && nb) {
        c = new BigInteger(pa[i]).compareTo(new BigInteger(pb[i]));
      } else if (na != nb) {
        c = na ? -1 : 1;
      } else {
        c = pa[i].compareTo(pb[i]);
      }
      if (c != 0) {
        return Integer.signum(c);
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
