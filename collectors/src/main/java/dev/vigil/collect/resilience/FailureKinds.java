package dev.vigil.collect.resilience;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** What kind of failure an SDK error is: what to retry, and what counts against a circuit breaker. */
public final class FailureKinds {
    /** Throttling codes of the services Vigil reads (the SDK also treats HTTP 429 as throttling). */
    public static final Set<String> THROTTLING_CODES = Set.of("Throttling", "ThrottlingException",
            "ThrottledException", "RequestLimitExceeded", "TooManyRequestsException", "SlowDown", "RequestThrottled",
            "RequestThrottledException", "EC2ThrottledException", "ProvisionedThroughputExceededException",
            "BandwidthLimitExceeded", "PriorRequestNotComplete");

    private FailureKinds() {
    }

    /** The service said "slow down". */
    public static boolean throttling(Throwable error) {
        if (error instanceof SdkServiceException s) {
            if (s.isThrottlingException() || s.statusCode() == 429) {
                return true;
            }
            return s instanceof software.amazon.awssdk.awscore.exception.AwsServiceException a
                    && a.awsErrorDetails() != null && THROTTLING_CODES.contains(a.awsErrorDetails().errorCode());
        }
        return false;
    }

    /** Worth another attempt: throttling, a 5xx answer, or a connection dropped before the answer. */
    public static boolean retryable(Throwable error) {
        if (throttling(error)) {
            return true;
        }
        if (error instanceof SdkServiceException s) {
            return s.statusCode() >= 500 && s.statusCode() <= 599;
        }
        return droppedConnection(error);
    }

    /**
     * The endpoint could not be reached in time: a connect or read timeout, a refused or unresolvable connection,
     * a connection dropped without an answer, or a call that ran out of its time budget. Answers (AccessDenied,
     * throttling, 5xx) never count, nor do broken bodies.
     */
    public static boolean unreachable(Throwable error) {
        return timeout(error) || connectionFailed(error) || droppedConnection(error);
    }

    /** Timeout, ConnectionFailed or ConnectionDropped for an {@link #unreachable} error, else its class name. */
    public static String label(Throwable error) {
        if (timeout(error)) {
            return "Timeout";
        }
        if (connectionFailed(error)) {
            return "ConnectionFailed";
        }
        if (droppedConnection(error)) {
            return "ConnectionDropped";
        }
        return error.getClass().getSimpleName();
    }

    /** A connect, read, attempt or call timeout. */
    public static boolean timeout(Throwable error) {
        return error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException
                || causedBy(error, InterruptedIOException.class)
                || causedBy(error, java.util.concurrent.TimeoutException.class)
                || causedByNamed(error, "ReadTimeoutException", "WriteTimeoutException", "DeadlineExceededException");
    }

    /** No connection could be made (refused, no route, unknown host). */
    public static boolean connectionFailed(Throwable error) {
        return causedBy(error, ConnectException.class) || causedBy(error, NoRouteToHostException.class)
                || causedBy(error, UnknownHostException.class);
    }

    /** The connection broke before an answer arrived (reset, closed without a response). */
    static boolean droppedConnection(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SocketException && !(t instanceof ConnectException) && !(t instanceof NoRouteToHostException)) {
                return true;
            }
            if (t instanceof IOException && (t.getClass().getSimpleName().equals("NoHttpResponseException")
                    || t.getClass().getSimpleName().equals("PrematureCloseException"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Netty's and gax's timeout exceptions, named rather than imported: each belongs to one cloud's clients. */
    private static boolean causedByNamed(Throwable error, String... simpleNames) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (java.util.List.of(simpleNames).contains(t.getClass().getSimpleName())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
