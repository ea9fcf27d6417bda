package dev.vigil.collect.config;

import java.time.Duration;

/**
 * {@code retries:} how throttled calls and transient server errors are retried: exponential backoff with full
 * jitter, at most {@code maxAttempts} attempts and never beyond {@code timeouts.call_budget}.
 *
 * @param maxAttempts attempts per call, the first included
 * @param baseBackoff the first backoff's upper bound (doubled per attempt)
 * @param maxBackoff  the longest single backoff
 */
public record Retries(Integer maxAttempts, Duration baseBackoff, Duration maxBackoff) {
    public static final Retries DEFAULT = new Retries(null, null, null);

    public Retries {
        maxAttempts = maxAttempts == null ? 20 : maxAttempts;
        baseBackoff = baseBackoff == null ? Duration.ofMillis(100) : baseBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
    }
}
