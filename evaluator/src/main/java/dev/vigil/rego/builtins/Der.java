package dev.vigil.rego.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal DER reader: enough to take apart PKCS#1 keys and PKCS#10 requests. */
record Der(int tag, byte[] encoded, int contentStart, int end) {
  static Der read(byte[] buf, int pos, int limit) {
    if (pos + 2 > limit) {
      throw structure("data truncated");
    }
    int tag = buf[pos] & 0xff;
    int len = buf[pos + 1] & 0xff;
    int start = pos + 2;
    if (len >= 0x80) {
      int n = len & 0x7f;
      if (n == 0 || n > 4 || start + n > limit) {
        throw structure("invalid length");
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (buf[start + i] & 0xff);
      }
      start += n;
    }
    if (len < 0 || start + len > limit) {
      throw structure("data truncated");
    }
    return new Der(tag, buf, start, start + len);
  }

  static Der parse(byte[] buf) {
    Der d = read(buf, 0, buf.length);
    if (d.end() != buf.length) {
      throw structure("trailing data");
    }
    return d;
  }

  private static BuiltinException structure(String what) {
    return BuiltinException.builtinError("asn1: structure error: " + what);
  }

  List<Der> children() {
    List<Der> out = new ArrayList<>();
    for (int p = contentStart; p < end; ) {
      Der c = read(encoded, p, end);
      out.add(c);
      p = c.end();
    }
    return out;
  }

  byte[] content() {
    return Arrays.copyOfRange(encoded, contentStart, end);
  }

  /** The whole element, header included. */
  byte[] raw(int headerStart) {
    return Arrays.copyOfRange(encoded, headerStart, end);
  }

  BigInteger integer() {
    if (tag != 0x02) {
      throw structure("expected INTEGER");
    }
    return new BigInteger(content());
  }
}
