package dev.vigil.collect.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.Timeouts;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.resilience.CircuitBreakers;
import dev.vigil.collect.ratelimit.RateLimiters;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.File;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * How Vigil reaches Azure: one HTTP client (trusting an extra CA when configured), a token credential (client
 * secret when configured, otherwise {@code DefaultAzureCredential}) and a pipeline that signs every ARM call.
 */
final class AzureTransport {
    static final String PUBLIC_ARM = "https://management.azure.com";

    private AzureTransport() {
    }

    static HttpClient httpClient(AzureConfig config, Timeouts timeouts) {
        if (config.caCertificate() == null) {
            return withTimeouts(new NettyAsyncHttpClientBuilder(), timeouts).build();
        }
        File pem = new File(config.caCertificate());
        if (!pem.isFile()) {
            throw new ConfigException("azure.ca_certificate: no such file " + pem);
        }
        try {
            SslContext ssl = SslContextBuilder.forClient().trustManager(pem).build();
            return withTimeouts(new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                    .secure(spec -> spec.sslContext(ssl))), timeouts).build();
        } catch (SSLException e) {
            throw new ConfigException("azure.ca_certificate: cannot use " + pem + ": " + e.getMessage());
        }
    }

    /** A hung endpoint costs {@code timeouts.read} per call: no answer, or no next bytes of one, within it. */
    private static NettyAsyncHttpClientBuilder withTimeouts(NettyAsyncHttpClientBuilder builder, Timeouts timeouts) {
        return builder.connectTimeout(timeouts.connect()).responseTimeout(timeouts.read()).readTimeout(timeouts.read())
                .writeTimeout(timeouts.read());
    }

    static TokenCredential credential(AzureConfig config, Map<String, String> environment, HttpClient http) {
        if (config.clientId() != null) {
            String variable = config.clientSecretEnv() == null ? "AZURE_CLIENT_SECRET" : config.clientSecretEnv();
            String secret = environment.get(variable);
            if (secret == null || secret.isBlank()) {
                throw new ConfigException("azure.client_id is set but the environment variable " + variable
                        + " (azure.client_secret_env) holding its secret is empty");
            }
            ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder().tenantId(config.tenantId())
                    .clientId(config.clientId()).clientSecret(secret).httpClient(http);
            if (config.authorityHost() != null) {
                builder.authorityHost(config.authorityHost()).disableInstanceDiscovery();
            }
            return builder.build();
        }
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder().tenantId(config.tenantId())
                .httpClient(http);
        if (config.authorityHost() != null) {
            builder.authorityHost(config.authorityHost()).disableInstanceDiscovery();
        }
        return builder.build();
    }

    /**
     * The call budget outermost, then the circuit breaker (so a call counts once, not per retry), then the retries
     * with their backoff, the rate budget per attempt and the token.
     */
    static HttpPipeline pipeline(HttpClient http, TokenCredential credential, String endpoint, RateLimiters limits,
            VigilConfig config, CircuitBreakers breakers) {
        return new HttpPipelineBuilder().httpClient(http).policies(
                new UserAgentPolicy("vigil"),
                new ArmCallBudgetPolicy(config.timeouts().callBudget()),
                new ArmCircuitBreakerPolicy(breakers, config.azure().tenantId()),
                new RetryPolicy(new ArmRetryStrategy(config.retries())),
                new RateBudgetPolicy(limits),
                new BearerTokenAuthenticationPolicy(credential, endpoint + "/.default")).build();
    }
}
