package dev.vigil.collect.config;

import java.util.Map;

/**
 * Client-side request budget per account + region + service endpoint, applied before every attempt.
 *
 * @param requestsPerSecond default budget per endpoint
 * @param burst             tokens available at once
 * @param perService        service key (iam, ec2, s3, ...) → requests per second
 */
public record RateLimits(Double requestsPerSecond, Integer burst, Map<String, Double> perService) {
    public static final RateLimits DEFAULT = new RateLimits(null, null, null);

    public RateLimits {
        requestsPerSecond = requestsPerSecond == null ? 20.0 : requestsPerSecond;
        burst = burst == null ? 20 : burst;
        perService = perService == null ? Map.of() : Map.copyOf(perService);
    }

    public double rateFor(String service) {
        return perService.getOrDefault(service, requestsPerSecond);
    }
}
