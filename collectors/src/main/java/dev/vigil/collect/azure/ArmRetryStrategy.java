package dev.vigil.collect.azure;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryStrategy;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.resilience.FailureKinds;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Vigil's retry rules on the Azure pipeline, the same as on AWS: throttling (429), 5xx answers and dropped
 * connections are retried with exponential backoff and full jitter (a {@code Retry-After} header wins, the SDK's
 * retry policy honours it), up to {@link Retries#maxAttempts()}; timeouts and refused connections are not (the
 * circuit breaker deals with those). {@link ArmCallBudgetPolicy} bounds the whole.
 */
final class ArmRetryStrategy implements RetryStrategy {
    private final Retries retries;

    ArmRetryStrategy(Retries retries) {
        this.retries = retries;
    }

    @Override
    public int getMaxRetries() {
        return Math.max(0, retries.maxAttempts() - 1);
    }

    @Override
    public Duration calculateRetryDelay(int retryAttempts) {
        long base = retries.baseBackoff().toMillis();
        long cap = retries.maxBackoff().toMillis();
        long ceiling = retryAttempts >= 30 ? cap : Math.min(cap, base << retryAttempts);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    @Override
    public boolean shouldRetryCondition(RequestRetryCondition condition) {
        HttpResponse response = condition.getResponse();
        if (response != null) {
            int status = response.getStatusCode();
            return status == HTTP_STATUS_TOO_MANY_REQUESTS || status >= 500 && status != 501 && status != 505;
        }
        Throwable error = condition.getThrowable();
        return error != null && FailureKinds.retryable(error) && !FailureKinds.timeout(error);
    }
}
