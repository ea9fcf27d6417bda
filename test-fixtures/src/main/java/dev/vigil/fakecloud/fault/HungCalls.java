package dev.vigil.fakecloud.fault;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls that get no answer: each is held open (no serving thread waits on it) until a bound passes or
 * {@link #releaseAll()}, then its connection is closed without a response.
 */
public final class HungCalls {
    private final Duration bound;
    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService timer;

    HungCalls(Duration bound) {
        this.bound = bound;
    }

    public void hold(HttpExchange exchange) {
        held.add(exchange);
        timer().schedule(() -> release(exchange), bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether {@code exchange} is held: its handler must not close it. */
    public boolean holds(HttpExchange exchange) {
        return held.contains(exchange);
    }

    /** Calls held right now. */
    public int count() {
        return held.size();
    }

    /** Closes every held call (the fake cloud is stopping). */
    public void releaseAll() {
        held.forEach(HungCalls::closeQuietly);
        held.clear();
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdownNow();
        }
    }

    private void release(HttpExchange exchange) {
        if (held.remove(exchange)) {
            closeQuietly(exchange);
        }
    }

    private static void closeQuietly(HttpExchange exchange) {
        try {
            exchange.close();
        } catch (RuntimeException e) {
            // the client is gone already
        }
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fakecloud-hung-calls");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }
}
