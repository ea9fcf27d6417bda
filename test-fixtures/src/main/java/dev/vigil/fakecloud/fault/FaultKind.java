package dev.vigil.fakecloud.fault;

/** What an injected fault does to a matching call. */
public enum FaultKind {
    /** The protocol's access-denied error (AccessDenied, AccessDeniedException, UnauthorizedOperation). */
    ACCESS_DENIED,
    /** The protocol's real throttling error: Throttling (Query), RequestLimitExceeded (EC2), ThrottlingException (JSON), SlowDown 503 (S3). */
    THROTTLE,
    /** HTTP 500 InternalError / InternalFailure / ServiceUnavailable. */
    SERVER_ERROR,
    /** HTTP 200 with the body cut in half (the SDK fails to parse it). */
    TRUNCATED_BODY,
    /** sts:AssumeRole into the rule's account answers AccessDenied. */
    ASSUME_ROLE_FAIL,
    /**
     * No answer at all: the call is held open until the client gives up, {@link Faults#HANG_BOUND} passes or the
     * fake cloud stops (the serving thread is not held).
     */
    HANG
}
