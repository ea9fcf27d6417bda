package dev.vigil.snapshot;

/** A snapshot file does not match what the manifest recorded, or is not a snapshot at all. */
public final class SnapshotIntegrityException extends RuntimeException {
    public SnapshotIntegrityException(String message) {
        super(message);
    }

    public SnapshotIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
