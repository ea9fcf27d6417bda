package dev.vigil.collect.resilience;

import dev.vigil.collect.config.Retries;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK retry strategy Vigil's AWS clients use: throttling, 5xx answers and dropped connections are retried with
 * exponential backoff and full jitter, up to {@link Retries#maxAttempts()}; timeouts and refused connections are
 * not (the circuit breaker deals with those). The SDK's retry quota is off: a throttled account must not run out of
 * retries. The client's {@code apiCallTimeout} bounds the whole.
 */
public final class RetryPolicy {
    private RetryPolicy() {
    }

    public static RetryStrategy strategy(Retries retries) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(retries.baseBackoff(), retries.maxBackoff());
        return StandardRetryStrategy.builder()
                .maxAttempts(retries.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .retryOnException(FailureKinds::retryable)
                .treatAsThrottling(FailureKinds::throttling)
                .circuitBreakerEnabled(false)
                .useClientDefaults(false)
                .build();
    }
}
