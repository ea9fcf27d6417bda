package dev.vigil.collect.config;

import java.time.Duration;

/**
 * {@code circuit_breaker:} per account + region + service, after {@code failures} consecutive calls that timed out
 * or could not connect, every call to that endpoint fails at once (a gap with code {@code CircuitOpen}) for
 * {@code openFor}; then one call is let through to try again.
 */
public record CircuitBreakerConfig(Integer failures, Duration openFor) {
    public static final CircuitBreakerConfig DEFAULT = new CircuitBreakerConfig(null, null);

    public CircuitBreakerConfig {
        failures = failures == null ? 5 : failures;
        openFor = openFor == null ? Duration.ofMinutes(5) : openFor;
    }
}
