package dev.vigil.collect.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** One ARM call, every retry and backoff included, gets {@code timeouts.call_budget}; then it is a gap. */
final class ArmCallBudgetPolicy implements HttpPipelinePolicy {
    private final Duration budget;

    ArmCallBudgetPolicy(Duration budget) {
        this.budget = budget;
    }

    /** The call ran out of its budget. */
    static final class CallBudgetExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallBudgetExceededException(String message) {
            super(message);
        }
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return next.process().timeout(budget, Mono.error(() -> new CallBudgetExceededException(
                context.getHttpRequest().getHttpMethod() + " " + context.getHttpRequest().getUrl()
                        + ": no answer within the call budget of " + budget + " (timeouts.call_budget), retries included")));
    }
}
