package dev.vigil.evaluate;

import java.time.Duration;

/**
 * How long evaluation may take: {@code perEvaluation} bounds one policy on one resource (or account), {@code total}
 * the whole run (null: no bound). A policy past its limit gets an ERROR finding naming it and the resource and the
 * run goes on; once the total budget is spent, every check not yet judged is an ERROR finding saying so.
 */
public record TimeLimits(Duration perEvaluation, Duration total) {
    /** OPA's and the interpreter's default per query. */
    public static final Duration DEFAULT_PER_EVALUATION = Duration.ofSeconds(10);

    public TimeLimits {
        perEvaluation = perEvaluation == null ? DEFAULT_PER_EVALUATION : perEvaluation;
        if (perEvaluation.isNegative() || perEvaluation.isZero()) {
            throw new IllegalArgumentException("the policy timeout must be positive, got " + describe(perEvaluation));
        }
        if (total != null && (total.isNegative() || total.isZero())) {
            throw new IllegalArgumentException("the evaluation budget must be positive, got " + describe(total));
        }
    }

    public static TimeLimits defaults() {
        return new TimeLimits(DEFAULT_PER_EVALUATION, null);
    }

    /** {@code 1500ms}, {@code 10s}, {@code 30m}, {@code 2h}: the form the flags and vigil.yaml take. */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms != 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms != 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0 && ms != 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
