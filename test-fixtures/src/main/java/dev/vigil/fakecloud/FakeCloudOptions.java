package dev.vigil.fakecloud;

/**
 * How the fake cloud serves.
 *
 * @param port              0: an ephemeral port
 * @param latencyMillis     added to every call (sleeps on the serving thread only)
 * @param requestsPerSecond global ceiling above which calls are throttled; 0 = unlimited
 * @param maxPageSize       upper bound on every paged answer, whatever the client asks (small values force paging)
 * @param threads           serving threads
 */
public record FakeCloudOptions(int port, int latencyMillis, int requestsPerSecond, int maxPageSize, int threads) {

    public FakeCloudOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        if (latencyMillis < 0 || requestsPerSecond < 0) {
            throw new IllegalArgumentException("latency and requests/s must be >= 0");
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be >= 1, got " + maxPageSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    public static FakeCloudOptions defaults() {
        return new FakeCloudOptions(0, 0, 0, 100, 256);
    }

    public FakeCloudOptions withPort(int value) {
        return new FakeCloudOptions(value, latencyMillis, requestsPerSecond, maxPageSize, threads);
    }

    public FakeCloudOptions withLatencyMillis(int value) {
        return new FakeCloudOptions(port, value, requestsPerSecond, maxPageSize, threads);
    }

    public FakeCloudOptions withRequestsPerSecond(int value) {
        return new FakeCloudOptions(port, latencyMillis, value, maxPageSize, threads);
    }

    public FakeCloudOptions withMaxPageSize(int value) {
        return new FakeCloudOptions(port, latencyMillis, requestsPerSecond, value, threads);
    }

    public FakeCloudOptions withThreads(int value) {
        return new FakeCloudOptions(port, latencyMillis, requestsPerSecond, maxPageSize, value);
    }
}
