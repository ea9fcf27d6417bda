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

    /**
     * AWS's published quotas that are below the general default, applied unless {@code per_service} names the
     * service: RDS throttles each account and region at a sustained 12 requests per second across all its
     * API operations (bursts of 300); Security Hub allows 10 requests per second (bursts of 30) for every
     * operation without a quota of its own, DescribeHub among them; Lambda's control plane allows 15 requests per
     * second per API (GetPolicy included); CloudWatch Logs' DescribeMetricFilters is limited to 5 transactions per
     * second per account and region, CloudWatch's DescribeAlarms to 9; Elastic Load Balancing refills each API
     * version's bucket of non-mutating (Describe*) actions at 10 per second (bucket 40), v2 and Classic apart; API
     * Gateway's control-plane reads ("other operations") are limited to 10 per second per account; Route 53 answers
     * five requests per second per account; ACM's ListCertificates is limited to 8 per second (DescribeCertificate
     * to 10); see
     * docs/collect-aws.md.
     */
    public static final Map<String, Double> PUBLISHED = Map.ofEntries(Map.entry("rds", 12.0),
            Map.entry("securityhub", 10.0), Map.entry("lambda", 15.0), Map.entry("logs", 5.0),
            Map.entry("monitoring", 9.0), Map.entry("elbv2", 10.0), Map.entry("elb", 10.0),
            Map.entry("apigateway", 10.0), Map.entry("apigatewayv2", 10.0), Map.entry("route53", 5.0),
            Map.entry("acm", 8.0));

    public RateLimits {
        requestsPerSecond = requestsPerSecond == null ? 20.0 : requestsPerSecond;
        burst = burst == null ? 20 : burst;
        perService = perService == null ? Map.of() : Map.copyOf(perService);
    }

    public double rateFor(String service) {
        Double own = perService.get(service);
        if (own != null) {
            return own;
        }
        Double published = PUBLISHED.get(service);
        return published == null ? requestsPerSecond : Math.min(requestsPerSecond, published);
    }
}
