package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class X509BuiltinsTest {
  /** Root CA then leaf (URI SAN spiffe://example.com/opa), made with openssl for this test; valid for 100 years. */
  private static String chain() throws Exception {
    try (InputStream in = X509BuiltinsTest.class.getResourceAsStream("/x509/root-then-leaf.pem")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  @Test
  void parsesAndVerifiesAChain() throws Exception {
    String pem = chain();
    ArrayValue certs = (ArrayValue) call("crypto.x509.parse_certificates", s(pem));
    assertThat(certs.size()).isEqualTo(2);
    ObjectValue leaf = (ObjectValue) certs.get(1);
    assertThat(((ArrayValue) leaf.get("URIStrings")).get(0)).isEqualTo(s("spiffe://example.com/opa"));
    ArrayValue verified = (ArrayValue) call("crypto.x509.parse_and_verify_certificates", s(pem));
    assertThat(verified.get(0)).isEqualTo(BooleanValue.TRUE);
    ObjectValue first = (ObjectValue) ((ArrayValue) verified.get(1)).get(0);
    assertThat(((ArrayValue) first.get("URIStrings")).get(0)).isEqualTo(s("spiffe://example.com/opa"));
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> call("crypto.x509.parse_certificates", s("not base64!"))).hasMessageContaining("illegal base64");
    assertThatThrownBy(() -> call("crypto.x509.parse_certificates", s("aGVsbG8="))).hasMessageContaining("x509: malformed certificate");
    assertThat(call("crypto.parse_private_keys", s("nope"))).isEqualTo(ArrayValue.EMPTY);
  }
}
