package dev.vigil.rego.builtins;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.rego.value.Values;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** providers.aws.sign_req: AWS Signature Version 4 for a request object (no network use). */
final class AwsSigningBuiltins {
  private static final List<String> REQUIRED = List.of("aws_access_key", "aws_region", "aws_secret_access_key", "aws_service");
  private static final Set<String> IGNORED_HEADERS = Set.of("authorization", "user-agent", "x-amzn-trace-id");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private AwsSigningBuiltins() {}

  static void register(Registrar r) {
    r.add("providers.aws.sign_req", AwsSigningBuiltins::signRequest);
  }

  private static String str(ObjectValue o, String key) {
    return o.get(key) instanceof StringValue s ? s.value() : "";
  }

  private static Value signRequest(BuiltinContext ctx, List<Value> a) {
    ObjectValue req = Args.object(a, 0);
    ObjectValue config = Args.object(a, 1);
    List<Value> missing = new ArrayList<>();
    List<Value> invalid = new ArrayList<>();
    for (String k : REQUIRED) {
      Value v = config.get(k);
      if (v == null) {
        missing.add(new StringValue(k));
      } else if (!(v instanceof StringValue)) {
        invalid.add(new StringValue(k));
      }
    }
    if (!missing.isEmpty()) {
      throw BuiltinException.operand(2, "missing required AWS config parameters(s): " + SetValue.of(missing).toRego());
    }
    if (!invalid.isEmpty()) {
      throw BuiltinException.operand(2, "invalid values for required AWS config parameters(s): " + SetValue.of(invalid).toRego());
    }
    NumberValue ts = Args.number(a, 2);
    // OPA needs an int64 literal; negative values only arise here from exponent literals it rejects.
    long nanos = ts.longValueExact().filter(v -> v >= 0).orElseThrow(() ->
        BuiltinException.operand(3, "could not convert time_ns value into a unix timestamp"));
    validateRequest(req);
    ObjectValue headers = ObjectValue.EMPTY;
    if (req.get("headers") != null) {
      if (!(req.get("headers") instanceof ObjectValue h)) {
        throw BuiltinException.operandType(0, req.get("headers"), "object");
      }
      headers = h;
    }
    boolean unsignedPayload = false;
    if (config.get("disable_payload_signing") != null) {
      if (!(config.get("disable_payload_signing") instanceof BooleanValue b)) {
        throw BuiltinException.operand(2, "invalid value for 'disable_payload_signing' in AWS config");
      }
      unsignedPayload = b.value();
    }
    URI url;
    try {
      url = new URI(str(req, "url"));
    } catch (URISyntaxException e) {
      throw BuiltinException.builtinError("parse " + dev.vigil.rego.value.GoQuote.quote(str(req, "url")) + ": " + e.getReason());
    }
    byte[] body = req.get("raw_body") != null ? str(req, "raw_body").getBytes(StandardCharsets.UTF_8)
        : req.get("body") != null ? Values.toJsonString(req.get("body")).getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    String service = str(config, "aws_service");
    String region = str(config, "aws_region");
    Instant when = Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    String day = DAY.format(when);
    String stamp = STAMP.format(when);
    String payloadHash = unsignedPayload ? "UNSIGNED-PAYLOAD" : hex(sha256(body));

    TreeMap<String, String> awsHeaders = new TreeMap<>();
    awsHeaders.put("host", url.getRawAuthority() == null ? "" : url.getRawAuthority());
    awsHeaders.put("x-amz-date", stamp);
    if (service.equals("s3") || service.equals("glacier")) {
      awsHeaders.put("x-amz-content-sha256", payloadHash);
    }
    String token = str(config, "aws_session_token");
    if (!token.isEmpty()) {
      awsHeaders.put("x-amz-security-token", token);
    }
    TreeMap<String, String> toSign = new TreeMap<>(awsHeaders);
    for (Map.Entry<Value, Value> e : headers.entries().entrySet()) {
      String name = Values.keyText(e.getKey()).toLowerCase(java.util.Locale.ROOT);
      if (!IGNORED_HEADERS.contains(name)) {
        toSign.put(name, e.getValue() instanceof StringValue s ? s.value() : "");
      }
    }
    StringBuilder canonical = new StringBuilder()
        .append(str(req, "method")).append('\n')
        .append(url.getRawPath() == null ? "" : url.getRawPath()).append('\n')
        .append(url.getRawQuery() == null ? "" : url.getRawQuery()).append('\n');
    toSign.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    String signedHeaders = String.join(";", toSign.keySet());
    canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String toSignText = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n"
        + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + str(config, "aws_secret_access_key")).getBytes(StandardCharsets.UTF_8), day);
    for (String part : List.of(region, service, "aws4_request")) {
      key = hmac(key, part);
    }
    String signature = hex(hmac(key, toSignText));

    ObjectValue.Builder out = ObjectValue.builder();
    headers.entries().forEach((k, v) -> {
      if (v instanceof StringValue) {
        out.put(k, v);
      }
    });
    out.put("Authorization", new StringValue("AWS4-HMAC-SHA256 Credential=" + str(config, "aws_access_key") + "/"
        + scope + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature));
    awsHeaders.forEach((k, v) -> out.put(k, new StringValue(v)));
    return req.with(new StringValue("headers"), out.build());
  }

  private static void validateRequest(ObjectValue req) {
    List<Value> missing = new ArrayList<>();
    for (String k : List.of("method", "url")) {
      if (req.get(k) == null) {
        missing.add(new StringValue(k));
      }
    }
    if (!missing.isEmpty()) {
      throw BuiltinException.operand(1, "missing required request parameters(s): " + SetValue.of(missing).toRego());
    }
    List<Value> invalid = new ArrayList<>();
    for (String k : List.of("method", "url")) {
      if (!(req.get(k) instanceof StringValue)) {
        invalid.add(new StringValue(k));
      }
    }
    if (!invalid.isEmpty()) {
      throw BuiltinException.operand(1, "invalid values for required request parameters(s): " + SetValue.of(invalid).toRego());
    }
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String message) {
    return CryptoBuiltins.mac("HmacSHA256", key, message.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] b) {
    return GoEncoding.hexEncode(b);
  }
}
