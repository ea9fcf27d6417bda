package dev.vigil.report.sarif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * GitHub's {@code primaryLocationLineHash}, computed from what identifies the problem (check id and
 * resource uid) rather than from the inventory line's text, so an alert survives the resource moving
 * to another line and every run of the same problem maps to the same alert.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** First 16 bytes of SHA-256 over {@code checkId NUL resourceUid}, in hex, with codeql's ":1" suffix. */
    public static String primaryLocationLineHash(String checkId, String resourceUid) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(checkId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(resourceUid.getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, 16) + ":1";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
