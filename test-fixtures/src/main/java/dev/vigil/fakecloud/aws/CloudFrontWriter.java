package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.Distribution;

/** The XML of CloudFront's DistributionSummary and DistributionConfig. */
final class CloudFrontWriter {
    private final String accountId;

    CloudFrontWriter(String accountId) {
        this.accountId = accountId;
    }

    void summary(XmlWriter x, Distribution d) {
        x.leaf("Id", d.id()).leaf("ARN", d.arn(accountId)).leaf("Status", "Deployed")
                .leaf("LastModifiedTime", d.modified()).leaf("DomainName", d.id().toLowerCase() + ".cloudfront.net");
        x.start("Aliases").leaf("Quantity", 0).end();
        origins(x, d);
        cacheBehavior(x, d);
        x.start("CacheBehaviors").leaf("Quantity", 0).end().start("CustomErrorResponses").leaf("Quantity", 0).end()
                .leaf("Comment", "").leaf("PriceClass", "PriceClass_All").leaf("Enabled", true);
        viewerCertificate(x, d);
        restrictions(x);
        x.leaf("WebACLId", d.webAclArn() == null ? "" : d.webAclArn()).leaf("HttpVersion", "http2")
                .leaf("IsIPV6Enabled", true).leaf("Staging", false);
    }

    void config(XmlWriter x, Distribution d) {
        x.leaf("CallerReference", "vigil-" + d.id()).start("Aliases").leaf("Quantity", 0).end()
                .leaf("DefaultRootObject", "index.html");
        origins(x, d);
        cacheBehavior(x, d);
        x.start("CacheBehaviors").leaf("Quantity", 0).end().start("CustomErrorResponses").leaf("Quantity", 0).end()
                .leaf("Comment", "");
        x.start("Logging").leaf("Enabled", d.logging()).leaf("IncludeCookies", false)
                .leaf("Bucket", d.logging() ? "cf-logs-" + accountId + ".s3.amazonaws.com" : "")
                .leaf("Prefix", d.logging() ? d.id() + "/" : "").end();
        x.leaf("PriceClass", "PriceClass_All").leaf("Enabled", true);
        viewerCertificate(x, d);
        restrictions(x);
        x.leaf("WebACLId", d.webAclArn() == null ? "" : d.webAclArn()).leaf("HttpVersion", "http2")
                .leaf("IsIPV6Enabled", true);
    }

    private void origins(XmlWriter x, Distribution d) {
        x.start("Origins").leaf("Quantity", d.origins().size()).start("Items");
        for (Distribution.Origin o : d.origins()) {
            x.start("Origin").leaf("Id", o.id()).leaf("DomainName", o.domain()).leaf("OriginPath", "")
                    .start("CustomHeaders").leaf("Quantity", 0).end();
            if (o.kind().equals("s3-oac") || o.kind().equals("s3-oai")) {
                x.start("S3OriginConfig").leaf("OriginAccessIdentity", o.kind().equals("s3-oai")
                        ? "origin-access-identity/cloudfront/E2QWRUHAPOMQZL" : "").end();
            } else {
                x.start("CustomOriginConfig").leaf("HTTPPort", 80).leaf("HTTPSPort", 443)
                        .leaf("OriginProtocolPolicy", o.protocolPolicy()).start("OriginSslProtocols").leaf("Quantity", 1)
                        .start("Items").leaf("SslProtocol", "TLSv1.2").end().end().leaf("OriginReadTimeout", 30)
                        .leaf("OriginKeepaliveTimeout", 5).end();
            }
            x.leaf("ConnectionAttempts", 3).leaf("ConnectionTimeout", 10)
                    .leaf("OriginAccessControlId", o.kind().equals("s3-oac") ? "E3OACX" + d.id().substring(1, 8) : "")
                    .end();
        }
        x.end().end();
    }

    private static void cacheBehavior(XmlWriter x, Distribution d) {
        x.start("DefaultCacheBehavior").leaf("TargetOriginId", d.origins().get(0).id())
                .start("TrustedSigners").leaf("Enabled", false).leaf("Quantity", 0).end()
                .start("TrustedKeyGroups").leaf("Enabled", false).leaf("Quantity", 0).end()
                .leaf("ViewerProtocolPolicy", d.viewerProtocolPolicy())
                .start("AllowedMethods").leaf("Quantity", 2).start("Items").leaf("Method", "HEAD").leaf("Method", "GET")
                .end().start("CachedMethods").leaf("Quantity", 2).start("Items").leaf("Method", "HEAD")
                .leaf("Method", "GET").end().end().end()
                .leaf("SmoothStreaming", false).leaf("Compress", true)
                .start("LambdaFunctionAssociations").leaf("Quantity", 0).end()
                .start("FunctionAssociations").leaf("Quantity", 0).end().leaf("FieldLevelEncryptionId", "")
                .leaf("CachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6").end();
    }

    private void viewerCertificate(XmlWriter x, Distribution d) {
        x.start("ViewerCertificate");
        if (d.defaultCertificate()) {
            x.leaf("CloudFrontDefaultCertificate", true).leaf("SSLSupportMethod", "vip")
                    .leaf("MinimumProtocolVersion", d.minimumProtocolVersion()).leaf("CertificateSource", "cloudfront");
        } else {
            String cert = "arn:aws:acm:us-east-1:" + accountId + ":certificate/" + d.id().toLowerCase();
            x.leaf("CloudFrontDefaultCertificate", false).leaf("ACMCertificateArn", cert)
                    .leaf("SSLSupportMethod", "sni-only").leaf("MinimumProtocolVersion", d.minimumProtocolVersion())
                    .leaf("Certificate", cert).leaf("CertificateSource", "acm");
        }
        x.end();
    }

    private static void restrictions(XmlWriter x) {
        x.start("Restrictions").start("GeoRestriction").leaf("RestrictionType", "none").leaf("Quantity", 0).end().end();
    }
}
