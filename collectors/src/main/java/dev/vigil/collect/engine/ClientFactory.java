package dev.vigil.collect.engine;

import dev.vigil.collect.ratelimit.RateLimitInterceptor;
import dev.vigil.collect.ratelimit.RateLimiters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds SDK clients that share one HTTP client, retry adaptively, take a rate-limit token before every
 * attempt and report every call.
 */
public final class ClientFactory {
    private final SdkHttpClient httpClient;
    private final Endpoints endpoints;
    private final RateLimiters rateLimiters;
    private final CallListener listener;
    private final List<ExecutionInterceptor> extraInterceptors;

    public ClientFactory(SdkHttpClient httpClient, Endpoints endpoints, RateLimiters rateLimiters,
            CallListener listener, List<ExecutionInterceptor> extraInterceptors) {
        this.httpClient = httpClient;
        this.endpoints = endpoints;
        this.rateLimiters = rateLimiters;
        this.listener = listener;
        this.extraInterceptors = List.copyOf(extraInterceptors);
    }

    public <C extends SdkClient> C build(AwsService<C> service, String accountId, String region,
            AwsCredentialsProvider credentials, AtomicInteger callCounter) {
        String signingRegion = service.global() ? "us-east-1" : region;
        List<ExecutionInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new CallObservingInterceptor(accountId, service.global() ? "global" : region,
                service.key(), callCounter, listener));
        interceptors.add(new RateLimitInterceptor(rateLimiters.bucket(accountId, signingRegion, service.key())));
        interceptors.addAll(extraInterceptors);
        ClientSettings settings = new ClientSettings(credentials, Region.of(signingRegion),
                endpoints.effectiveFor(service), endpoints.effectiveFor(service), httpClient, RetryMode.ADAPTIVE_V2, interceptors);
        return service.factory().apply(settings);
    }

    public RateLimiters rateLimiters() {
        return rateLimiters;
    }
}
