package dev.vigil.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Go's encoding/base64, encoding/hex and net/url escaping, with Go's error texts. */
final class GoEncoding {
  private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private GoEncoding() {}

  /** Decodes padded base64 strictly as Go does ("illegal base64 data at input byte N"). */
  static byte[] base64Decode(String s, boolean url) {
    String alphabet = url ? URL : STD;
    StringBuilder clean = new StringBuilder(s.length());
    int[] origin = new int[s.length() + 1];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        continue;
      }
      origin[clean.length()] = i;
      clean.append(c);
    }
    origin[clean.length()] = s.length();
    String t = clean.toString();
    int pad = t.indexOf('=');
    int dataLen = pad < 0 ? t.length() : pad;
    for (int i = 0; i < dataLen; i++) {
      if (alphabet.indexOf(t.charAt(i)) < 0) {
        throw illegal(origin[i]);
      }
    }
    if (pad >= 0) {
      int padLen = t.length() - pad;
      boolean ok = (dataLen % 4 == 2 && padLen == 2 && t.endsWith("=="))
          || (dataLen % 4 == 3 && padLen == 1);
      if (!ok) {
        throw illegal(origin[pad]);
      }
    } else if (dataLen % 4 != 0) {
      throw illegal(origin[dataLen - dataLen % 4]);
    }
    String std = url ? t.replace('-', '+').replace('_', '/') : t;
    return Base64.getDecoder().decode(std);
  }

  private static BuiltinException illegal(int at) {
    return BuiltinException.builtinError("illegal base64 data at input byte " + at);
  }

  static String base64Encode(byte[] b, boolean url, boolean pad) {
    Base64.Encoder e = url ? Base64.getUrlEncoder() : Base64.getEncoder();
    return (pad ? e : e.withoutPadding()).encodeToString(b);
  }

  static String hexEncode(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return sb.toString();
  }

  static byte[] hexDecode(String s) {
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (; i + 1 < raw.length; i += 2) {
      int hi = Character.digit(raw[i], 16);
      int lo = Character.digit(raw[i + 1], 16);
      if (hi < 0) {
        throw invalidHex(s, i);
      }
      if (lo < 0) {
        throw invalidHex(s, i + 1);
      }
      out.write(hi * 16 + lo);
    }
    if (raw.length % 2 == 1) {
      if (Character.digit(raw[i], 16) < 0) {
        throw invalidHex(s, i);
      }
      throw BuiltinException.builtinError("encoding/hex: odd length hex string");
    }
    return out.toByteArray();
  }

  private static BuiltinException invalidHex(String s, int byteIndex) {
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    int b = raw[byteIndex] & 0xFF;
    String shown = b < 0x80 ? "'" + (char) b + "'" : "'\\x" + Integer.toHexString(b) + "'";
    return BuiltinException.builtinError(
        String.format("encoding/hex: invalid byte: U+%04X %s", b, shown));
  }

  /** url.QueryEscape. */
  static String queryEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  /** url.QueryUnescape: "+" is a space; a bad escape is an error. */
  static String queryUnescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      int c = raw[i] & 0xFF;
      if (c == '%') {
        if (i + 2 >= raw.length || Character.digit(raw[i + 1], 16) < 0 || Character.digit(raw[i + 2], 16) < 0) {
          String bad = new String(raw, i, Math.min(3, raw.length - i), StandardCharsets.UTF_8);
          throw BuiltinException.builtinError("invalid URL escape " + dev.vigil.rego.value.GoQuote.quote(bad));
        }
        out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        out.write(c == '+' ? ' ' : c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
