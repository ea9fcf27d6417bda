package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

/**
 * A CloudFront distribution (global; kept with the account's home region).
 *
 * @param minimumProtocolVersion the viewer certificate's; with {@code defaultCertificate} AWS reports TLSv1
 * @param webAclArn              null when no web ACL is associated
 */
public record Distribution(String id, List<Origin> origins, String viewerProtocolPolicy, boolean defaultCertificate,
        String minimumProtocolVersion, String webAclArn, boolean logging, Instant modified) {

    public String arn(String accountId) {
        return "arn:aws:cloudfront::" + accountId + ":distribution/" + id;
    }

    /**
     * @param kind {@code s3-oac} (REST endpoint, origin access control), {@code s3-oai} (REST endpoint, legacy origin
     *             access identity), {@code s3-website} (website endpoint, a custom origin) or {@code custom}
     * @param protocolPolicy the custom origin's OriginProtocolPolicy (custom and s3-website kinds)
     */
    public record Origin(String id, String domain, String kind, String protocolPolicy) {
    }
}
