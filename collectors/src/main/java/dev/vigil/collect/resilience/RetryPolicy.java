package dev.vigil.collect.resilience;

import dev.vigil.collect.config.Retries;
import java.time.Duration;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK retry strategy Vigil's AWS clients use: throttling, 5xx answers and dropped connections are retried with
 * exponential backoff and full jitter (throttling up to {@link Retries#maxBackoff()} per wait, the others up to
 * {@link #MAX_ERROR_BACKOFF}), up to {@link Retries#maxAttempts()}; timeouts and refused connections are
 * not (the circuit breaker deals with those). The SDK's retry quota is off: a throttled account must not run out of
 * retries. The client's {@code apiCallTimeout} bounds the whole.
 */
public final class RetryPolicy {
    private RetryPolicy() {
    }

    /** The longest backoff after a 5xx or a dropped connection: those are retried, but not waited on for long. */
    public static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(1);

    public static RetryStrategy strategy(Retries retries) {
        Duration errorCap = retries.maxBackoff().compareTo(MAX_ERROR_BACKOFF) < 0 ? retries.maxBackoff()
                : MAX_ERROR_BACKOFF;
        return StandardRetryStrategy.builder()
                .maxAttempts(retries.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(retries.baseBackoff(), errorCap))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(retries.baseBackoff(), retries.maxBackoff()))
                .retryOnException(FailureKinds::retryable)
                .treatAsThrottling(FailureKinds::throttling)
                .circuitBreakerEnabled(false)
                .useClientDefaults(false)
                .build();
    }
}
