package dev.vigil.collect.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One account + region + service endpoint: after {@code threshold} consecutive calls that could not reach it, every
 * call fails at once for {@code openFor}; then calls go through again, and one more failure reopens it.
 */
public final class CircuitBreaker {
    private final String accountId;
    private final String region;
    private final String service;
    private final int threshold;
    private final Duration openFor;
    private final LongSupplier nanoClock;
    private int consecutiveFailures;
    private long openUntilNanos;
    private boolean open;
    private String openedBy = "";

    CircuitBreaker(String accountId, String region, String service, int threshold, Duration openFor,
            LongSupplier nanoClock) {
        this.accountId = accountId;
        this.region = region;
        this.service = service;
        this.threshold = threshold;
        this.openFor = openFor;
        this.nanoClock = nanoClock;
    }

    /** Lets a call through, or throws {@link CircuitOpenException} naming the endpoint and what opened it. */
    public synchronized void admit() {
        if (!open) {
            return;
        }
        if (nanoClock.getAsLong() - openUntilNanos < 0) {
            throw new CircuitOpenException("circuit open for account " + accountId + ", region " + region
                    + ", service " + service + " after " + threshold + " consecutive calls that could not reach it "
                    + "(last: " + openedBy + "); calls fail without being sent for " + openFor);
        }
        open = false;
        consecutiveFailures = threshold - 1;
    }

    /** The endpoint answered (whatever the answer). */
    public synchronized void answered() {
        consecutiveFailures = 0;
    }

    /** A call could not reach the endpoint; {@code error} says how. */
    public synchronized void unreachable(String error) {
        consecutiveFailures++;
        if (!open && consecutiveFailures >= threshold) {
            open = true;
            openUntilNanos = nanoClock.getAsLong() + openFor.toNanos();
            openedBy = error;
        }
    }

    public synchronized boolean isOpen() {
        return open;
    }
}
