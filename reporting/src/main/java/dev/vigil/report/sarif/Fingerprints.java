package dev.vigil.report.sarif;

/**
 * GitHub's {@code primaryLocationLineHash}, computed from what identifies the problem (check id and
 * resource uid) rather than from the inventory line's text, so an alert survives the resource moving
 * to another line and every run of the same problem maps to the same alert.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The finding's own fingerprint ({@link dev.vigil.evaluate.Fingerprints}) with codeql's ":1" suffix. */
    public static String primaryLocationLineHash(String checkId, String resourceUid) {
        return dev.vigil.evaluate.Fingerprints.of(checkId, resourceUid) + ":1";
    }
}
