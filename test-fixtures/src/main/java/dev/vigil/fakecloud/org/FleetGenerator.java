package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The home region's launch templates and Auto Scaling groups. Clean in every account: {@code app-lt}, whose default
 * version (2 of 3) requires IMDSv2 and gives its network interface no public IP (version 1 and the latest, 3, allow
 * IMDSv1: only the default version is judged), and two groups launched from it over two zones - {@code app-asg}
 * behind a target group with ELB health checks, {@code batch-asg} without a load balancer on EC2 health checks.
 * Plants: {@code legacy-lt} (IMDSv1 allowed), {@code public-lt} (public IP), {@code legacy-asg} (a launch
 * configuration), {@code single-az-asg} (one zone) and {@code web-asg} (a target group, EC2 health checks).
 */
final class FleetGenerator {
    private final AccountContext ctx;
    private final String region;
    private final List<String> subnetIds;
    private final String groupId;
    private final List<LaunchTemplate> templates = new ArrayList<>();
    private final List<AutoScalingGroup> groups = new ArrayList<>();

    FleetGenerator(AccountContext ctx, String region, List<String> subnetIds, String groupId) {
        this.ctx = ctx;
        this.region = region;
        this.subnetIds = subnetIds;
        this.groupId = groupId;
    }

    FleetResources generate() {
        LaunchTemplate app = template("app-lt", 2, version("optional", null), version("required", false),
                version("optional", false));
        String targetGroup = ctx.arn("elasticloadbalancing", region, "targetgroup/app-tg/" + ctx.ids().hex(16));
        group("app-asg", app, null, 2, List.of(targetGroup), "ELB");
        group("batch-asg", app, null, 2, List.of(), "EC2");
        if (ctx.has(Plant.LAUNCH_TEMPLATE_IMDSV1)) {
            ctx.found(Plant.LAUNCH_TEMPLATE_IMDSV1, arn(template("legacy-lt", 1, version("optional", false))));
        }
        if (ctx.has(Plant.LAUNCH_TEMPLATE_PUBLIC_IP)) {
            ctx.found(Plant.LAUNCH_TEMPLATE_PUBLIC_IP, arn(template("public-lt", 1, version("required", true))));
        }
        if (ctx.has(Plant.ASG_LAUNCH_CONFIGURATION)) {
            ctx.found(Plant.ASG_LAUNCH_CONFIGURATION, group("legacy-asg", null, "legacy-lc", 2, List.of(), "EC2")
                    .arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.ASG_SINGLE_AZ)) {
            ctx.found(Plant.ASG_SINGLE_AZ, group("single-az-asg", app, null, 1, List.of(), "EC2")
                    .arn(region, ctx.accountId()));
        }
        if (ctx.has(Plant.ASG_NO_ELB_HEALTH_CHECK)) {
            String web = ctx.arn("elasticloadbalancing", region, "targetgroup/web-tg/" + ctx.ids().hex(16));
            ctx.found(Plant.ASG_NO_ELB_HEALTH_CHECK, group("web-asg", app, null, 2, List.of(web), "EC2")
                    .arn(region, ctx.accountId()));
        }
        return new FleetResources(List.copyOf(templates), List.copyOf(groups));
    }

    private LaunchTemplate.Version version(String httpTokens, Boolean publicIp) {
        String script = "#!/bin/bash\nexport APP_TOKEN=" + Canary.token("ec2-user-data", ctx.accountId() + "/"
                + region + "/" + templates.size()) + "\n/opt/app/start\n";
        return new LaunchTemplate.Version("ami-0" + ctx.ids().hex(16), "t3.small", httpTokens, publicIp, groupId,
                script);
    }

    private LaunchTemplate template(String name, int defaultVersion, LaunchTemplate.Version... versions) {
        LaunchTemplate t = new LaunchTemplate(ctx.ids().ec2("lt"), name, defaultVersion, List.of(versions),
                ctx.daysAgo(100), ctx.requiredTags("fleet"));
        templates.add(t);
        return t;
    }

    private AutoScalingGroup group(String name, LaunchTemplate template, String launchConfiguration, int zones,
            List<String> targetGroups, String healthCheckType) {
        List<String> azs = List.of(region + "a", region + "b").subList(0, zones);
        AutoScalingGroup g = new AutoScalingGroup(name, template == null ? null : template.id(),
                template == null ? null : template.name(), launchConfiguration, azs, subnetIds.subList(0, zones),
                targetGroups, healthCheckType, 2, ctx.daysAgo(80), tags(name));
        groups.add(g);
        return g;
    }

    private Map<String, String> tags(String name) {
        java.util.LinkedHashMap<String, String> tags = new java.util.LinkedHashMap<>(ctx.requiredTags("fleet"));
        tags.put("Name", name);
        return tags;
    }

    private String arn(LaunchTemplate t) {
        return ctx.arn("ec2", region, "launch-template/" + t.id());
    }
}
