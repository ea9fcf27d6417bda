package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * An OpenSearch Service domain.
 *
 * @param vpcId       the VPC it lives in, or null: a public endpoint
 * @param policy      its resource-based access policy (JSON)
 * @param tlsPolicy   DomainEndpointOptions.TLSSecurityPolicy
 * @param fineGrained fine-grained access control (AdvancedSecurityOptions.Enabled)
 */
public record SearchDomain(String name, String vpcId, String policy, boolean encryptionAtRest, String kmsKeyArn,
        boolean nodeToNode, boolean enforceHttps, String tlsPolicy, boolean auditLogs, boolean fineGrained,
        Instant created) {
    public static final String TLS_1_2 = "Policy-Min-TLS-1-2-PFS-2023-10";
    public static final String TLS_1_0 = "Policy-Min-TLS-1-0-2019-07";

    public String arn(String region, String accountId) {
        return "arn:aws:es:" + region + ":" + accountId + ":domain/" + name;
    }

    SearchDomain with(String vpc, String accessPolicy, boolean atRest, boolean n2n, boolean https, String tls,
            boolean audit, boolean fgac) {
        return new SearchDomain(name, vpc, accessPolicy, atRest, atRest ? kmsKeyArn : null, n2n, https, tls, audit,
                fgac, created);
    }
}
