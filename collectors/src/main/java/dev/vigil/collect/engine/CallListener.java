package dev.vigil.collect.engine;

/** Told about every API call (not every retry) a collection makes. */
@FunctionalInterface
public interface CallListener {
    CallListener NONE = (account, region, service, operation) -> { };

    void onCall(String accountId, String region, String service, String operation);

    /** Another attempt of a call already reported (a retry after throttling or a transient error). */
    default void onRetry(String accountId, String region, String service, String operation) {
    }

    /** A call reported by {@link #onCall} ended (answered or failed) after {@code elapsed}, retries included. */
    default void onCompleted(String accountId, String region, String service, String operation,
            java.time.Duration elapsed) {
    }
}
