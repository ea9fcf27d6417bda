package dev.vigil.fakecloud.fault;

/** A global requests-per-second ceiling over one-second windows; calls above it are throttled. */
public final class RateLimiter {
    private final int perSecond;
    private long window;
    private int count;

    /** @param perSecond 0 or less: unlimited */
    public RateLimiter(int perSecond) {
        this.perSecond = perSecond;
    }

    /** Whether one more call fits in the current second. */
    public synchronized boolean tryAcquire(long nowMillis) {
        if (perSecond <= 0) {
            return true;
        }
        long second = nowMillis / 1000;
        if (second != window) {
            window = second;
            count = 0;
        }
        count++;
        return count <= perSecond;
    }
}
