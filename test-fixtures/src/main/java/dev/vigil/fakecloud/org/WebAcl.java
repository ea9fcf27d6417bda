package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * An AWS WAF (v2) web ACL.
 *
 * @param scope          {@code REGIONAL} (kept with its region) or {@code CLOUDFRONT} (global, served by us-east-1)
 * @param defaultAction  {@code ALLOW} or {@code BLOCK}
 * @param metrics        the ACL's own VisibilityConfig.CloudWatchMetricsEnabled
 * @param logDestination the logging configuration's destination ARN, or null when logging is not configured
 */
public record WebAcl(String name, String id, String scope, String defaultAction, List<Rule> rules, boolean metrics,
        String logDestination) {

    public boolean cloudFront() {
        return scope.equals("CLOUDFRONT");
    }

    public String arn(String accountId, String region) {
        return "arn:aws:wafv2:" + (cloudFront() ? "us-east-1" : region) + ":" + accountId + ":"
                + (cloudFront() ? "global" : "regional") + "/webacl/" + name + "/" + id;
    }

    /**
     * @param kind    {@code managed} (AWS managed rule group), {@code rate} (rate-based) or {@code header} (a byte
     *                match on a shared-secret origin header, whose search string must never reach a snapshot)
     * @param metrics the rule's VisibilityConfig.CloudWatchMetricsEnabled
     */
    public record Rule(String name, int priority, String kind, boolean metrics) {
    }
}
