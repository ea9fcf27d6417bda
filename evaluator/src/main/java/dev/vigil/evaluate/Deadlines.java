package dev.vigil.evaluate;

/**
 * The clock of one evaluation run: each policy evaluation gets {@link TimeLimits#perEvaluation()} but never past the
 * end of the run's budget. Thread-safe (immutable).
 */
final class Deadlines {
    private final TimeLimits limits;
    private final long perEvaluationNanos;
    private final long runDeadline;

    Deadlines(TimeLimits limits, long startNanos) {
        this.limits = limits;
        this.perEvaluationNanos = saturatedNanos(limits.perEvaluation());
        this.runDeadline = limits.total() == null ? Long.MAX_VALUE : saturatedAdd(startNanos, saturatedNanos(limits.total()));
    }

    /** Whether the run's budget is spent: no further policy evaluation starts. */
    boolean exhausted() {
        return runDeadline != Long.MAX_VALUE && System.nanoTime() - runDeadline >= 0;
    }

    /** The {@link System#nanoTime()} instant the evaluation starting now must end by. */
    long next() {
        return Math.min(saturatedAdd(System.nanoTime(), perEvaluationNanos), runDeadline);
    }

    /** Why an evaluation that was stopped at its deadline did not finish. */
    String stopped(CheckMetadata check, String resourceUid) {
        if (exhausted()) {
            return "evaluation budget of " + TimeLimits.describe(limits.total()) + " ran out while " + named(check)
                    + " was evaluating " + resourceUid;
        }
        return named(check) + " exceeded the policy timeout of " + TimeLimits.describe(limits.perEvaluation())
                + " on " + resourceUid;
    }

    /** Why a check was never evaluated. */
    String notEvaluated(CheckMetadata check, String resourceUid) {
        return "not evaluated: the evaluation budget of " + TimeLimits.describe(limits.total()) + " ran out before "
                + named(check) + " reached " + resourceUid;
    }

    static String named(CheckMetadata check) {
        return check.id() + (check.source() == null ? "" : " (" + check.source() + ")");
    }

    private static long saturatedNanos(java.time.Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
