package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/** Keys for JWT: PEM certificates and public keys, JWKs and JWK sets (public, private, oct). */
final class JwtKeys {
  /** A key with the optional "alg" and "kid" of its JWK. */
  record JwtKey(Key key, String alg, String kid) {}

  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----\\r?\\n?", Pattern.DOTALL);
  private static final Map<String, String> CURVES = Map.of(
      "P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

  private JwtKeys() {}

  /** A PEM block's type and DER bytes, or null when the text is not PEM. */
  record PemBlock(String type, byte[] der, String rest) {}

  static PemBlock pem(String text) {
    Matcher m = PEM.matcher(text);
    if (!m.find()) {
      return null;
    }
    String body = m.group(2).replaceAll("(?m)^[A-Za-z-]+: .*$", "").replaceAll("\\s", "");
    try {
      return new PemBlock(m.group(1), Base64.getDecoder().decode(body), text.substring(m.end()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static List<JwtKey> verificationKeys(String certOrJwk) {
    PemBlock block = pem(certOrJwk);
    if (block != null) {
      if (!block.rest().isEmpty()) {
        throw BuiltinException.builtinError("extra data after a PEM certificate block");
      }
      if (block.type().equals("CERTIFICATE")) {
        try {
          X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(block.der()));
          return List.of(new JwtKey(cert.getPublicKey(), "", ""));
        } catch (GeneralSecurityException e) {
          throw BuiltinException.builtinError("failed to parse a PEM certificate: " + e.getMessage(), e);
        }
      }
      if (block.type().equals("PUBLIC KEY")) {
        return List.of(new JwtKey(publicKey(block.der()), "", ""));
      }
      throw BuiltinException.builtinError("failed to extract a Key from the PEM certificate");
    }
    List<JwtKey> keys = new ArrayList<>();
    for (ObjectValue jwk : jwks(certOrJwk, "failed to parse a JWK key (set): ")) {
      JwtKey k;
      try {
        k = fromJwk(jwk, false);
      } catch (BuiltinException e) {
        throw BuiltinException.builtinError("failed to parse a JWK key (set): " + e.getMessage(), e);
      }
      if (!k.alg().isEmpty() && !JwtAlgorithms.known(k.alg())) {
        continue;
      }
      keys.add(k);
    }
    return keys;
  }

  static java.security.PublicKey publicKey(byte[] der) {
    for (String alg : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next key type
      }
    }
    throw BuiltinException.builtinError("failed to parse a PEM public key");
  }

  /** The keys of a JWK or JWK set document. */
  static List<ObjectValue> jwks(String text, String errorPrefix) {
    Value doc;
    try {
      doc = Values.parseJson(text);
    } catch (IllegalArgumentException e) {
      throw BuiltinException.builtinError(errorPrefix + e.getMessage(), e);
    }
    if (!(doc instanceof ObjectValue o)) {
      throw BuiltinException.builtinError(errorPrefix + "not a JSON object");
    }
    if (o.get("keys") instanceof ArrayValue arr) {
      List<ObjectValue> out = new ArrayList<>();
      for (Value v : arr.elements()) {
        if (v instanceof ObjectValue k) {
          out.add(k);
        }
      }
      return out;
    }
    if (o.get("kty") == null) {
      throw BuiltinException.builtinError(errorPrefix + "missing \"kty\"");
    }
    return List.of(o);
  }

  private static String str(ObjectValue jwk, String name) {
    return jwk.get(name) instanceof StringValue s ? s.value() : "";
  }

  private static BigInteger big(ObjectValue jwk, String name) {
    return new BigInteger(1, bytes(jwk, name));
  }

  private static byte[] bytes(ObjectValue jwk, String name) {
    String v = str(jwk, name);
    if (v.isEmpty()) {
      throw BuiltinException.builtinError("failed to parse JWK: missing \"" + name + "\"");
    }
    return Base64.getUrlDecoder().decode(v.replace("=", ""));
  }

  /** A JWK as a JDK key: public (or private when {@code priv} and "d" is present). */
  static JwtKey fromJwk(ObjectValue jwk, boolean priv) {
    String kty = str(jwk, "kty");
    try {
      Key key = switch (kty) {
        case "RSA" -> {
          KeyFactory f = KeyFactory.getInstance("RSA");
          if (priv && jwk.get("d") != null) {
            yield jwk.get("p") != null
                ? f.generatePrivate(new RSAPrivateCrtKeySpec(big(jwk, "n"), big(jwk, "e"), big(jwk, "d"),
                    big(jwk, "p"), big(jwk, "q"), big(jwk, "dp"), big(jwk, "dq"), big(jwk, "qi")))
                : f.generatePrivate(new RSAPrivateKeySpec(big(jwk, "n"), big(jwk, "d")));
          }
          yield f.generatePublic(new RSAPublicKeySpec(big(jwk, "n"), big(jwk, "e")));
        }
        case "EC" -> {
          String curve = CURVES.get(str(jwk, "crv"));
          if (curve == null) {
            throw BuiltinException.builtinError("failed to parse JWK: unsupported curve " + str(jwk, "crv"));
          }
          AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
          params.init(new ECGenParameterSpec(curve));
          ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
          KeyFactory f = KeyFactory.getInstance("EC");
          yield priv && jwk.get("d") != null
              ? f.generatePrivate(new ECPrivateKeySpec(big(jwk, "d"), spec))
              : f.generatePublic(new ECPublicKeySpec(new ECPoint(big(jwk, "x"), big(jwk, "y")), spec));
        }
        case "OKP" -> {
          KeyFactory f = KeyFactory.getInstance("Ed25519");
          if (priv && jwk.get("d") != null) {
            yield f.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, bytes(jwk, "d")));
          }
          byte[] x = bytes(jwk, "x");
          boolean odd = (x[x.length - 1] & 0x80) != 0;
          byte[] le = x.clone();
          le[le.length - 1] &= 0x7f;
          byte[] be = new byte[le.length];
          for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
          }
          yield f.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(odd, new BigInteger(1, be))));
        }
        case "oct" -> new SecretKeySpec(bytes(jwk, "k").length == 0 ? new byte[1] : bytes(jwk, "k"), "HMAC");
        default -> throw BuiltinException.builtinError("failed to parse JWK: unsupported key type " + GoQuoteLite.q(kty));
      };
      return new JwtKey(key, str(jwk, "alg"), str(jwk, "kid"));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw BuiltinException.builtinError("failed to parse JWK: " + e.getMessage(), e);
    }
  }

  /** Tiny indirection so error texts quote like Go. */
  private static final class GoQuoteLite {
    static String q(String s) {
      return dev.vigil.rego.value.GoQuote.quote(s);
    }
  }
}
