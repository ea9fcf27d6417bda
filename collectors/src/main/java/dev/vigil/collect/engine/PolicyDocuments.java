package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Decodes policy documents that the APIs return URL-encoded (IAM) or as a JSON string (S3, KMS,
 * Organizations) into JSON objects, wherever they sit in a record's attributes.
 */
public final class PolicyDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("PolicyDocument", "AssumeRolePolicyDocument", "Document",
            "Policy", "KeyPolicy", "Content");

    private PolicyDocuments() {}

    /** Parses one document: URL-decoded when needed; returns the text as it was when it is not JSON. */
    public static JsonNode decode(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.trim();
        if (!candidate.startsWith("{") && candidate.contains("%")) {
            candidate = URLDecoder.decode(candidate, StandardCharsets.UTF_8).trim();
        }
        if (candidate.startsWith("{")) {
            try {
                return JSON.readTree(candidate);
            } catch (java.io.IOException e) {
                return JSON.getNodeFactory().textNode(text);
            }
        }
        return JSON.getNodeFactory().textNode(text);
    }

    /** Replaces every policy-document string under the known keys, recursively. */
    public static void decodeInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (KEYS.contains(e.getKey()) && e.getValue().isTextual()) {
                    e.setValue(decode(e.getValue().asText()));
                } else {
                    decodeInPlace(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PolicyDocuments::decodeInPlace);
        }
    }
}
