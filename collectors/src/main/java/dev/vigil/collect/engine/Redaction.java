package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place free-form key → value fields (instance metadata, startup scripts, environment variables, app
 * settings, policy parameters) pass on their way into the snapshot. They are stored by allow-list: every key is
 * kept, with {@code present} and the {@code sha256} of its value, never the value itself — except the keys a
 * collector names as flags whose values are known non-secret, and then only when the value is a flag word
 * ({@code true}, {@code FALSE}, {@code 1}, {@code off}, …). docs/snapshot.md, "Free-form values", has the shape.
 */
public final class Redaction {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern FLAG = Pattern.compile("(?i)\\s*(true|false|yes|no|on|off|0|1)\\s*");

    private Redaction() {}

    /** {@code {"present": bool, "sha256": hex}}: the hash of the text (UTF-8), or of the JSON of a non-text value. */
    public static ObjectNode fingerprint(JsonNode value) {
        ObjectNode out = NODES.objectNode();
        boolean present = value != null && !value.isMissingNode() && !value.isNull();
        out.put("present", present);
        if (present) {
            out.put("sha256", sha256(value.isTextual() ? value.asText() : value.toString()));
        }
        return out;
    }

    /**
     * A GCE-style list ({@code [{key, value}]}) with each value replaced by its {@link #fingerprint}, except a flag
     * value of a key in {@code flagKeys}, which is kept as it is.
     */
    public static ArrayNode items(JsonNode items, Set<String> flagKeys) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode item : items) {
            String key = item.path("key").asText();
            JsonNode value = item.get("value");
            ObjectNode kept = out.addObject().put("key", key);
            if (isFlag(key, value, flagKeys)) {
                kept.set("value", value);
            } else {
                kept.setAll(fingerprint(value));
            }
        }
        return out;
    }

    /** A JSON object ({@code {name: value}}) with each value replaced by its {@link #fingerprint}; flags as above. */
    public static ObjectNode map(JsonNode map, Set<String> flagKeys) {
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), isFlag(e.getKey(), e.getValue(), flagKeys) ? e.getValue() : fingerprint(e.getValue()));
        }
        return out;
    }

    private static boolean isFlag(String key, JsonNode value, Set<String> flagKeys) {
        return flagKeys.contains(key) && value != null
                && (value.isBoolean() || value.isTextual() && FLAG.matcher(value.asText()).matches());
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
