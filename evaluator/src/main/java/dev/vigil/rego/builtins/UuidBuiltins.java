package dev.vigil.rego.builtins;

import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** uuid.rfc4122 (random v4, stable per evaluation and argument) and uuid.parse. */
final class UuidBuiltins {
  private static final long GREGORIAN_TO_UNIX_100NS = 122_192_928_000_000_000L;

  private UuidBuiltins() {}

  static void register(Registrar r) {
    r.add("uuid.rfc4122", (ctx, a) -> {
      Args.string(a, 0);
      return ctx.memo("uuid.rfc4122", a, () -> new StringValue(random(ctx)));
    });
    r.add("uuid.parse", UuidBuiltins::parse);
  }

  private static String random(BuiltinContext ctx) {
    byte[] b = new byte[16];
    ctx.random().nextBytes(b);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    return format(b);
  }

  private static String format(byte[] b) {
    String h = GoEncoding.hexEncode(b);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
        + h.substring(16, 20) + "-" + h.substring(20);
  }

  /** google/uuid.Parse forms: canonical, urn:uuid:, {braced}, 32 hex digits. */
  static byte[] bytes(String s) {
    String hex;
    if (s.length() == 45 && s.substring(0, 9).toLowerCase(Locale.ROOT).equals("urn:uuid:")) {
      s = s.substring(9);
    } else if (s.length() == 38 && s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, 37);
    }
    if (s.length() == 36) {
      if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
        return null;
      }
      hex = s.replace("-", "");
    } else if (s.length() == 32) {
      hex = s;
    } else {
      return null;
    }
    if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  private static Value parse(BuiltinContext ctx, List<Value> a) {
    byte[] u = bytes(Args.string(a, 0));
    if (u == null) {
      return null;
    }
    int version = (u[6] & 0xff) >> 4;
    ObjectValue.Builder b = ObjectValue.builder()
        .put("version", NumberValue.of(version))
        .put("variant", new StringValue(variant(u[8] & 0xff)));
    if (version == 1 || version == 2) {
      long time = (be(u, 0, 4)) | (be(u, 4, 2) << 32) | ((be(u, 6, 2) & 0xfff) << 48);
      long since = time - GREGORIAN_TO_UNIX_100NS;
      BigInteger ns = BigInteger.valueOf(since / 10_000_000L).multiply(BigInteger.valueOf(1_000_000_000L))
          .add(BigInteger.valueOf((since % 10_000_000L) * 100));
      b.put("time", NumberValue.of(ns));
      StringBuilder node = new StringBuilder();
      for (int i = 10; i < 16; i++) {
        node.append(i > 10 ? "-" : "").append(String.format("%02x", u[i] & 0xff));
      }
      b.put("nodeid", new StringValue(node.toString()));
      b.put("macvariables", new StringValue(macVariables(u[10] & 0xff)));
      b.put("clocksequence", NumberValue.of(be(u, 8, 2) & 0x3fff));
      if (version == 2) {
        b.put("id", NumberValue.of(be(u, 0, 4)));
        int domain = u[9] & 0xff;
        String[] names = {"Person", "Group", "Org"};
        b.put("domain", new StringValue(domain < 3 ? names[domain] : "Domain" + domain));
      }
    }
    return b.build();
  }

  private static long be(byte[] u, int off, int len) {
    long v = 0;
    for (int i = off; i < off + len; i++) {
      v = (v << 8) | (u[i] & 0xff);
    }
    return v;
  }

  private static String variant(int b) {
    if ((b & 0xc0) == 0x80) {
      return "RFC4122";
    } else if ((b & 0xe0) == 0xc0) {
      return "Microsoft";
    } else if ((b & 0xe0) == 0xe0) {
      return "Future";
    }
    return "Reserved";
  }

  private static String macVariables(int b) {
    if ((b & 3) == 3) {
      return "local:multicast";
    } else if ((b & 1) == 1) {
      return "global:multicast";
    } else if ((b & 2) == 2) {
      return "local:unicast";
    }
    return "global:unicast";
  }
}
