package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import org.junit.jupiter.api.Test;

class JwtBuiltinsTest {
  private static final String HS_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0"
      + ".XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY";
  private static final String ED_JWK = "{\"kty\":\"OKP\",\"alg\":\"EdDSA\",\"crv\":\"Ed25519\","
      + "\"x\":\"wEZFfoAj1rFKTLOOmjJjVZlCHwksuvMb2I5y_hg70E8\",\"d\":\"9XI34uQzYUJfWhDZf_0nYsLMBRVu8a6dFsy60P8uugk\"}";

  @Test
  void decodes() {
    assertThat(call("io.jwt.decode", s(HS_TOKEN))).isEqualTo(arr(
        json("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), json("{\"iss\":\"opa\",\"sub\":\"0\"}"),
        s("5e65682e81c8de9c4cb4c3bf59138d3122731940cff690e3cbc269d3fb5d4576")));
    assertThatThrownBy(() -> call("io.jwt.decode", s("abc"))).hasMessage("encoded JWT had no period separators");
    assertThatThrownBy(() -> call("io.jwt.decode", s("a.b"))).hasMessage("encoded JWT must have 3 sections, found 2");
  }

  @Test
  void eddsaSignsDeterministicallyAndVerifies() {
    Value token = call("io.jwt.encode_sign_raw", s("{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}"),
        s("{\"iss\":\"joe\",\"exp\":1300819380,\"http://example.com/is_root\":true}"), s(ED_JWK));
    assertThat(token).isEqualTo(s("eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJqb2UiLCJleHAiOjEzMDA4MTkzODAsImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        + ".jS1so-rsTaC8DdA8_ZnFXYbi9xOrMVXOviMFrahQ7ez0UKKzjU-2vxrM0ON-Vu3GXKhtBkkO3SUtNMoeYw3zDQ"));
    String pub = ED_JWK.replaceFirst(",\"d\":\"[^\"]+\"", "");
    assertThat(call("io.jwt.verify_eddsa", token, s(pub))).isEqualTo(BooleanValue.TRUE);
  }

  @Test
  void hmacRoundTripAndDecodeVerify() {
    String jwk = "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}";
    Value token = call("io.jwt.encode_sign", json("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"),
        json("{\"iss\":\"vigil\",\"exp\":4102444800,\"aud\":[\"a\",\"b\"]}"), json(jwk));
    assertThat(call("io.jwt.verify_hs256", token, s("secret"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("io.jwt.verify_hs256", token, s("wrong"))).isEqualTo(BooleanValue.FALSE);
    ArrayValue ok = (ArrayValue) call("io.jwt.decode_verify", token,
        json("{\"secret\":\"secret\",\"iss\":\"vigil\",\"aud\":\"b\"}"));
    assertThat(ok.get(0)).isEqualTo(BooleanValue.TRUE);
    assertThat(call("io.jwt.decode_verify", token, json("{\"secret\":\"secret\",\"time\":4102444800000000000}")))
        .isEqualTo(arr(BooleanValue.FALSE, json("{}"), json("{}")));
    assertThatThrownBy(() -> call("io.jwt.decode_verify", token, json("{}"))).hasMessage("no key constraint");
    assertThatThrownBy(() -> call("io.jwt.encode_sign_raw", s("{\"alg\":\"dummy\"}"), s("{}"), s(jwk)))
        .hasMessage("unknown JWS algorithm: dummy");
    assertThatThrownBy(() -> call("io.jwt.encode_sign_raw", s("{\"alg\":\"HS256\"}"), s("nope"), s(jwk)))
        .hasMessage("type is JWT but payload is not JSON");
  }

  @Test
  void ecdsaRoundTrip() throws Exception {
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
    g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    java.security.KeyPair kp = g.generateKeyPair();
    java.security.interfaces.ECPublicKey pk = (java.security.interfaces.ECPublicKey) kp.getPublic();
    java.security.interfaces.ECPrivateKey sk = (java.security.interfaces.ECPrivateKey) kp.getPrivate();
    String pub = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + b64(pk.getW().getAffineX())
        + "\",\"y\":\"" + b64(pk.getW().getAffineY()) + "\"}";
    String jwk = pub.replace("}", ",\"d\":\"" + b64(sk.getS()) + "\"}");
    Value token = call("io.jwt.encode_sign", json("{\"alg\":\"ES256\"}"), json("{\"a\":1}"), json(jwk));
    assertThat(call("io.jwt.verify_es256", token, s(pub))).isEqualTo(BooleanValue.TRUE);
    assertThat(((StringValue) token).value().split("\\.")).hasSize(3);
    assertThat(call("io.jwt.decode_verify", token, json("{\"cert\":" + dev.vigil.rego.value.Values.quoteJson(pub, false) + "}")))
        .isEqualTo(arr(BooleanValue.TRUE, json("{\"alg\":\"ES256\"}"), json("{\"a\":1}")));
    assertThat(n(1)).isNotNull();
  }

  private static String b64(java.math.BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(out);
  }
}
