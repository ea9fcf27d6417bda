package dev.vigil.evaluate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identities for findings: the same check on the same resource gets the same value every run. */
public final class Fingerprints {
    private Fingerprints() {}

    /** 32 hex characters of sha256(checkId NUL resourceUid). */
    public static String of(String checkId, String resourceUid) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(checkId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(resourceUid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
