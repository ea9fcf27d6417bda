package dev.vigil.collect.resilience;

import dev.vigil.collect.config.CircuitBreakerConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One {@link CircuitBreaker} per account + region + service, shared by every client of that endpoint. */
public final class CircuitBreakers {
    private final CircuitBreakerConfig config;
    private final LongSupplier nanoClock;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(CircuitBreakerConfig config) {
        this(config, System::nanoTime);
    }

    CircuitBreakers(CircuitBreakerConfig config, LongSupplier nanoClock) {
        this.config = config;
        this.nanoClock = nanoClock;
    }

    public CircuitBreaker of(String accountId, String region, String service) {
        return breakers.computeIfAbsent(accountId + "/" + region + "/" + service,
                k -> new CircuitBreaker(accountId, region, service, config.failures(), config.openFor(), nanoClock));
    }

    /** Forgets an account's breakers once it is collected. */
    public void release(String accountId) {
        breakers.keySet().removeIf(k -> k.startsWith(accountId + "/"));
    }
}
