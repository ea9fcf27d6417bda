package dev.vigil.evaluate;

/**
 * Outcome of one check on one resource. MUTED is a FAIL matched by a waiver (kept, never dropped);
 * ERROR means the policy could not be evaluated, which is never reported as a pass.
 */
public enum Status {
    PASS,
    FAIL,
    MUTED,
    ERROR
}
