package dev.vigil.collect.ratelimit;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Takes a token before every attempt (retries included) of one client's calls. */
public final class RateLimitInterceptor implements ExecutionInterceptor {
    private final TokenBucket bucket;

    public RateLimitInterceptor(TokenBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        try {
            bucket.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("interrupted while waiting for the request budget", e);
        }
    }
}
