package dev.vigil.collect.ratelimit;

import dev.vigil.collect.config.RateLimits;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per account + region + service endpoint. */
public final class RateLimiters {
    private final RateLimits limits;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiters(RateLimits limits) {
        this.limits = limits;
    }

    public TokenBucket bucket(String accountId, String region, String service) {
        return buckets.computeIfAbsent(accountId + "/" + region + "/" + service,
                k -> new TokenBucket(limits.rateFor(service), limits.burst()));
    }

    /** Forgets the buckets of an account that is done. */
    public void release(String accountId) {
        buckets.keySet().removeIf(k -> k.startsWith(accountId + "/"));
    }
}
