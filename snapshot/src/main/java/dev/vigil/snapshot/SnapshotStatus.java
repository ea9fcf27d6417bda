package dev.vigil.snapshot;

/** State of a whole snapshot. */
public enum SnapshotStatus {
    RUNNING, COMPLETE, PARTIAL
}
