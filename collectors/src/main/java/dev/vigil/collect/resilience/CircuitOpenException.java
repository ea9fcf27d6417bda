package dev.vigil.collect.resilience;

import software.amazon.awssdk.core.exception.SdkClientException;

/** A call refused without being sent: its account + region + service endpoint stopped answering. */
public final class CircuitOpenException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** The gap error code. */
    public static final String CODE = "CircuitOpen";

    CircuitOpenException(String message) {
        super(SdkClientException.builder().message(message));
    }
}
