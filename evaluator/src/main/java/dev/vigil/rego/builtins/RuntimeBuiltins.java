package dev.vigil.rego.builtins;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** rand.intn, opa.runtime, trace, and the network builtins Vigil refuses (http.send, DNS). */
final class RuntimeBuiltins {
  static final String NO_NETWORK = "not supported in Vigil (no network access from policies)";

  private static final Set<String> HTTP_KEYS = Set.of(
      "method", "url", "body", "enable_redirect", "force_json_decode", "force_yaml_decode",
      "headers", "raw_body", "tls_use_system_certs", "tls_ca_cert", "tls_ca_cert_file",
      "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file",
      "tls_client_cert_env_variable", "tls_client_key", "tls_client_key_file",
      "tls_client_key_env_variable", "tls_insecure_skip_verify", "tls_server_name", "timeout",
      "cache", "force_cache", "force_cache_duration_seconds", "raise_error", "caching_mode",
      "max_retry_attempts", "cache_ignored_headers");

  private RuntimeBuiltins() {}

  static void register(Registrar r) {
    r.add("rand.intn", RuntimeBuiltins::randIntn);
    r.add("opa.runtime", (ctx, a) -> ctx.runtime().orElse(ObjectValue.EMPTY));
    r.add("trace", (ctx, a) -> {
      Args.string(a, 0);
      return BooleanValue.TRUE;
    });
    r.add("http.send", RuntimeBuiltins::httpSend);
    r.add("net.lookup_ip_addr", RuntimeBuiltins::lookup);
  }

  private static Value randIntn(BuiltinContext ctx, List<Value> a) {
    Args.string(a, 0);
    NumberValue n = Args.number(a, 1);
    if (!n.isInteger()) {
      throw BuiltinException.operand(2, "must be integer number but got floating-point number");
    }
    BigInteger bound = n.toBigInteger().abs();
    if (bound.signum() == 0) {
      return NumberValue.ZERO;
    }
    return ctx.memo("rand.intn", a, () -> {
      BigInteger v;
      do {
        v = new BigInteger(bound.bitLength(), new java.util.Random(ctx.random().nextLong()));
      } while (v.compareTo(bound) >= 0);
      return NumberValue.of(v);
    });
  }

  private static Value httpSend(BuiltinContext ctx, List<Value> a) {
    ObjectValue req = Args.object(a, 0);
    List<Value> invalid = new ArrayList<>();
    for (Value k : req.keys()) {
      if (!(k instanceof StringValue s) || !HTTP_KEYS.contains(s.value())) {
        invalid.add(k);
      }
    }
    if (!invalid.isEmpty()) {
      throw BuiltinException.typeError("invalid request parameters(s): " + SetValue.of(invalid).toRego());
    }
    List<Value> missing = new ArrayList<>();
    for (String required : List.of("method", "url")) {
      if (req.get(required) == null) {
        missing.add(new StringValue(required));
      }
    }
    if (!missing.isEmpty()) {
      throw BuiltinException.typeError("missing required request parameters(s): " + SetValue.of(missing).toRego());
    }
    throw BuiltinException.builtinError(NO_NETWORK);
  }

  // Literal addresses and localhost need no resolver; anything else would need DNS.
  private static Value lookup(BuiltinContext ctx, List<Value> a) {
    String name = Args.string(a, 0);
    Optional<byte[]> ip = IpNet.parseIp(name);
    if (ip.isPresent()) {
      return SetValue.of(new StringValue(IpNet.format(ip.get())));
    }
    if (name.equalsIgnoreCase("localhost")) {
      return SetValue.of(new StringValue("127.0.0.1"));
    }
    throw BuiltinException.builtinError(NO_NETWORK);
  }
}
