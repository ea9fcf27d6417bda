package dev.vigil.collect.gcp;

import com.google.api.core.ApiFunction;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.StatusCode;
import com.google.api.gax.rpc.UnaryCallSettings;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.config.Timeouts;
import java.util.Set;

/**
 * Vigil's retry rules on every Google API method, the same as on AWS: quota and rate errors (RESOURCE_EXHAUSTED),
 * INTERNAL and UNAVAILABLE are retried with gax's jittered exponential backoff from {@code retries.base_backoff}
 * up to {@code retries.max_backoff}, at most {@code retries.max_attempts} attempts and never beyond
 * {@code timeouts.call_budget}; each attempt waits {@code timeouts.read} at most, and a timeout (DEADLINE_EXCEEDED)
 * is not retried: a hung API costs one read timeout per call. Denials and bad requests are never retried.
 */
final class GcpCallSettings {
    static final Set<StatusCode.Code> RETRYABLE = Set.of(StatusCode.Code.RESOURCE_EXHAUSTED, StatusCode.Code.UNAVAILABLE,
            StatusCode.Code.INTERNAL);

    private GcpCallSettings() {
    }

    static RetrySettings retrySettings(Timeouts timeouts, Retries retries) {
        return RetrySettings.newBuilder()
                .setInitialRetryDelayDuration(retries.baseBackoff())
                .setRetryDelayMultiplier(2.0)
                .setMaxRetryDelayDuration(retries.maxBackoff())
                .setMaxAttempts(retries.maxAttempts())
                .setInitialRpcTimeoutDuration(timeouts.read())
                .setRpcTimeoutMultiplier(1.0)
                .setMaxRpcTimeoutDuration(timeouts.read())
                .setTotalTimeoutDuration(timeouts.callBudget())
                .build();
    }

    static ApiFunction<UnaryCallSettings.Builder<?, ?>, Void> everyMethod(Timeouts timeouts, Retries retries) {
        RetrySettings settings = retrySettings(timeouts, retries);
        return method -> {
            method.setRetryableCodes(RETRYABLE).setRetrySettings(settings);
            return null;
        };
    }
}
