package dev.vigil.fakecloud.org;

import dev.vigil.fakecloud.org.LoadBalancerV2.Listener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the load balancers of an account's home region: a clean application load balancer (HTTP redirected
 * to HTTPS, a TLS 1.2+ policy, access logs, deletion protection, invalid headers dropped, defensive desync
 * mitigation), a clean network load balancer with a TLS listener, a clean Classic Load Balancer (HTTPS only, a
 * TLS 1.2 policy, access logs, defensive desync mitigation), and one load balancer per planted misconfiguration,
 * each the clean twin with one setting changed.
 */
final class ElbGenerator {
    static final String MODERN_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    static final String CLASSIC_MODERN = "ELBSecurityPolicy-TLS-1-2-2017-01";
    static final String LEGACY_POLICY = "ELBSecurityPolicy-2016-08";

    private final AccountContext ctx;
    private final String region;
    private final String vpcId;
    private final List<LoadBalancerV2> v2 = new ArrayList<>();
    private final List<ClassicLoadBalancer> classic = new ArrayList<>();

    ElbGenerator(AccountContext ctx, String region, String vpcId) {
        this.ctx = ctx;
        this.region = region;
        this.vpcId = vpcId;
    }

    ElbResources generate() {
        v2.add(alb("web-alb", true, MODERN_POLICY, Map.of()));
        v2.add(new LoadBalancerV2("tcp-nlb", "network", ctx.ids().hex(16), vpcId,
                List.of(new Listener(443, "TLS", MODERN_POLICY, false)), Map.of("access_logs.s3.enabled", "true",
                        "deletion_protection.enabled", "true"), ctx.daysAgo(90)));
        classic.add(clb("legacy-elb", List.of(https()), false, true, "defensive"));
        plantAlb(Plant.ALB_HTTP_NO_REDIRECT, "plain-http-alb", false, MODERN_POLICY, Map.of());
        plantAlb(Plant.ELBV2_WEAK_TLS, "old-tls-alb", true, LEGACY_POLICY, Map.of());
        plantAlb(Plant.ELBV2_NO_ACCESS_LOGS, "unlogged-alb", true, MODERN_POLICY,
                Map.of("access_logs.s3.enabled", "false"));
        plantAlb(Plant.ELBV2_NO_DELETION_PROTECTION, "unprotected-alb", true, MODERN_POLICY,
                Map.of("deletion_protection.enabled", "false"));
        plantAlb(Plant.ALB_INVALID_HEADERS_KEPT, "lenient-alb", true, MODERN_POLICY,
                Map.of("routing.http.drop_invalid_header_fields.enabled", "false"));
        plantAlb(Plant.ALB_DESYNC_MONITOR, "monitor-alb", true, MODERN_POLICY,
                Map.of("routing.http.desync_mitigation_mode", "monitor"));
        plantClb(Plant.CLB_HTTP_LISTENER, "http-elb", List.of(https(),
                new ClassicLoadBalancer.Listener("HTTP", 80, "HTTP", 8080)), false, true, "defensive");
        plantClb(Plant.CLB_WEAK_TLS, "old-tls-elb", List.of(https()), true, true, "defensive");
        plantClb(Plant.CLB_NO_ACCESS_LOGS, "unlogged-elb", List.of(https()), false, false, "defensive");
        plantClb(Plant.CLB_DESYNC_MONITOR, "monitor-elb", List.of(https()), false, true, "monitor");
        return new ElbResources(v2, classic);
    }

    private void plantAlb(Plant plant, String name, boolean redirect, String policy, Map<String, String> changed) {
        if (ctx.has(plant)) {
            LoadBalancerV2 lb = alb(name, redirect, policy, changed);
            v2.add(lb);
            ctx.found(plant, lb.arn(region, ctx.accountId()));
        }
    }

    private void plantClb(Plant plant, String name, List<ClassicLoadBalancer.Listener> listeners, boolean legacy,
            boolean accessLog, String desync) {
        if (ctx.has(plant)) {
            ClassicLoadBalancer lb = clb(name, listeners, legacy, accessLog, desync);
            classic.add(lb);
            ctx.found(plant, lb.arn(region, ctx.accountId()));
        }
    }

    private LoadBalancerV2 alb(String name, boolean redirect, String policy, Map<String, String> changed) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("access_logs.s3.enabled", "true");
        attributes.put("access_logs.s3.bucket", S3Generator.logBucket(ctx.accountId()));
        attributes.put("deletion_protection.enabled", "true");
        attributes.put("idle_timeout.timeout_seconds", "60");
        attributes.put("routing.http.drop_invalid_header_fields.enabled", "true");
        attributes.put("routing.http.desync_mitigation_mode", "defensive");
        attributes.putAll(changed);
        return new LoadBalancerV2(name, "application", ctx.ids().hex(16), vpcId, List.of(
                new Listener(80, "HTTP", null, redirect), new Listener(443, "HTTPS", policy, false)), attributes,
                ctx.daysAgo(90));
    }

    private ClassicLoadBalancer clb(String name, List<ClassicLoadBalancer.Listener> listeners, boolean legacy,
            boolean accessLog, String desync) {
        return new ClassicLoadBalancer(name, vpcId, listeners, legacy ? LEGACY_POLICY : CLASSIC_MODERN, legacy,
                accessLog, desync, ctx.daysAgo(400));
    }

    private static ClassicLoadBalancer.Listener https() {
        return new ClassicLoadBalancer.Listener("HTTPS", 443, "HTTP", 8080);
    }
}
