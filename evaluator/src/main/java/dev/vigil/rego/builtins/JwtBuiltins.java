package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** io.jwt.decode, io.jwt.verify_*, io.jwt.decode_verify (encoding: JwtEncodeBuiltins). */
final class JwtBuiltins {
  private static final ArrayValue UNVERIFIED =
      ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);

  /** The three base64url sections of a compact JWS. */
  record Token(String header, String payload, String signature) {
    byte[] signingInput() {
      return (header + "." + payload).getBytes(StandardCharsets.UTF_8);
    }
  }

  private JwtBuiltins() {}

  static void register(Registrar r) {
    r.add("io.jwt.decode", (ctx, a) -> decode(a.get(0)));
    r.add("io.jwt.verify_rs256", (ctx, a) -> verifyAsymmetric("RS256", a));
    r.add("io.jwt.verify_rs384", (ctx, a) -> verifyAsymmetric("RS384", a));
    r.add("io.jwt.verify_rs512", (ctx, a) -> verifyAsymmetric("RS512", a));
    r.add("io.jwt.verify_ps256", (ctx, a) -> verifyAsymmetric("PS256", a));
    r.add("io.jwt.verify_ps384", (ctx, a) -> verifyAsymmetric("PS384", a));
    r.add("io.jwt.verify_ps512", (ctx, a) -> verifyAsymmetric("PS512", a));
    r.add("io.jwt.verify_es256", (ctx, a) -> verifyAsymmetric("ES256", a));
    r.add("io.jwt.verify_es384", (ctx, a) -> verifyAsymmetric("ES384", a));
    r.add("io.jwt.verify_es512", (ctx, a) -> verifyAsymmetric("ES512", a));
    r.add("io.jwt.verify_eddsa", (ctx, a) -> verifyAsymmetric("EdDSA", a));
    r.add("io.jwt.verify_hs256", (ctx, a) -> verifyHmac("HS256", a));
    r.add("io.jwt.verify_hs384", (ctx, a) -> verifyHmac("HS384", a));
    r.add("io.jwt.verify_hs512", (ctx, a) -> verifyHmac("HS512", a));
    r.add("io.jwt.decode_verify", JwtBuiltins::decodeVerify);
  }

  private static Value verifyHmac(String alg, List<Value> a) {
    Token t = split(a.get(0));
    byte[] secret = Args.string(a, 1).getBytes(StandardCharsets.UTF_8);
    byte[] sig = section(t.signature(), "JWT signature had invalid encoding: ");
    return BooleanValue.of(JwtAlgorithms.verify(alg, new RawSecret(secret), t.signingInput(), sig));
  }

  static Token split(Value v) {
    if (!(v instanceof StringValue s)) {
      throw BuiltinException.operandType(1, v, "string");
    }
    if (!s.value().contains(".")) {
      throw BuiltinException.builtinError("encoded JWT had no period separators");
    }
    String[] parts = s.value().split("\\.", -1);
    if (parts.length != 3) {
      throw BuiltinException.builtinError("encoded JWT must have 3 sections, found " + parts.length);
    }
    return new Token(parts[0], parts[1], parts[2]);
  }

  /** base64url with padding restored, as OPA's base64url.decode. */
  static byte[] section(String text, String errorPrefix) {
    String s = text;
    if (!s.endsWith("=")) {
      switch (s.length() % 4) {
        case 2 -> s += "==";
        case 3 -> s += "=";
        case 1 -> throw BuiltinException.builtinError(errorPrefix + "illegal base64url string: " + text);
        default -> { }
      }
    }
    try {
      return GoEncoding.base64Decode(s, true);
    } catch (BuiltinException e) {
      throw BuiltinException.builtinError(errorPrefix + e.getMessage(), e);
    }
  }

  static ObjectValue jsonObject(byte[] bytes, String errorPrefix) {
    Value v;
    try {
      v = Values.parseJson(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw BuiltinException.builtinError(errorPrefix + "invalid JSON: " + e.getMessage(), e);
    }
    if (!(v instanceof ObjectValue o)) {
      throw BuiltinException.builtinError(errorPrefix + "decoded JSON type was not an Object");
    }
    return o;
  }

  static ObjectValue header(Token t) {
    ObjectValue h = jsonObject(section(t.header(), "JWT header had invalid encoding: "), "bad JWT header: ");
    if (h.get("enc") != null) {
      throw BuiltinException.builtinError("JWT is a JWE object, which is not supported");
    }
    return h;
  }

  private static Value decode(Value jwt) {
    Token t = split(jwt);
    ObjectValue header = header(t);
    byte[] payload = section(t.payload(), "JWT payload had invalid encoding: ");
    if (header.get("cty") instanceof StringValue cty && cty.value().equals("JWT")) {
      String inner = GoStrings.trimRight(GoStrings.trimLeft(new String(payload, StandardCharsets.UTF_8), "\"'"), "\"'");
      return decode(new StringValue(inner));
    }
    ObjectValue claims = jsonObject(payload, "");
    byte[] sig = section(t.signature(), "JWT signature had invalid encoding: ");
    return ArrayValue.of(header, claims, new StringValue(GoEncoding.hexEncode(sig)));
  }

  private static Value verifyAsymmetric(String alg, List<Value> a) {
    Token t = split(a.get(0));
    List<JwtKeys.JwtKey> keys = JwtKeys.verificationKeys(Args.string(a, 1));
    byte[] sig = section(t.signature(), "JWT signature had invalid encoding: ");
    ObjectValue header = header(t);
    String kid = header.get("kid") instanceof StringValue s ? s.value() : "";
    String headerAlg = header.get("alg") instanceof StringValue s ? s.value() : "";
    if (!kid.isEmpty()) {
      for (JwtKeys.JwtKey k : keys) {
        if (k.kid().equals(kid)) {
          return BooleanValue.of(JwtAlgorithms.verify(alg, k.key(), t.signingInput(), sig));
        }
      }
    }
    for (JwtKeys.JwtKey k : keys) {
      if (!k.alg().isEmpty() && !k.alg().equals(headerAlg)) {
        continue;
      }
      if (JwtAlgorithms.verify(alg, k.key(), t.signingInput(), sig)) {
        return BooleanValue.TRUE;
      }
    }
    return BooleanValue.FALSE;
  }

  private static Value decodeVerify(BuiltinContext ctx, List<Value> a) {
    ObjectValue given = Args.object(a, 1);
    JwtConstraints c = JwtConstraints.parse(given, ctx.nowNanos());
    Value jwt = a.get(0);
    ObjectValue header;
    byte[] payload;
    while (true) {
      Token t = split(jwt);
      header = header(t);
      String alg = header.get("alg") instanceof StringValue s ? s.value() : "";
      if (!JwtConstraints.validHeader(header)) {
        return UNVERIFIED;
      }
      if (!c.alg().isEmpty() && !c.alg().equals(alg)) {
        return UNVERIFIED;
      }
      byte[] sig = section(t.signature(), "JWT signature had invalid encoding: ");
      String kid = header.get("kid") instanceof StringValue s ? s.value() : "";
      if (!c.verify(kid, alg, t.signingInput(), sig)) {
        return UNVERIFIED;
      }
      payload = section(t.payload(), "JWT payload had invalid encoding: ");
      if (header.get("cty") instanceof StringValue cty && cty.value().equalsIgnoreCase("JWT")) {
        jwt = new StringValue(new String(payload, StandardCharsets.UTF_8));
        continue;
      }
      break;
    }
    ObjectValue claims = jsonObject(payload, "");
    return c.claimsValid(claims) ? ArrayValue.of(BooleanValue.TRUE, header, claims) : UNVERIFIED;
  }

  /** An HMAC secret that may be empty (SecretKeySpec refuses empty keys). */
  record RawSecret(byte[] bytes) implements java.security.Key {
    @Override
    public String getAlgorithm() {
      return "HMAC";
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return bytes.clone();
    }
  }

}
