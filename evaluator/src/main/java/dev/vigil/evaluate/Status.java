package dev.vigil.evaluate;

/**
 * Outcome of one check on one resource. MUTED is a FAIL matched by a waiver (kept, never dropped);
 * ERROR means the policy could not be evaluated, which is never reported as a pass. UNKNOWN means the verdict
 * depends on an input the collection could not read (a denied or failed call, an account not collected); the
 * finding names the gap, and it is never counted as a pass.
 */
public enum Status {
    PASS,
    FAIL,
    MUTED,
    ERROR,
    UNKNOWN
}
