package dev.vigil.rego.builtins;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Map;
import java.util.Set;

/** JWS algorithms (RFC 7518) on JDK crypto: HS*, RS*, PS*, ES*, EdDSA. */
final class JwtAlgorithms {
  private static final Set<String> KNOWN = Set.of(
      "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
      "HS256", "HS384", "HS512", "EdDSA");
  private static final Map<String, String> HASH = Map.of("256", "SHA-256", "384", "SHA-384", "512", "SHA-512");

  private JwtAlgorithms() {}

  static boolean known(String alg) {
    return KNOWN.contains(alg);
  }

  /** Whether {@code signature} is valid for {@code input}; false on any key/type mismatch. */
  static boolean verify(String alg, Key key, byte[] input, byte[] signature) {
    try {
      if (alg.startsWith("HS")) {
        byte[] secret = key.getEncoded();
        return MessageDigest.isEqual(hmac(alg, secret, input), signature);
      }
      if (!(key instanceof PublicKey pub)) {
        return false;
      }
      if (alg.startsWith("PS")) {
        int hashLen = Integer.parseInt(alg.substring(2)) / 8;
        int maxSalt = ((RSAKey) pub).getModulus().bitLength() / 8 - hashLen - 2;
        for (int salt : new int[] {hashLen, maxSalt}) {
          Signature s = signature(alg, salt);
          s.initVerify(pub);
          s.update(input);
          if (s.verify(signature)) {
            return true;
          }
        }
        return false;
      }
      Signature s = signature(alg, 0);
      s.initVerify(pub);
      s.update(input);
      return s.verify(signature);
    } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
      return false;
    }
  }

  static byte[] sign(String alg, Key key, byte[] input, SecureRandom random) {
    try {
      if (alg.startsWith("HS")) {
        return hmac(alg, key.getEncoded(), input);
      }
      if (!(key instanceof PrivateKey priv)) {
        throw BuiltinException.builtinError("failed to sign payload: " + alg + " needs a private key");
      }
      Signature s = signature(alg, Integer.parseInt(alg.equals("EdDSA") ? "0" : alg.substring(2)) / 8);
      s.initSign(priv, random);
      s.update(input);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtinError("failed to sign payload: " + e.getMessage(), e);
    }
  }

  private static byte[] hmac(String alg, byte[] secret, byte[] input) {
    return CryptoBuiltins.mac("HmacSHA" + alg.substring(2), secret, input);
  }

  private static Signature signature(String alg, int pssSalt) throws GeneralSecurityException {
    if (alg.equals("EdDSA")) {
      return Signature.getInstance("Ed25519");
    }
    String bits = alg.substring(2);
    switch (alg.substring(0, 2)) {
      case "RS":
        return Signature.getInstance("SHA" + bits + "withRSA");
      case "ES":
        return Signature.getInstance("SHA" + bits + "withECDSAinP1363Format");
      case "PS":
        Signature s = Signature.getInstance("RSASSA-PSS");
        String hash = HASH.get(bits);
        s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), pssSalt, 1));
        return s;
      default:
        throw new GeneralSecurityException("unknown JWS algorithm: " + alg);
    }
  }
}
