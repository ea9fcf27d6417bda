package dev.vigil.collect.engine;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Everything one client needs; {@link #configure} applies it to any service's builder.
 *
 * @param endpointOverride  what Vigil sets on the builder (null: the SDK resolves, honouring AWS_ENDPOINT_URL)
 * @param effectiveEndpoint where the client will really go when it is not AWS's own endpoint (override or
 *                          {@code AWS_ENDPOINT_URL}), for the services that need to know (S3 Control, S3)
 * @param callBudget        the most one call may take, every retry and backoff included
 */
public record ClientSettings(
        AwsCredentialsProvider credentials,
        Region region,
        URI endpointOverride,
        URI effectiveEndpoint,
        SdkHttpClient httpClient,
        RetryStrategy retryStrategy,
        Duration callBudget,
        List<ExecutionInterceptor> interceptors) {

    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.credentialsProvider(credentials).region(region).httpClient(httpClient)
                .overrideConfiguration(o -> {
                    o.retryStrategy(retryStrategy).apiCallTimeout(callBudget);
                    interceptors.forEach(o::addExecutionInterceptor);
                });
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder;
    }

    public boolean hasEndpointOverride() {
        return endpointOverride != null;
    }
}
