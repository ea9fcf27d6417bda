package dev.vigil.collect.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import dev.vigil.collect.resilience.CircuitBreaker;
import dev.vigil.collect.resilience.CircuitBreakers;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Puts each ARM call (not each retry) through the circuit breaker of its endpoint: the subscription (or the tenant)
 * and the resource provider it reads, region {@code global}. A hung or dead provider then costs one timeout per
 * subscription, and its further calls fail at once as {@code CircuitOpen} gaps.
 */
final class ArmCircuitBreakerPolicy implements HttpPipelinePolicy {
    private static final Pattern SUBSCRIPTION = Pattern.compile("/subscriptions/([^/?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVIDER = Pattern.compile("/providers/([^/?]+)", Pattern.CASE_INSENSITIVE);

    private final CircuitBreakers breakers;
    private final String tenantId;

    ArmCircuitBreakerPolicy(CircuitBreakers breakers, String tenantId) {
        this.breakers = breakers;
        this.tenantId = tenantId;
    }

    /** The breaker of the subscription (or tenant) and resource provider a URL path reads. */
    CircuitBreaker breakerFor(String path) {
        Matcher s = SUBSCRIPTION.matcher(path);
        boolean inSubscription = s.find();
        String scope = inSubscription ? s.group(1).toLowerCase(Locale.ROOT) : tenantId;
        Matcher p = PROVIDER.matcher(path);
        String provider = p.find(inSubscription ? s.end() : 0) ? p.group(1).toLowerCase(Locale.ROOT)
                : "microsoft.resources";
        return breakers.of(scope, "global", provider);
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return Mono.defer(() -> {
            CircuitBreaker breaker = breakerFor(context.getHttpRequest().getUrl().getPath());
            CircuitBreaker.Call call = breaker.admit();
            return next.process()
                    .doOnSuccess(response -> breaker.answered(call))
                    .doOnError(error -> breaker.failed(call, error))
                    .doOnCancel(() -> breaker.abandoned(call));
        });
    }
}
