package dev.vigil.collect.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import dev.vigil.collect.ratelimit.RateLimiters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * The AWS collectors' rate budgets applied to Azure: one token bucket per subscription and resource provider
 * ({@code rate_limits.per_service} keys are provider short names such as {@code network} or {@code security});
 * tenant-wide calls share the bucket of subscription {@code tenant}; Microsoft Graph calls are service {@code graph}.
 */
final class RateBudgetPolicy implements HttpPipelinePolicy {
    private static final Pattern SUBSCRIPTION = Pattern.compile("/subscriptions/([^/?]+)");
    private static final Pattern PROVIDER = Pattern.compile("/providers/microsoft\\.([a-z]+)", Pattern.CASE_INSENSITIVE);

    private final RateLimiters limiters;

    RateBudgetPolicy(RateLimiters limiters) {
        this.limiters = limiters;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        String path = context.getHttpRequest().getUrl().getPath();
        Matcher s = SUBSCRIPTION.matcher(path);
        String account = s.find() ? s.group(1).toLowerCase(Locale.ROOT) : "tenant";
        String service = path.startsWith("/v1.0/") ? "graph" : "resources";
        Matcher p = PROVIDER.matcher(path);
        while (p.find()) {
            service = p.group(1).toLowerCase(Locale.ROOT);
        }
        String bucketService = service;
        return Mono.fromCallable(() -> {
            limiters.bucket(account, "global", bucketService).acquire();
            return true;
        }).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()).then(next.process());
    }
}
