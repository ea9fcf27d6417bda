package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** io.jwt.encode_sign and io.jwt.encode_sign_raw. */
final class JwtEncodeBuiltins {
  private JwtEncodeBuiltins() {}

  static void register(Registrar r) {
    r.add("io.jwt.encode_sign", (ctx, a) -> encode(ctx,
        Values.toJsonString(a.get(0)), Values.toJsonString(a.get(1)), Values.toJsonString(a.get(2))));
    r.add("io.jwt.encode_sign_raw", (ctx, a) -> {
      String jwk = Args.string(a, 2);
      return encode(ctx, Args.string(a, 0), Args.string(a, 1), jwk);
    });
  }

  private static Value encode(BuiltinContext ctx, String headers, String payload, String jwkText) {
    List<ObjectValue> keys = JwtKeys.jwks(jwkText, "failed to parse JWK: ");
    if (keys.isEmpty()) {
      throw BuiltinException.builtinError("no keys found in JWK set");
    }
    JwtKeys.JwtKey key = JwtKeys.fromJwk(keys.get(0), true);
    String alg = headerString(headers, "alg", true);
    if (!JwtAlgorithms.known(alg)) {
      throw BuiltinException.builtinError("unknown JWS algorithm: " + alg);
    }
    String typ = headerString(headers, "typ", false);
    if ((typ == null || typ.equals("JWT")) && !isJson(payload)) {
      throw BuiltinException.builtinError("type is JWT but payload is not JSON");
    }
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input = b64.encodeToString(headers.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    java.security.Key signingKey = key.key() instanceof javax.crypto.spec.SecretKeySpec s
        ? new JwtBuiltins.RawSecret(s.getEncoded()) : key.key();
    byte[] sig = JwtAlgorithms.sign(alg, signingKey, input.getBytes(StandardCharsets.UTF_8), seeded(ctx));
    return new StringValue(input + "." + b64.encodeToString(sig));
  }

  private static SecureRandom seeded(BuiltinContext ctx) {
    SecureRandom r = new SecureRandom();
    r.setSeed(ctx.random().nextLong());
    return r;
  }

  private static boolean isJson(String s) {
    try {
      Values.parseJson(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A string header; errors worded as the JWS library OPA uses. */
  private static String headerString(String headers, String name, boolean required) {
    String prefix = "missing or invalid '" + name + "' header: ";
    if (headers.isEmpty()) {
      if (!required) return null;
      throw BuiltinException.builtinError(prefix + "cannot parse JSON: cannot parse empty string");
    }
    Value v;
    try {
      v = Values.parseJson(headers);
    } catch (IllegalArgumentException e) {
      if (!required) return null;
      if (headers.strip().startsWith("{")) {
        throw BuiltinException.builtinError(prefix + "cannot parse JSON");
      }
      throw BuiltinException.builtinError(prefix + "jwsbb: header \"" + name + "\" not found");
    }
    Value field = v instanceof ObjectValue o ? o.get(name) : null;
    if (field instanceof StringValue s) {
      return s.value();
    }
    if (!required) return null;
    throw BuiltinException.builtinError(prefix + "jwsbb: header \"" + name + "\" not found");
  }
}
