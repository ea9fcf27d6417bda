package dev.vigil.fakecloud.org;

/**
 * A Route 53 hosted zone (global).
 *
 * @param id            without the {@code /hostedzone/} prefix
 * @param name          fully qualified, with the trailing dot
 * @param signing       DNSSEC ServeSignature {@code SIGNING} (public zones only)
 * @param queryLogGroup the query logging configuration's CloudWatch Logs log group ARN, or null
 */
public record HostedZone(String id, String name, boolean privateZone, boolean signing, String queryLogGroup) {

    public String arn() {
        return "arn:aws:route53:::hostedzone/" + id;
    }
}
