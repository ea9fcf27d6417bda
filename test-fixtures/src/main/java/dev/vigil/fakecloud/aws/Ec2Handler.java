package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** EC2 (its own Query dialect): regions, network, instances, volumes, EBS default encryption. */
public final class Ec2Handler implements ServiceHandler {
    /** Listed by DescribeRegions as {@code not-opted-in}, never enabled. */
    static final List<String> NOT_OPTED_IN = List.of("af-south-1", "ap-east-1", "me-south-1", "il-central-1");
    private static final Set<String> OPT_IN_REGIONS = Set.copyOf(NOT_OPTED_IN);

    private final Ec2Protocol protocol;
    private final SyntheticOrg org;
    private final FakeCloudOptions options;
    private final Ec2NetworkOperations network;
    private final Ec2ImageOperations images;
    private final Ec2LaunchTemplateOperations launchTemplates;

    public Ec2Handler(Ec2Protocol protocol, SyntheticOrg org, FakeCloudOptions options) {
        this.protocol = protocol;
        this.org = org;
        this.options = options;
        this.network = new Ec2NetworkOperations(protocol, options);
        this.images = new Ec2ImageOperations(protocol, options);
        this.launchTemplates = new Ec2LaunchTemplateOperations(protocol, options);
    }

    @Override
    public Set<String> readOperations() {
        Set<String> ops = new java.util.HashSet<>(Set.of("DescribeRegions", "DescribeSecurityGroups", "DescribeVpcs",
                "DescribeSubnets", "DescribeFlowLogs", "GetEbsEncryptionByDefault", "DescribeInstances", "DescribeVolumes"));
        ops.addAll(Ec2NetworkOperations.OPERATIONS);
        ops.addAll(Ec2ImageOperations.OPERATIONS);
        ops.addAll(Ec2LaunchTemplateOperations.OPERATIONS);
        return Set.copyOf(ops);
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        AccountResources account = org.resources(request.accountId())
                .orElseThrow(() -> new AwsError(403, "AuthFailure", "account " + request.accountId() + " is not active"));
        RegionResources r = account.region(request.region());
        String acct = account.accountId();
        String region = request.region();
        Map<String, String> form = request.form();
        return switch (operation) {
            case "DescribeRegions" -> regions(request);
            case "GetEbsEncryptionByDefault" -> protocol.respond(operation, request.requestId(),
                    x -> x.leaf("ebsEncryptionByDefault", r.ebsEncryptionByDefault()).leaf("sseType", "sse-ebs"));
            case "DescribeVpcs" -> paged(request, operation, "vpcSet",
                    new Ec2Filters(form, "VpcId", "vpc-id").apply(r.vpcs(), v -> Map.of("vpc-id", v.id(),
                            "is-default", String.valueOf(v.isDefault()))),
                    (w, v) -> w.vpc(v));
            case "DescribeSubnets" -> paged(request, operation, "subnetSet",
                    new Ec2Filters(form, "SubnetId", "subnet-id").apply(r.subnets(), s -> Map.of("subnet-id", s.id(),
                            "vpc-id", s.vpcId())),
                    (w, s) -> w.subnet(s));
            case "DescribeSecurityGroups" -> paged(request, operation, "securityGroupInfo",
                    new Ec2Filters(form, "GroupId", "group-id").apply(r.securityGroups(), g -> Map.of("group-id", g.id(),
                            "vpc-id", g.vpcId(), "group-name", g.name())),
                    (w, g) -> w.securityGroup(g));
            case "DescribeFlowLogs" -> paged(request, operation, "flowLogSet",
                    new Ec2Filters(form, "FlowLogId", "flow-log-id").apply(r.flowLogs(), f -> Map.of("flow-log-id",
                            f.id(), "resource-id", f.resourceId())),
                    (w, f) -> w.flowLog(f, org.generatedAt().minusSeconds(86_400L * 200)));
            case "DescribeInstances" -> paged(request, operation, "reservationSet",
                    new Ec2Filters(form, "InstanceId", "instance-id").apply(r.instances(), i -> Map.of("instance-id",
                            i.id(), "vpc-id", i.vpcId(), "subnet-id", i.subnetId(), "instance-state-name",
                            i.stoppedAt() == null ? "running" : "stopped")),
                    (w, i) -> w.reservation(i));
            case "DescribeVolumes" -> paged(request, operation, "volumeSet",
                    new Ec2Filters(form, "VolumeId", "volume-id").apply(r.volumes(), v -> Map.of("volume-id", v.id(),
                            "encrypted", String.valueOf(v.encrypted()))),
                    (w, v) -> w.volume(v));
            case "DescribeNetworkAcls" -> network.handle(request, operation, r);
            case "DescribeRouteTables" -> network.handle(request, operation, r);
            case "DescribeVpcPeeringConnections" -> network.handle(request, operation, r);
            case "DescribeImages", "DescribeSnapshots", "DescribeSnapshotAttribute" -> images.handle(request, operation, r);
            case "DescribeLaunchTemplates", "DescribeLaunchTemplateVersions" -> launchTemplates.handle(request, operation, r);
            default -> throw new AwsError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.");
        };
    }

    private <T> AwsResponse paged(AwsRequest request, String operation, String listName, List<T> items,
            BiConsumer<Ec2Writer, T> item) {
        Page<T> page = Page.of(items, request.form().get("NextToken"), Page.intParam(request.form().get("MaxResults")),
                options.maxPageSize(), "InvalidNextToken");
        return protocol.respond(operation, request.requestId(), x -> {
            Ec2Writer w = new Ec2Writer(x, request.accountId(), request.region());
            x.start(listName);
            page.items().forEach(i -> item.accept(w, i));
            x.end().leaf("nextToken", page.next());
        });
    }

    private AwsResponse regions(AwsRequest request) {
        // The contract asks for not-opted-in regions in every answer (real EC2 lists them only with AllRegions=true):
        // a collector must filter on OptInStatus either way.
        List<String[]> regions = new ArrayList<>();
        for (String region : org.regions()) {
            regions.add(new String[] {region, OPT_IN_REGIONS.contains(region) ? "opted-in" : "opt-in-not-required"});
        }
        NOT_OPTED_IN.stream().filter(r -> !org.regions().contains(r))
                .forEach(r -> regions.add(new String[] {r, "not-opted-in"}));
        Set<String> names = new java.util.HashSet<>();
        request.form().forEach((k, v) -> {
            if (k.startsWith("RegionName.")) {
                names.add(v);
            }
        });
        return protocol.respond("DescribeRegions", request.requestId(), x -> {
            x.start("regionInfo");
            for (String[] r : regions) {
                if (names.isEmpty() || names.contains(r[0])) {
                    x.start("item").leaf("regionName", r[0]).leaf("regionEndpoint", "ec2." + r[0] + ".amazonaws.com")
                            .leaf("optInStatus", r[1]).end();
                }
            }
            x.end();
        });
    }
}
