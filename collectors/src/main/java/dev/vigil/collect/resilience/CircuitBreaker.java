package dev.vigil.collect.resilience;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One account + region + service endpoint: after {@code threshold} calls in a row that could not reach it, every
 * call fails at once for {@code openFor}; then calls go through again, and one more failure reopens it.
 *
 * <p>
 * A timeout opens it at once when the endpoint has not answered anything since the timed-out call was sent and
 * another call is still waiting on it: the endpoint has been silent for a whole read timeout to two callers. Without
 * that, the calls a collector sends while the first wave of a hung service is still waiting each wait a full timeout
 * too, and a hung endpoint costs two timeouts per account instead of one.
 */
public final class CircuitBreaker {
    private final String accountId;
    private final String region;
    private final String service;
    private final int threshold;
    private final Duration openFor;
    private final LongSupplier nanoClock;
    private final Set<Call> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    private int consecutiveFailures;
    private long answers;
    private long openUntilNanos;
    private boolean open;
    private String openedBy = "";

    /** One admitted call: how many answers the endpoint had given when it was sent. */
    public static final class Call {
        private final long answersBefore;

        private Call(long answersBefore) {
            this.answersBefore = answersBefore;
        }
    }

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
    public synchronized Call admit() {
        if (open) {
            if (nanoClock.getAsLong() - openUntilNanos < 0) {
                throw new CircuitOpenException("circuit open for account " + accountId + ", region " + region
                        + ", service " + service + " after " + threshold + " calls in a row that could not reach it, or a silent timeout "
                        + "(last: " + openedBy + "); calls fail without being sent for " + openFor);
            }
            open = false;
            consecutiveFailures = threshold - 1;
        }
        Call call = new Call(answers);
        inFlight.add(call);
        return call;
    }

    /** The endpoint answered {@code call} (whatever the answer). */
    public synchronized void answered(Call call) {
        if (call != null) {
            inFlight.remove(call);
        }
        answers++;
        consecutiveFailures = 0;
    }

    /**
     * {@code call} failed with {@code error}: unreachable (a timeout, a refused or dropped connection) counts
     * against the endpoint; any other error is an answer.
     */
    public void failed(Call call, Throwable error) {
        if (FailureKinds.unreachable(error)) {
            unreachable(call, FailureKinds.label(error) + ": " + error.getMessage(), FailureKinds.timeout(error));
        } else {
            answered(call);
        }
    }

    /** {@code call} was given up before any outcome (its caller's budget ran out): it no longer waits. */
    public synchronized void abandoned(Call call) {
        inFlight.remove(call);
    }

    /** {@code call} could not reach the endpoint; {@code error} says how, {@code timedOut} whether it waited. */
    public synchronized void unreachable(Call call, String error, boolean timedOut) {
        consecutiveFailures++;
        boolean silentToTwo = false;
        if (call != null) {
            inFlight.remove(call);
            silentToTwo = timedOut && answers == call.answersBefore && !inFlight.isEmpty();
        }
        if (!open && (consecutiveFailures >= threshold || silentToTwo)) {
            open = true;
            openUntilNanos = nanoClock.getAsLong() + openFor.toNanos();
            openedBy = error;
        }
    }

    public synchronized boolean isOpen() {
        return open;
    }
}
