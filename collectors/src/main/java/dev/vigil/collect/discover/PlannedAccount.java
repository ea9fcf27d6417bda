package dev.vigil.collect.discover;

/**
 * An account as the scan plans it.
 *
 * @param skipReason why it is not collected (suspended, excluded by a filter), or {@code null}
 */
public record PlannedAccount(String id, String name, boolean management, String skipReason) {
    public boolean collected() {
        return skipReason == null;
    }
}
