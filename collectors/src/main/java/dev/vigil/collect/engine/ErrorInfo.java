package dev.vigil.collect.engine;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The error code and message of a failed call, as exact as the SDK gives them. */
public record ErrorInfo(String code, String message) {
    public static ErrorInfo of(Throwable error) {
        Throwable t = error;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof AwsServiceException ase) {
            String code = ase.awsErrorDetails() == null ? null : ase.awsErrorDetails().errorCode();
            String message = ase.awsErrorDetails() == null ? ase.getMessage() : ase.awsErrorDetails().errorMessage();
            if (code == null || code.isBlank()) {
                code = "HTTP" + ase.statusCode();
            }
            return new ErrorInfo(code, message == null ? ase.getMessage() : message);
        }
        if (t instanceof dev.vigil.collect.resilience.CircuitOpenException) {
            return new ErrorInfo(dev.vigil.collect.resilience.CircuitOpenException.CODE, t.getMessage());
        }
        if (t instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException) {
            return new ErrorInfo("CallBudgetExceeded", t.getMessage());
        }
        if (t instanceof SdkClientException && dev.vigil.collect.resilience.FailureKinds.timeout(t)) {
            return new ErrorInfo("Timeout", t.getMessage() + cause(t));
        }
        if (t instanceof SdkClientException && dev.vigil.collect.resilience.FailureKinds.connectionFailed(t)) {
            return new ErrorInfo("ConnectionFailed", t.getMessage() + cause(t));
        }
        if (t instanceof SdkClientException) {
            Throwable cause = t.getCause();
            String detail = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
            return new ErrorInfo("SdkClientException", t.getMessage() + detail);
        }
        return new ErrorInfo(t.getClass().getSimpleName(), String.valueOf(t.getMessage()));
    }

    private static String cause(Throwable t) {
        Throwable cause = t.getCause();
        return cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
    }
}
