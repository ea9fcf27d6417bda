package dev.vigil.collect.resilience;

import dev.vigil.collect.config.VigilConfig;
import java.time.Duration;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How every AWS call is kept from losing data or minutes: the retry strategy, the per-call time budget and the
 * circuit breakers.
 */
public record CallResilience(RetryStrategy retryStrategy, Duration callBudget, CircuitBreakers breakers) {

    public static CallResilience of(VigilConfig config) {
        return new CallResilience(RetryPolicy.strategy(config.retries()), config.timeouts().callBudget(),
                new CircuitBreakers(config.circuitBreaker()));
    }
}
