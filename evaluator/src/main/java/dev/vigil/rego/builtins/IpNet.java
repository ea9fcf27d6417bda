package dev.vigil.rego.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An IP network as Go's net.IPNet: address bytes (4 or 16), prefix length, bit width. */
record IpNet(byte[] ip, int prefix) {
  int bits() {
    return ip.length * 8;
  }

  /** Go's net.ParseIP: IPv4 dotted quad (no leading zeros) or IPv6. */
  static Optional<byte[]> parseIp(String s) {
    if (s.indexOf(':') >= 0) {
      return parseIpv6(s);
    }
    return parseIpv4(s);
  }

  private static Optional<byte[]> parseIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return Optional.empty();
      }
      out[i] = (byte) v;
    }
    return Optional.of(out);
  }

  private static Optional<byte[]> parseIpv6(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return Optional.empty();
    }
    String head = dbl >= 0 ? s.substring(0, dbl) : s;
    String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
    Optional<byte[]> h = groups(head, dbl < 0 || tail.isEmpty());
    Optional<byte[]> t = groups(tail, true);
    if (h.isEmpty() || t.isEmpty()) {
      return Optional.empty();
    }
    int len = h.get().length + t.get().length;
    if (dbl < 0 ? len != 16 : len >= 16) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    System.arraycopy(h.get(), 0, out, 0, h.get().length);
    System.arraycopy(t.get(), 0, out, 16 - t.get().length, t.get().length);
    return Optional.of(out);
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address when allowed. */
  private static Optional<byte[]> groups(String s, boolean v4Allowed) {
    if (s.isEmpty()) {
      return Optional.of(new byte[0]);
    }
    String[] parts = s.split(":", -1);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.indexOf('.') >= 0 && i == parts.length - 1 && v4Allowed) {
        Optional<byte[]> v4 = parseIpv4(p);
        if (v4.isEmpty()) {
          return Optional.empty();
        }
        out.writeBytes(v4.get());
        continue;
      }
      if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return Optional.empty();
      }
      int v = Integer.parseInt(p, 16);
      out.write(v >> 8);
      out.write(v & 0xff);
    }
    return Optional.of(out.toByteArray());
  }

  /** Go's net.ParseCIDR; the address is masked to the network. */
  static IpNet parseCidr(String s) {
    int slash = s.indexOf('/');
    if (slash >= 0) {
      String prefixText = s.substring(slash + 1);
      Optional<byte[]> ip = parseIp(s.substring(0, slash));
      if (ip.isPresent() && prefixText.matches("[0-9]{1,3}") && !(prefixText.length() > 1 && prefixText.startsWith("0"))) {
        int prefix = Integer.parseInt(prefixText);
        byte[] addr = ip.get();
        if (prefix <= addr.length * 8) {
          return new IpNet(mask(addr, prefix), prefix);
        }
      }
    }
    throw BuiltinException.builtinError("invalid CIDR address: " + s);
  }

  static byte[] mask(byte[] ip, int prefix) {
    byte[] out = ip.clone();
    for (int b = 0; b < out.length * 8; b++) {
      if (b >= prefix) {
        out[b / 8] &= (byte) ~(0x80 >> (b % 8));
      }
    }
    return out;
  }

  BigInteger first() {
    return new BigInteger(1, mask(ip, prefix));
  }

  BigInteger last() {
    BigInteger hostMask = BigInteger.ONE.shiftLeft(bits() - prefix).subtract(BigInteger.ONE);
    return first().or(hostMask);
  }

  /** Go's IPNet.Contains: IPv4 networks contain IPv4 (and IPv4-mapped) addresses only. */
  boolean contains(byte[] addr) {
    byte[] a = addr;
    if (ip.length == 4 && a.length == 16 && isV4Mapped(a)) {
      a = java.util.Arrays.copyOfRange(a, 12, 16);
    }
    if (a.length != ip.length) {
      return false;
    }
    return java.util.Arrays.equals(mask(a, prefix), mask(ip, prefix));
  }

  static boolean isV4Mapped(byte[] a) {
    for (int i = 0; i < 10; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
  }

  static byte[] toBytes(BigInteger v, int len) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[len];
    int copy = Math.min(raw.length, len);
    System.arraycopy(raw, raw.length - copy, out, len - copy, copy);
    return out;
  }

  /** Go's net.IP.String. */
  static String format(byte[] a) {
    if (a.length == 4 || (a.length == 16 && isV4Mapped(a))) {
      int o = a.length - 4;
      return (a[o] & 0xff) + "." + (a[o + 1] & 0xff) + "." + (a[o + 2] & 0xff) + "." + (a[o + 3] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && a[2 * j] == 0 && a[2 * j + 1] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff)));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return format(ip) + "/" + prefix;
  }

  /** The fewest CIDRs covering [first, last]. */
  static List<IpNet> rangeToCidrs(BigInteger first, BigInteger last, int len) {
    List<IpNet> out = new ArrayList<>();
    int bits = len * 8;
    BigInteger cur = first;
    while (cur.compareTo(last) <= 0) {
      int size = cur.signum() == 0 ? bits : cur.getLowestSetBit();
      size = Math.min(size, bits);
      while (size > 0 && cur.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(last) > 0) {
        size--;
      }
      out.add(new IpNet(toBytes(cur, len), bits - size));
      cur = cur.add(BigInteger.ONE.shiftLeft(size));
    }
    return out;
  }
}
