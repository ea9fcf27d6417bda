package dev.vigil.collect.config;

import java.time.Duration;

/**
 * {@code timeouts:} how long one API call may take.
 *
 * @param connect    opening a connection to an endpoint
 * @param read       waiting for the next bytes of an answer (a hung endpoint costs this, once per call)
 * @param callBudget one call, every retry and backoff included; then the call fails and becomes a gap
 */
public record Timeouts(Duration connect, Duration read, Duration callBudget) {
    public static final Timeouts DEFAULT = new Timeouts(null, null, null);

    public Timeouts {
        connect = connect == null ? Duration.ofSeconds(5) : connect;
        read = read == null ? Duration.ofSeconds(20) : read;
        callBudget = callBudget == null ? Duration.ofMinutes(2) : callBudget;
    }
}
