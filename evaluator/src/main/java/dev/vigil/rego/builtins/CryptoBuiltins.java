package dev.vigil.rego.builtins;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** crypto.md5 / sha1 / sha256 and crypto.hmac.*. */
final class CryptoBuiltins {
  private CryptoBuiltins() {}

  static void register(Registrar r) {
    r.add("crypto.md5", digest("MD5"));
    r.add("crypto.sha1", digest("SHA-1"));
    r.add("crypto.sha256", digest("SHA-256"));
    r.add("crypto.hmac.md5", hmac("HmacMD5"));
    r.add("crypto.hmac.sha1", hmac("HmacSHA1"));
    r.add("crypto.hmac.sha256", hmac("HmacSHA256"));
    r.add("crypto.hmac.sha512", hmac("HmacSHA512"));
    r.add("crypto.hmac.equal", CryptoBuiltins::equal);
  }

  private static BuiltinFunction digest(String algorithm) {
    return (ctx, a) -> {
      byte[] in = Args.string(a, 0).getBytes(StandardCharsets.UTF_8);
      try {
        return new StringValue(GoEncoding.hexEncode(MessageDigest.getInstance(algorithm).digest(in)));
      } catch (GeneralSecurityException e) {
        throw BuiltinException.builtinError(algorithm + " unavailable", e);
      }
    };
  }

  static byte[] mac(String algorithm, byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key.length == 0 ? new EmptyKey(algorithm) : new SecretKeySpec(key, algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw BuiltinException.builtinError(algorithm + " unavailable", e);
    }
  }

  private static BuiltinFunction hmac(String algorithm) {
    return (ctx, a) -> {
      byte[] message = Args.string(a, 0).getBytes(StandardCharsets.UTF_8);
      byte[] key = Args.string(a, 1).getBytes(StandardCharsets.UTF_8);
      return new StringValue(GoEncoding.hexEncode(mac(algorithm, key, message)));
    };
  }

  private static Value equal(BuiltinContext ctx, List<Value> a) {
    byte[] x = Args.string(a, 0).getBytes(StandardCharsets.UTF_8);
    byte[] y = Args.string(a, 1).getBytes(StandardCharsets.UTF_8);
    return BooleanValue.of(MessageDigest.isEqual(x, y));
  }

  /** SecretKeySpec refuses empty keys, which HMAC (and Go) accept. */
  private static final class EmptyKey implements javax.crypto.SecretKey {
    private static final long serialVersionUID = 1L;
    private final String algorithm;

    EmptyKey(String algorithm) {
      this.algorithm = algorithm;
    }

    @Override
    public String getAlgorithm() {
      return algorithm;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return new byte[0];
    }
  }
}
