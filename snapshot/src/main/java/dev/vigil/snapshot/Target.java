package dev.vigil.snapshot;

/** One entry of the manifest's {@code targets}. */
public record Target(
        String provider,
        String accountId,
        String name,
        TargetStatus status,
        String reason,
        String file,
        String sha256,
        Integer resourceCount,
        Integer apiCalls,
        String startedAt,
        String finishedAt) {

    public static Target pending(String provider, String accountId, String name) {
        return new Target(provider, accountId, name, TargetStatus.PENDING, null, null, null, null, null, null, null);
    }

    /** A target being collected from now on. */
    public static Target started(String provider, String accountId, String name) {
        return new Target(provider, accountId, name, TargetStatus.PENDING, null, null, null, null, null,
                SnapshotWriter.now(), null);
    }

    public static Target skipped(String provider, String accountId, String name, String reason) {
        return new Target(provider, accountId, name, TargetStatus.SKIPPED, reason, null, null, 0, 0, null, null);
    }

    /** The path of this target's data file, relative to the snapshot directory. */
    public static String fileFor(String provider, String accountId) {
        return "resources/" + provider + "/" + accountId + ".jsonl.gz";
    }

    public String key() {
        return provider + "/" + accountId;
    }
}
