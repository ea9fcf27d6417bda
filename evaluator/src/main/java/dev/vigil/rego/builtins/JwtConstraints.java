package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The constraints object of io.jwt.decode_verify: cert/secret, alg, iss, aud, time. */
record JwtConstraints(List<JwtKeys.JwtKey> keys, String secret, String alg, String iss, String aud,
    BigDecimal timeNanos) {

  static JwtConstraints parse(ObjectValue o, long nowNanos) {
    List<JwtKeys.JwtKey> keys = null;
    String secret = "";
    String alg = "";
    String iss = "";
    String aud = "";
    BigDecimal time = null;
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      String name = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toRego();
      Value v = e.getValue();
      switch (name) {
        case "cert" -> {
          if (!(v instanceof StringValue s)) {
            throw BuiltinException.builtinError("cert constraint: must be a string");
          }
          keys = JwtKeys.verificationKeys(s.value());
        }
        case "secret" -> secret = string(name, v);
        case "alg" -> alg = string(name, v);
        case "iss" -> iss = string(name, v);
        case "aud" -> aud = string(name, v);
        case "time" -> time = time(v);
        default -> throw BuiltinException.builtinError("unknown token validation constraint: " + name);
      }
    }
    if (time == null) {
      time = time(NumberValue.of(nowNanos));
    }
    int count = (keys != null ? 1 : 0) + (secret.isEmpty() ? 0 : 1);
    if (count > 1) {
      throw BuiltinException.builtinError("duplicate key constraints");
    }
    if (count < 1) {
      throw BuiltinException.builtinError("no key constraint");
    }
    return new JwtConstraints(keys, secret, alg, iss, aud, time);
  }

  private static String string(String name, Value v) {
    if (!(v instanceof StringValue s)) {
      throw BuiltinException.builtinError(name + " constraint: must be a string");
    }
    return s.value();
  }

  private static BigDecimal time(Value v) {
    if (!(v instanceof NumberValue n)) {
      throw BuiltinException.builtinError("token time constraint: must be a number");
    }
    if (n.bigDecimal().signum() < 0) {
      throw BuiltinException.builtinError("token time constraint: must not be negative");
    }
    return n.bigDecimal();
  }

  /** RFC 7515 4.1.1/4.1.11: alg present, no unrecognised critical parameter. */
  static boolean validHeader(ObjectValue header) {
    if (!(header.get("alg") instanceof StringValue alg) || alg.value().isEmpty()) {
      return false;
    }
    if (header.get("crit") instanceof ArrayValue crit) {
      for (Value c : crit.elements()) {
        if (c instanceof StringValue s && header.get(s.value()) != null
            && !List.of("alg", "kid", "typ", "cty", "crit").contains(s.value())) {
          return false;
        }
      }
    }
    return true;
  }

  boolean verify(String kid, String alg, byte[] input, byte[] signature) {
    if (keys != null) {
      if (!kid.isEmpty()) {
        for (JwtKeys.JwtKey k : keys) {
          if (k.kid().equals(kid)) {
            return JwtAlgorithms.verify(alg, k.key(), input, signature);
          }
        }
      }
      for (JwtKeys.JwtKey k : keys) {
        if ((k.alg().isEmpty() || k.alg().equals(alg)) && JwtAlgorithms.verify(alg, k.key(), input, signature)) {
          return true;
        }
      }
      return false;
    }
    if (!alg.startsWith("HS")) {
      return false;
    }
    return JwtAlgorithms.verify(alg, new JwtBuiltins.RawSecret(secret.getBytes(StandardCharsets.UTF_8)), input, signature);
  }

  boolean claimsValid(ObjectValue claims) {
    if (!iss.isEmpty() && !(claims.get("iss") instanceof StringValue s && s.value().equals(iss))) {
      return false;
    }
    Value audClaim = claims.get("aud");
    if (audClaim != null) {
      boolean ok = audClaim instanceof StringValue s ? s.value().equals(aud)
          : audClaim instanceof ArrayValue arr
              && arr.elements().stream().anyMatch(e -> e instanceof StringValue s && s.value().equals(aud));
      if (!ok) {
        return false;
      }
    } else if (!aud.isEmpty()) {
      return false;
    }
    BigDecimal seconds = timeNanos.divide(BigDecimal.valueOf(1_000_000_000L), MathContext.DECIMAL64);
    Value exp = claims.get("exp");
    if (exp != null) {
      if (!(exp instanceof NumberValue n)) {
        throw BuiltinException.builtinError("exp value must be a number");
      }
      if (seconds.compareTo(n.bigDecimal()) >= 0) {
        return false;
      }
    }
    Value nbf = claims.get("nbf");
    if (nbf != null) {
      if (!(nbf instanceof NumberValue n)) {
        throw BuiltinException.builtinError("nbf value must be a number");
      }
      if (seconds.compareTo(n.bigDecimal()) < 0) {
        return false;
      }
    }
    return true;
  }
}
