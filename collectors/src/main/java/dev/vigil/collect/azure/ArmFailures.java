package dev.vigil.collect.azure;

import dev.vigil.collect.resilience.CircuitOpenException;
import dev.vigil.collect.resilience.FailureKinds;

/** The gap code of an ARM call that got no answer: the same codes as on AWS. */
final class ArmFailures {
    private ArmFailures() {
    }

    static String code(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CircuitOpenException) {
                return CircuitOpenException.CODE;
            }
            if (t instanceof ArmCallBudgetPolicy.CallBudgetExceededException) {
                return "CallBudgetExceeded";
            }
        }
        if (FailureKinds.unreachable(error)) {
            return FailureKinds.label(error);
        }
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
