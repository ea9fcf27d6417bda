package dev.vigil.collect.gcp;

import dev.vigil.collect.resilience.CircuitBreaker;
import java.util.function.Supplier;

/**
 * Puts the calls Vigil makes once per project through the circuit breaker of their API (the Google APIs are global
 * endpoints, so one breaker per API serves the whole organization): a hung Cloud Billing then costs one read
 * timeout, not one per project, and the projects after it get {@code CircuitOpen} gaps at once.
 */
final class GcpCircuit {
    private GcpCircuit() {
    }

    static <T> T call(CircuitBreaker breaker, Supplier<T> call) {
        CircuitBreaker.Call admitted = breaker.admit();
        try {
            T result = call.get();
            breaker.answered(admitted);
            return result;
        } catch (RuntimeException e) {
            breaker.failed(admitted, e);
            throw e;
        }
    }
}
