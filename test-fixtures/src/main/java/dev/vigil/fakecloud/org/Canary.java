package dev.vigil.fakecloud.org;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Canary secrets the fakes serve in every free-form field (metadata, startup scripts, policy parameters): distinct
 * per field and resource, derived from the resource's id so a generated organization stays reproducible, and made
 * of letters, digits and dashes only, so no report's escaping can hide one from a plain text search.
 */
public final class Canary {
    public static final String PREFIX = "VIGIL-CANARY-";

    private Canary() {}

    /** {@code VIGIL-CANARY-<field>-<16 hex digits>}, the digits a hash of field and scope. */
    public static String token(String field, String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((field + "|" + scope).getBytes(StandardCharsets.UTF_8));
            return PREFIX + field + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text value under {@code node} that carries a canary, added to {@code out} as token → whole value. */
    public static void collect(JsonNode node, Map<String, String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && node.asText().contains(PREFIX)) {
            String text = node.asText();
            int start = text.indexOf(PREFIX);
            int end = start;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            out.put(text.substring(start, end), text);
        }
        node.forEach(child -> collect(child, out));
    }
}
