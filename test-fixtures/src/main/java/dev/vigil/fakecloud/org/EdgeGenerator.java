package dev.vigil.fakecloud.org;

import dev.vigil.fakecloud.org.Distribution.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates an account's CloudFront distributions: a clean static site (S3 origin with origin access control,
 * viewers redirected to HTTPS, an ACM certificate with TLSv1.2_2021, a WAF web ACL, standard logging), a clean API
 * front (custom origin, HTTPS only), and one distribution per planted misconfiguration, each a clean twin with one
 * setting changed.
 */
final class EdgeGenerator {
    static final String MODERN_TLS = "TLSv1.2_2021";

    private final AccountContext ctx;
    private final List<Distribution> distributions = new ArrayList<>();

    EdgeGenerator(AccountContext ctx) {
        this.ctx = ctx;
    }

    EdgeResources generate() {
        String bucket = "site-" + ctx.accountId();
        distributions.add(site(s3(bucket, "s3-oac"), "redirect-to-https", false, MODERN_TLS, true, true));
        distributions.add(site(custom("api", "https-only"), "https-only", false, MODERN_TLS, true, true));
        plant(Plant.CF_VIEWER_HTTP, site(s3(bucket, "s3-oac"), "allow-all", false, MODERN_TLS, true, true));
        plant(Plant.CF_OLD_TLS, ctx.index() % 2 == 0
                ? site(s3(bucket, "s3-oac"), "redirect-to-https", false, "TLSv1.2_2019", true, true)
                : site(s3(bucket, "s3-oac"), "redirect-to-https", true, "TLSv1", true, true));
        plant(Plant.CF_S3_NO_OAC, site(ctx.index() % 2 == 0 ? s3(bucket, "s3-oai") : s3(bucket, "s3-website"),
                "redirect-to-https", false, MODERN_TLS, true, true));
        plant(Plant.CF_NO_WAF, site(s3(bucket, "s3-oac"), "redirect-to-https", false, MODERN_TLS, false, true));
        plant(Plant.CF_NO_LOGGING, site(s3(bucket, "s3-oac"), "redirect-to-https", false, MODERN_TLS, true, false));
        plant(Plant.CF_ORIGIN_HTTP, site(custom("api", ctx.index() % 2 == 0 ? "http-only" : "match-viewer"),
                "https-only", false, MODERN_TLS, true, true));
        return new EdgeResources(distributions);
    }

    private void plant(Plant plant, Distribution d) {
        if (ctx.has(plant)) {
            distributions.add(d);
            ctx.found(plant, d.arn(ctx.accountId()));
        }
    }

    private Distribution site(Origin origin, String viewer, boolean defaultCert, String tls, boolean waf,
            boolean logging) {
        String id = "E" + ctx.ids().hex(13).toUpperCase(java.util.Locale.ROOT);
        String acl = waf ? "arn:aws:wafv2:us-east-1:" + ctx.accountId() + ":global/webacl/edge/" + ctx.ids().uuid()
                : null;
        return new Distribution(id, List.of(origin), viewer, defaultCert, tls, acl, logging, ctx.daysAgo(20));
    }

    private static Origin s3(String bucket, String kind) {
        return kind.equals("s3-website")
                ? new Origin("s3-site", bucket + ".s3-website-us-east-1.amazonaws.com", kind, "http-only")
                : new Origin("s3-site", bucket + ".s3.us-east-1.amazonaws.com", kind, null);
    }

    private Origin custom(String name, String policy) {
        return new Origin(name, name + "-" + ctx.accountId() + ".example.com", "custom", policy);
    }
}
