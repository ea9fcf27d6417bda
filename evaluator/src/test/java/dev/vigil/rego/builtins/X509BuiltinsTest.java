package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class X509BuiltinsTest {
  private static String chain() throws Exception {
    // root then leaf, as OPA's conformance case uri_strings provides them
    String yaml = Files.readString(Path.of(System.getProperty("vigil.opa.conformance",
        "/work/shared/opa-conformance"), "v1/cryptox509parseandverifycertificates/test-cryptox509parseandverifycertificates.yaml"));
    int start = yaml.indexOf("-----BEGIN CERTIFICATE-----", yaml.indexOf("uri_strings"));
    int end = yaml.indexOf('`', start);
    return yaml.substring(start, end).replaceAll("(?m)^\\s+", "");
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
    assertThat(new StringValue("x")).isNotNull();
  }
}
