package dev.vigil.fakecloud.org;

import dev.vigil.fakecloud.org.WebAcl.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates an account's WAF web ACLs: a clean regional ACL ({@code app}: a managed rule group, a rate limit and an
 * origin-header match, metrics on, logged to Firehose), a clean CloudFront ACL ({@code edge}, logged to CloudWatch
 * Logs), a clean empty ACL whose default action blocks ({@code deny-all}), and one ACL per planted misconfiguration,
 * each a copy of a clean one with one setting changed.
 */
final class WafGenerator {
    private final AccountContext ctx;
    private final String region;
    private final List<WebAcl> acls = new ArrayList<>();

    WafGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    List<WebAcl> generate() {
        acls.add(acl("app", "REGIONAL", "ALLOW", rules(true), true, true));
        acls.add(acl("edge", "CLOUDFRONT", "ALLOW", rules(true), true, true));
        acls.add(acl("deny-all", "REGIONAL", "BLOCK", List.of(), true, true));
        // each plant in both scopes: the regional copy through the region's unit, the CloudFront one through the
        // account's global unit
        plant(Plant.WAF_NO_LOGGING, acl("app-unlogged", "REGIONAL", "ALLOW", rules(true), true, false));
        plant(Plant.WAF_NO_LOGGING, acl("edge-unlogged", "CLOUDFRONT", "ALLOW", rules(true), true, false));
        plant(Plant.WAF_EMPTY_ALLOW, acl("allow-all", "REGIONAL", "ALLOW", List.of(), true, true));
        plant(Plant.WAF_NO_METRICS, acl("app-quiet", "REGIONAL", "ALLOW", rules(true), false, true));
        plant(Plant.WAF_NO_METRICS, acl("edge-quiet", "CLOUDFRONT", "ALLOW", rules(false), true, true));
        return List.copyOf(acls);
    }

    private void plant(Plant plant, WebAcl acl) {
        if (ctx.has(plant)) {
            acls.add(acl);
            ctx.found(plant, acl.arn(ctx.accountId(), region));
        }
    }

    /** A managed rule group, a rate limit and an origin-header match; the rate rule's metrics off unless asked. */
    private static List<Rule> rules(boolean allMetrics) {
        return List.of(new Rule("common", 0, "managed", true), new Rule("rate-limit", 1, "rate", allMetrics),
                new Rule("origin-header", 2, "header", true));
    }

    private WebAcl acl(String name, String scope, String defaultAction, List<Rule> rules, boolean metrics,
            boolean logged) {
        String dest = !logged ? null : scope.equals("CLOUDFRONT")
                ? ctx.arn("logs", "us-east-1", "log-group:aws-waf-logs-" + name)
                : ctx.arn("firehose", region, "deliverystream/aws-waf-logs-" + name);
        return new WebAcl(name, ctx.ids().uuid(), scope, defaultAction, rules, metrics, dest);
    }
}
