package dev.vigil.collect.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one service (in one region, or all) cost each account: from the start of its first call to the end of its last (calls of different
 * regions overlap, so this is the wall time the service held the account up, not the sum of its calls).
 */
public final class ServiceCost {
    private final String service;
    private final String region;
    private final Map<String, long[]> spans = new ConcurrentHashMap<>();

    /** @param region only calls in this region, or {@code *} for all */
    public ServiceCost(String service, String region) {
        this.service = service;
        this.region = region;
    }

    /** Feed every completed call; calls of other services (or regions) are ignored. */
    public void completed(String accountId, String callRegion, String callService, Duration elapsed) {
        if (!service.equals(callService) || !("*".equals(region) || region.equals(callRegion))) {
            return;
        }
        long end = System.nanoTime();
        long start = end - elapsed.toNanos();
        spans.merge(accountId, new long[] {start, end},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }

    public int accounts() {
        return spans.size();
    }

    public Duration mean() {
        List<Long> d = durations();
        return Duration.ofNanos(d.isEmpty() ? 0 : (long) d.stream().mapToLong(Long::longValue).average().orElse(0));
    }

    public Duration max() {
        return Duration.ofNanos(durations().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private List<Long> durations() {
        return spans.values().stream().map(s -> s[1] - s[0]).toList();
    }
}
