package dev.vigil.collect.engine;

import dev.vigil.collect.ratelimit.RateLimitInterceptor;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CallResilience;
import dev.vigil.collect.resilience.CircuitBreakerInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds SDK clients that share one HTTP client, go through the circuit breaker of their account + region +
 * service, retry throttling and transient errors with backoff within a per-call budget, take a rate-limit token
 * before every attempt and report every call.
 */
public final class ClientFactory {
    private final SdkHttpClient httpClient;
    private final Endpoints endpoints;
    private final RateLimiters rateLimiters;
    private final CallListener listener;
    private final List<ExecutionInterceptor> extraInterceptors;
    private final CallResilience resilience;

    public ClientFactory(SdkHttpClient httpClient, Endpoints endpoints, RateLimiters rateLimiters,
            CallListener listener, List<ExecutionInterceptor> extraInterceptors, CallResilience resilience) {
        this.httpClient = httpClient;
        this.resilience = resilience;
        this.endpoints = endpoints;
        this.rateLimiters = rateLimiters;
        this.listener = listener;
        this.extraInterceptors = List.copyOf(extraInterceptors);
    }

    public <C extends SdkClient> C build(AwsService<C> service, String accountId, String region,
            AwsCredentialsProvider credentials, AtomicInteger callCounter) {
        String signingRegion = service.global() ? "us-east-1" : region;
        String unitRegion = service.global() ? "global" : region;
        List<ExecutionInterceptor> interceptors = new ArrayList<>();
        // first: a call refused by an open breaker is not sent, not counted and not rate-limited
        interceptors.add(new CircuitBreakerInterceptor(resilience.breakers().of(accountId, unitRegion, service.key())));
        interceptors.add(new CallObservingInterceptor(accountId, unitRegion, service.operationService(), callCounter,
                listener));
        interceptors.add(new RateLimitInterceptor(rateLimiters.bucket(accountId, signingRegion, service.key())));
        interceptors.addAll(extraInterceptors);
        ClientSettings settings = new ClientSettings(credentials, Region.of(signingRegion),
                endpoints.effectiveFor(service), endpoints.effectiveFor(service), httpClient, resilience.retryStrategy(), resilience.callBudget(), interceptors);
        return service.factory().apply(settings);
    }

    public RateLimiters rateLimiters() {
        return rateLimiters;
    }

    /** Lets go of what was kept per account (rate-limit buckets, circuit breakers) once it is collected. */
    public void release(String accountId) {
        rateLimiters.release(accountId);
        resilience.breakers().release(accountId);
    }
}
