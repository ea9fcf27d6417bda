package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** base64*, base64url*, hex.*, urlquery.*. */
final class EncodingBuiltins {
  private EncodingBuiltins() {}

  static void register(Registrar r) {
    r.add("base64.encode", bytesIn(b -> GoEncoding.base64Encode(b, false, true)));
    r.add("base64.decode", stringOut(s -> GoEncoding.base64Decode(s, false)));
    r.add("base64.is_valid", (ctx, a) -> isValid(a, s -> GoEncoding.base64Decode(s, false)));
    r.add("base64url.encode", bytesIn(b -> GoEncoding.base64Encode(b, true, true)));
    r.add("base64url.encode_no_pad", bytesIn(b -> GoEncoding.base64Encode(b, true, false)));
    r.add("base64url.decode", stringOut(EncodingBuiltins::base64UrlDecode));
    r.add("hex.encode", bytesIn(GoEncoding::hexEncode));
    r.add("hex.decode", stringOut(GoEncoding::hexDecode));
    r.add("urlquery.encode", (ctx, a) -> new StringValue(GoEncoding.queryEscape(Args.string(a, 0))));
    r.add("urlquery.decode", (ctx, a) -> new StringValue(GoEncoding.queryUnescape(Args.string(a, 0))));
    r.add("urlquery.encode_object", EncodingBuiltins::encodeObject);
    r.add("urlquery.decode_object", EncodingBuiltins::decodeObject);
  }

  private static BuiltinFunction bytesIn(Function<byte[], String> f) {
    return (ctx, a) -> new StringValue(f.apply(Args.string(a, 0).getBytes(StandardCharsets.UTF_8)));
  }

  private static BuiltinFunction stringOut(Function<String, byte[]> f) {
    return (ctx, a) -> new StringValue(new String(f.apply(Args.string(a, 0)), StandardCharsets.UTF_8));
  }

  private static Value isValid(List<Value> a, Function<String, byte[]> decode) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      decode.apply(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  // RFC 7515 appendix C: restore omitted padding before decoding.
  private static byte[] base64UrlDecode(String s) {
    if (!s.endsWith("=")) {
      switch (s.length() % 4) {
        case 0 -> { }
        case 2 -> s += "==";
        case 3 -> s += "=";
        default -> throw BuiltinException.builtinError("illegal base64url string: " + s);
      }
    }
    return GoEncoding.base64Decode(s, true);
  }

  private static Value encodeObject(BuiltinContext ctx, List<Value> a) {
    ObjectValue obj = Args.object(a, 0);
    TreeMap<String, List<String>> query = new TreeMap<>();
    for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
      String key = dev.vigil.rego.value.Values.keyText(e.getKey());
      Value v = e.getValue();
      List<String> vals = new ArrayList<>();
      if (v instanceof StringValue s) {
        vals.add(s.value());
      } else if (v instanceof ArrayValue || v instanceof SetValue) {
        List<Value> items = v instanceof ArrayValue arr ? arr.elements() : ((SetValue) v).elements();
        for (Value item : items) {
          if (!(item instanceof StringValue s)) {
            throw encodeObjectError();
          }
          vals.add(s.value());
        }
      } else {
        throw encodeObjectError();
      }
      query.put(key, vals);
    }
    StringBuilder sb = new StringBuilder();
    query.forEach((k, vals) -> {
      for (String v : vals) {
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(GoEncoding.queryEscape(k)).append('=').append(GoEncoding.queryEscape(v));
      }
    });
    return new StringValue(sb.toString());
  }

  private static BuiltinException encodeObjectError() {
    return BuiltinException.operand(1, "values must be string, array[string], or set[string]");
  }

  private static Value decodeObject(BuiltinContext ctx, List<Value> a) {
    String query = Args.string(a, 0);
    Map<String, List<Value>> params = new LinkedHashMap<>();
    BuiltinException firstError = null;
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.contains(";")) {
        firstError = firstError != null ? firstError
            : BuiltinException.builtinError("invalid semicolon separator in query");
        continue;
      }
      int eq = part.indexOf('=');
      String k = eq < 0 ? part : part.substring(0, eq);
      String v = eq < 0 ? "" : part.substring(eq + 1);
      try {
        k = GoEncoding.queryUnescape(k);
        v = GoEncoding.queryUnescape(v);
      } catch (BuiltinException e) {
        firstError = firstError != null ? firstError : e;
        continue;
      }
      params.computeIfAbsent(k, x -> new ArrayList<>()).add(new StringValue(v));
    }
    if (firstError != null) {
      throw firstError;
    }
    ObjectValue.Builder b = ObjectValue.builder();
    params.forEach((k, vs) -> b.put(k, new ArrayValue(vs)));
    return b.build();
  }
}
