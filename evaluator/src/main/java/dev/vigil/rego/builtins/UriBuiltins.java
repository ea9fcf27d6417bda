package dev.vigil.rego.builtins;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.GoQuote;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** uri.parse and uri.is_valid, following Go's net/url.Parse. */
final class UriBuiltins {
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);

  private UriBuiltins() {}

  static void register(Registrar r) {
    r.add("uri.parse", (ctx, a) -> parse(Args.string(a, 0)));
    r.add("uri.is_valid", UriBuiltins::isValid);
  }

  private static Value isValid(BuiltinContext ctx, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s) || s.value().isEmpty()) {
      return BooleanValue.FALSE;
    }
    try {
      parse(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  static ObjectValue parse(String raw) {
    String prefix = "parse " + GoQuote.quote(raw) + ": ";
    if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw BuiltinException.builtinError(prefix + "net/url: invalid control character in URL");
    }
    String rest = raw;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = unescape(rest.substring(hash + 1), prefix);
      rest = rest.substring(0, hash);
    }
    String scheme = "";
    Matcher m = SCHEME.matcher(rest);
    if (m.matches()) {
      scheme = m.group(1).toLowerCase(java.util.Locale.ROOT);
      rest = m.group(2);
    } else if (rest.startsWith(":")) {
      throw BuiltinException.builtinError(prefix + "missing protocol scheme");
    }
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    String host = "";
    String port = "";
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      rest = slash < 0 ? "" : rest.substring(slash);
      int at = authority.lastIndexOf('@');
      String hostPort = at < 0 ? authority : authority.substring(at + 1);
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0 && hostPort.indexOf(']', colon) < 0) {
        port = hostPort.substring(colon + 1);
        hostPort = hostPort.substring(0, colon);
        if (!port.chars().allMatch(Character::isDigit)) {
          throw BuiltinException.builtinError(prefix + "invalid port " + GoQuote.quote(":" + port) + " after host");
        }
      }
      host = hostPort.startsWith("[") && hostPort.endsWith("]") ? hostPort.substring(1, hostPort.length() - 1) : hostPort;
    } else if (scheme.isEmpty() && rest.indexOf(':') >= 0 && rest.indexOf(':') < (rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'))) {
      throw BuiltinException.builtinError(prefix + "first path segment in URL cannot contain colon");
    }
    String path = unescape(rest, prefix);
    ObjectValue.Builder b = ObjectValue.builder();
    put(b, "scheme", scheme);
    put(b, "hostname", host);
    put(b, "port", port);
    if (!path.isEmpty()) {
      b.put("path", new StringValue(path));
      // Go keeps a raw path only when it differs from the default escaping of the path.
      b.put("raw_path", new StringValue(escapePath(path).equals(rest) ? path : rest));
    }
    put(b, "raw_query", query);
    put(b, "fragment", fragment);
    return b.build();
  }

  private static String escapePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (Character.isLetterOrDigit(c) && c < 0x80 || "-_.~$&+,/:;=@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  private static void put(ObjectValue.Builder b, String key, String value) {
    if (!value.isEmpty()) {
      b.put(key, new StringValue(value));
    }
  }

  private static String unescape(String s, String prefix) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%') {
        if (i + 2 >= raw.length || Character.digit(raw[i + 1], 16) < 0 || Character.digit(raw[i + 2], 16) < 0) {
          String bad = new String(raw, i, Math.min(3, raw.length - i), StandardCharsets.UTF_8);
          throw BuiltinException.builtinError(prefix + "invalid URL escape " + GoQuote.quote(bad));
        }
        out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
