package dev.vigil.collect.bench;

import java.time.Duration;

/**
 * What a collection benchmark measured, and the ideal it is compared with: every call waits
 * {@code latency}, so {@code calls × latency ÷ concurrency} is the least wall time possible.
 */
public record BenchReport(int accounts, int regions, Duration latency, int concurrency, Duration wall, long apiCalls,
        long peakHeapBytes, long throttlingGaps, long gaps, long resources) {

    public Duration idealBound() {
        return Duration.ofNanos((long) ((double) apiCalls * latency.toNanos() / concurrency));
    }

    public double callsPerSecond() {
        return apiCalls / Math.max(1e-9, wall.toNanos() / 1e9);
    }

    public double ratioToIdeal() {
        return wall.toNanos() / (double) Math.max(1, idealBound().toNanos());
    }

    public String render() {
        return String.format("""
                accounts            %d (%d regions)
                wall time           %.1f s
                API calls           %d
                calls/s             %.0f
                peak heap           %d MiB
                ideal bound         %.1f s  (calls × %d ms ÷ %d in flight)
                wall / ideal        %s
                resources           %d
                gaps                %d (throttling: %d)
                """, accounts, regions, wall.toMillis() / 1000.0, apiCalls, callsPerSecond(),
                peakHeapBytes / (1024 * 1024), idealBound().toMillis() / 1000.0, latency.toMillis(), concurrency,
                latency.isZero() ? "n/a (no latency injected)" : String.format("%.2f×", ratioToIdeal()), resources, gaps, throttlingGaps);
    }
}
