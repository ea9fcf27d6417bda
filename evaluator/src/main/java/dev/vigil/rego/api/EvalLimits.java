package dev.vigil.rego.api;

import java.time.Duration;

/** Safety limits per query evaluation. */
public record EvalLimits(int maxDepth, Duration timeout, long maxOutputBytes) {
    public static EvalLimits defaults() {
        return new EvalLimits(500, Duration.ofSeconds(10), 64L * 1024 * 1024);
    }
}
