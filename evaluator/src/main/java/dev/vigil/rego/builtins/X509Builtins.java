package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/** crypto.x509.* and crypto.parse_private_keys with the JDK's CertificateFactory. */
final class X509Builtins {
  private static final Pattern PEM_BLOCK = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

  private X509Builtins() {}

  static void register(Registrar r) {
    r.add("crypto.x509.parse_certificates", (ctx, a) -> certsJson(certificates(Args.string(a, 0))));
    r.add("crypto.x509.parse_and_verify_certificates", (ctx, a) -> parseAndVerify(Args.string(a, 0)));
    r.add("crypto.x509.parse_and_verify_certificates_with_options", (ctx, a) -> {
      Args.object(a, 1);
      return parseAndVerify(Args.string(a, 0));
    });
    r.add("crypto.x509.parse_certificate_request", (ctx, a) -> certificateRequest(Args.string(a, 0)));
    r.add("crypto.x509.parse_rsa_private_key", (ctx, a) -> rsaPrivateKey(Args.string(a, 0)));
    r.add("crypto.x509.parse_keypair", X509Builtins::keyPair);
    r.add("crypto.parse_private_keys", X509Builtins::privateKeys);
  }

  /** OPA's input convention: PEM text, or base64 of PEM, or base64 of DER. */
  private static byte[] pemOrBase64(String s) {
    if (s.startsWith("-----BEGIN")) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return GoEncoding.base64Decode(s, false);
  }

  private static boolean isPem(byte[] b) {
    return new String(b, 0, Math.min(b.length, 10), StandardCharsets.ISO_8859_1).equals("-----BEGIN");
  }

  private static List<byte[]> pemBlocks(byte[] text, String type) {
    List<byte[]> out = new ArrayList<>();
    Matcher m = PEM_BLOCK.matcher(new String(text, StandardCharsets.UTF_8));
    while (m.find()) {
      if (type == null || m.group(1).equals(type)) {
        out.add(Base64.getMimeDecoder().decode(m.group(2)));
      }
    }
    return out;
  }

  static List<X509Certificate> certificates(String input) {
    byte[] data = pemOrBase64(input);
    List<byte[]> ders = isPem(data) ? pemBlocks(data, "CERTIFICATE") : List.of(data);
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      for (byte[] der : ders) {
        for (java.security.cert.Certificate c : f.generateCertificates(new ByteArrayInputStream(der))) {
          out.add((X509Certificate) c);
        }
      }
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtinError("x509: malformed certificate", e);
    }
    if (out.isEmpty()) {
      throw BuiltinException.builtinError("x509: malformed certificate");
    }
    return out;
  }

  private static ArrayValue certsJson(List<X509Certificate> certs) {
    List<Value> out = new ArrayList<>();
    certs.forEach(c -> out.add(X509Json.certificate(c)));
    return new ArrayValue(out);
  }

  // As in OPA: the first certificate is the root, the last the leaf, the rest intermediates;
  // the result lists the verified chain from the leaf to the root.
  private static Value parseAndVerify(String input) {
    ArrayValue invalid = ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);
    List<X509Certificate> certs;
    try {
      certs = certificates(input);
    } catch (BuiltinException e) {
      return invalid;
    }
    if (certs.size() < 2) {
      return invalid;
    }
    try {
      List<X509Certificate> chain = new ArrayList<>(certs);
      java.util.Collections.reverse(chain);
      X509Certificate root = chain.get(chain.size() - 1);
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
      params.setRevocationEnabled(false);
      CertPathValidator.getInstance("PKIX").validate(f.generateCertPath(chain.subList(0, chain.size() - 1)), params);
      return ArrayValue.of(BooleanValue.TRUE, certsJson(chain));
    } catch (GeneralSecurityException e) {
      return invalid;
    }
  }

  private static Value certificateRequest(String input) {
    byte[] data = pemOrBase64(input);
    byte[] der = isPem(data) ? pemBlocks(data, "CERTIFICATE REQUEST").stream().findFirst()
        .orElseThrow(() -> BuiltinException.builtinError("failed to decode PEM block containing certificate request"))
        : data;
    Der info = Der.parse(der).children().get(0);
    List<Der> parts = info.children();
    if (parts.size() < 3) {
      throw BuiltinException.builtinError("asn1: structure error: certificate request too short");
    }
    Der subject = parts.get(1);
    int headerStart = subject.contentStart() - headerLength(subject);
    X500Principal principal = new X500Principal(subject.raw(headerStart));
    return ObjectValue.builder()
        .put("Raw", new StringValue(Base64.getEncoder().encodeToString(der)))
        .put("Version", dev.vigil.rego.value.NumberValue.of(parts.get(0).integer()))
        .put("Subject", X509Json.name(principal))
        .build();
  }

  private static int headerLength(Der d) {
    int len = d.end() - d.contentStart();
    return len < 0x80 ? 2 : len < 0x100 ? 3 : len < 0x10000 ? 4 : len < 0x1000000 ? 5 : 6;
  }

  private static ObjectValue rsaJwk(byte[] pkcs1) {
    List<Der> f = Der.parse(pkcs1).children();
    if (f.size() < 9) {
      throw BuiltinException.builtinError("x509: failed to parse private key");
    }
    String[] names = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    ObjectValue.Builder b = ObjectValue.builder().put("kty", new StringValue("RSA"));
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], new StringValue(b64url(f.get(i + 1).integer())));
    }
    return b.build();
  }

  private static String b64url(BigInteger v) {
    byte[] raw = v.toByteArray();
    if (raw.length > 1 && raw[0] == 0) {
      raw = java.util.Arrays.copyOfRange(raw, 1, raw.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  private static Value rsaPrivateKey(String input) {
    byte[] data = pemOrBase64(input);
    List<byte[]> blocks = pemBlocks(data, "RSA PRIVATE KEY");
    if (blocks.isEmpty()) {
      throw BuiltinException.builtinError("failed to parse PEM block containing the key");
    }
    return rsaJwk(blocks.get(0));
  }

  private static Value privateKeys(BuiltinContext ctx, List<Value> a) {
    String input = Args.string(a, 0);
    if (input.isEmpty()) {
      return NullValue.INSTANCE;
    }
    byte[] data;
    try {
      data = pemOrBase64(input);
    } catch (BuiltinException e) {
      return ArrayValue.EMPTY;
    }
    List<Value> out = new ArrayList<>();
    for (byte[] block : pemBlocks(data, "RSA PRIVATE KEY")) {
      out.add(rsaJwk(block));
    }
    return new ArrayValue(out);
  }

  private static Value keyPair(BuiltinContext ctx, List<Value> a) {
    List<X509Certificate> certs = certificates(Args.string(a, 0));
    byte[] keyData = pemOrBase64(Args.string(a, 1));
    List<byte[]> rsa = pemBlocks(keyData, "RSA PRIVATE KEY");
    ObjectValue key = rsa.isEmpty() ? ObjectValue.EMPTY : rsaJwk(rsa.get(0));
    if (!rsa.isEmpty() && certs.get(0).getPublicKey() instanceof RSAPublicKey pub
        && !b64url(pub.getModulus()).equals(((StringValue) key.get("n")).value())) {
      throw BuiltinException.builtinError("tls: private key does not match public key");
    }
    List<Value> ders = new ArrayList<>();
    for (X509Certificate c : certs) {
      try {
        ders.add(new StringValue(Base64.getEncoder().encodeToString(c.getEncoded())));
      } catch (GeneralSecurityException e) {
        throw BuiltinException.builtinError("x509: " + e.getMessage(), e);
      }
    }
    return ObjectValue.builder()
        .put("Certificate", new ArrayValue(ders))
        .put("PrivateKey", key)
        .put("Leaf", X509Json.certificate(certs.get(0)))
        .build();
  }
}
