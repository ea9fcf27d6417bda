package dev.vigil.collect.resilience;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Puts one client's calls (not each retry) through the circuit breaker of its endpoint. */
public final class CircuitBreakerInterceptor implements ExecutionInterceptor {
    private static final ExecutionAttribute<CircuitBreaker.Call> CALL = new ExecutionAttribute<>("VigilBreakerCall");
    private final CircuitBreaker breaker;

    public CircuitBreakerInterceptor(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(CALL, breaker.admit());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        breaker.answered(attributes.getAttribute(CALL));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable error = context.exception();
        if (error instanceof CircuitOpenException) {
            return;
        }
        breaker.failed(attributes.getAttribute(CALL), error);
    }
}
