package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AutoScalingGroup;
import dev.vigil.fakecloud.org.FleetResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Amazon EC2 Auto Scaling (Query protocol, API version 2011-01-01): DescribeAutoScalingGroups. */
public final class AutoScalingHandler implements ServiceHandler {
    public static final String NAMESPACE = "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    private final QueryProtocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public AutoScalingHandler(QueryProtocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeAutoScalingGroups");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!operation.equals("DescribeAutoScalingGroups")) {
            throw new AwsError(400, "InvalidAction", "Could not find operation " + operation);
        }
        String region = request.region();
        String acct = request.accountId();
        RegionResources r = org.resources(acct).map(a -> a.region(region)).orElse(null);
        FleetResources fleet = r == null || r.fleet() == null ? FleetResources.NONE : r.fleet();
        Map<String, String> form = request.form();
        Integer max = Page.intParam(form.get("MaxRecords"));
        if (max != null && (max < 1 || max > 100)) {
            throw new AwsError(400, "ValidationError", "1 validation error detected: Value '" + max
                    + "' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to 100");
        }
        Set<String> names = new HashSet<>();
        form.forEach((k, v) -> {
            if (k.startsWith("AutoScalingGroupNames.member.")) {
                names.add(v);
            }
        });
        List<AutoScalingGroup> groups = fleet.groups().stream().filter(g -> names.isEmpty() || names.contains(g.name()))
                .toList();
        Page<AutoScalingGroup> page = Page.of(groups, form.get("NextToken"), max == null ? 50 : max,
                options.maxPageSize(), "InvalidNextToken");
        return protocol.respond(operation, request.requestId(), x -> {
            x.start("AutoScalingGroups");
            page.items().forEach(g -> group(x, g, region, acct));
            x.end().leaf("NextToken", page.next());
        });
    }

    private static void group(XmlWriter x, AutoScalingGroup g, String region, String acct) {
        x.start("member").leaf("AutoScalingGroupName", g.name()).leaf("AutoScalingGroupARN", g.arn(region, acct));
        if (g.launchTemplateId() != null) {
            x.start("LaunchTemplate").leaf("LaunchTemplateId", g.launchTemplateId())
                    .leaf("LaunchTemplateName", g.launchTemplateName()).leaf("Version", "$Default").end();
        }
        x.leaf("LaunchConfigurationName", g.launchConfigurationName()).leaf("MinSize", 1).leaf("MaxSize", 4)
                .leaf("DesiredCapacity", g.desired()).leaf("DefaultCooldown", 300);
        members(x, "AvailabilityZones", g.availabilityZones());
        x.empty("LoadBalancerNames");
        members(x, "TargetGroupARNs", g.targetGroupArns());
        x.leaf("HealthCheckType", g.healthCheckType()).leaf("HealthCheckGracePeriod", 300).empty("Instances")
                .leaf("CreatedTime", g.created()).empty("SuspendedProcesses")
                .leaf("VPCZoneIdentifier", String.join(",", g.subnetIds())).empty("EnabledMetrics")
                .start("Tags");
        g.tags().forEach((k, v) -> x.start("member").leaf("ResourceId", g.name())
                .leaf("ResourceType", "auto-scaling-group").leaf("Key", k).leaf("Value", v)
                .leaf("PropagateAtLaunch", true).end());
        x.end().empty("TerminationPolicies").leaf("NewInstancesProtectedFromScaleIn", false)
                .leaf("ServiceLinkedRoleARN", "arn:aws:iam::" + acct
                        + ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling")
                .leaf("CapacityRebalance", false).end();
    }

    private static void members(XmlWriter x, String name, List<String> values) {
        x.start(name);
        values.forEach(v -> x.leaf("member", v));
        x.end();
    }
}
