package dev.vigil.collect.engine;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the calls of one client and reports them, and their retries, to a listener. */
final class CallObservingInterceptor implements ExecutionInterceptor {
    private static final ExecutionAttribute<Integer> ATTEMPTS = new ExecutionAttribute<>("VigilAttempts");
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("VigilStartedNanos");

    private final String accountId;
    private final String region;
    private final String service;
    private final AtomicInteger counter;
    private final CallListener listener;

    CallObservingInterceptor(String accountId, String region, String service, AtomicInteger counter,
            CallListener listener) {
        this.accountId = accountId;
        this.region = region;
        this.service = service;
        this.counter = counter;
        this.listener = listener;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        counter.incrementAndGet();
        attributes.putAttribute(STARTED, System.nanoTime());
        listener.onCall(accountId, region, service, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Integer before = attributes.getAttribute(ATTEMPTS);
        int attempt = before == null ? 1 : before + 1;
        attributes.putAttribute(ATTEMPTS, attempt);
        if (attempt > 1) {
            listener.onRetry(accountId, region, service, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        completed(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        completed(attributes);
    }

    private void completed(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            listener.onCompleted(accountId, region, service, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    java.time.Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
