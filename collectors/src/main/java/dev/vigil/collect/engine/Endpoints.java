package dev.vigil.collect.engine;

import java.net.URI;
import java.util.Map;

/**
 * Which endpoint a service uses. A service-specific {@code AWS_ENDPOINT_URL_<SERVICE>} variable always
 * wins; then the configured override; then {@code AWS_ENDPOINT_URL}; then the SDK's own resolution. The
 * variables are read from the given environment (the process's in production), the same rules the SDK
 * applies, so that S3 Control and S3 path-style know where they really go.
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

    /** The override, or else the SDK's {@code AWS_ENDPOINT_URL}, or null for AWS's own endpoints. */
    public URI effectiveFor(AwsService<?> service) {
        URI explicit = overrideFor(service);
        if (explicit != null) {
            return explicit;
        }
        String global = environment.get("AWS_ENDPOINT_URL");
        return global == null || global.isBlank() ? null : URI.create(global);
    }
}
