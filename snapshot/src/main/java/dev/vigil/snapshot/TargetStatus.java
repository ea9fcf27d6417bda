package dev.vigil.snapshot;

/** State of one target (AWS account, GCP project, Azure subscription) in a snapshot. */
public enum TargetStatus {
    PENDING, COMPLETE, PARTIAL, FAILED, SKIPPED;

    /** A target that resume does not collect again (when its file still matches). */
    public boolean isSettled() {
        return this == COMPLETE || this == PARTIAL || this == SKIPPED;
    }
}
