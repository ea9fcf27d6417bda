package dev.vigil.collect.engine;

import java.net.URI;
import java.util.Map;

/**
 * Which endpoint a service uses. A service-specific {@code AWS_ENDPOINT_URL_<SERVICE>} variable always
 * wins; then the configured override; then nothing, so that the SDK applies {@code AWS_ENDPOINT_URL} and
 * its own resolution.
 */
public final class Endpoints {
    private final URI override;
    private final Map<String, String> environment;

    public Endpoints(String override, Map<String, String> environment) {
        this.override = override == null || override.isBlank() ? null : URI.create(override);
        this.environment = Map.copyOf(environment);
    }

    public URI overrideFor(AwsService<?> service) {
        String specific = environment.get("AWS_ENDPOINT_URL_" + service.envName());
        if (specific != null && !specific.isBlank()) {
            return URI.create(specific);
        }
        return override;
    }

    public boolean anyLoopback() {
        if (override != null && isLoopback(override)) {
            return true;
        }
        return environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("AWS_ENDPOINT_URL"))
                .anyMatch(e -> isLoopback(URI.create(e.getValue())));
    }

    public static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }
}
