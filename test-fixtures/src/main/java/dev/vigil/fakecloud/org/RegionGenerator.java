package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Generates one region of an account: network, instances, volumes and KMS keys. */
final class RegionGenerator {
    private static final String WORLD = "0.0.0.0/0";

    private final AccountContext ctx;
    private final String region;
    private final boolean home;
    private final List<Vpc> vpcs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<SecurityGroup> groups = new ArrayList<>();
    private final List<FlowLog> flowLogs = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<KmsKey> keys = new ArrayList<>();

    RegionGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
        this.home = region.equals(ctx.homeRegion());
    }

    RegionResources generate() {
        KmsKey key = key("app-" + region, true, PolicyDocuments.kmsRootOnly(ctx.accountId()), ctx.requiredTags("crypto"));
        awsManagedKey();
        Vpc vpc = vpc("main", 0, ctx.requiredTags("network"), true);
        Subnet subnetA = subnet(vpc, 0, "a");
        subnet(vpc, 1, "b");
        boolean defaultRules = home && ctx.has(Plant.DEFAULT_SG_RULES);
        SecurityGroup defaultGroup = defaultGroup(vpc, defaultRules);
        if (defaultRules) {
            ctx.found(Plant.DEFAULT_SG_RULES, sgArn(defaultGroup.id()));
        }
        SecurityGroup app = group(vpc, "app", List.of(IpPermission.tcp(443, 443, "10.0.0.0/8")));
        group(vpc, "db", List.of(new IpPermission("tcp", 5432, 5432, List.of(), List.of(), List.of(app.id()))));
        for (int i = 0; i < ctx.resourcesPerRegion(); i++) {
            Instance instance = instance("app-" + i, subnetA, app, "required", null, ctx.requiredTags("app"));
            volume(instance.id(), true, key.arn(), ctx.requiredTags("app"));
        }
        boolean ebsDefault = true;
        RdsResources rds = RdsResources.NONE;
        DataStores dataStores = DataStores.NONE;
        ComputeResources compute = ComputeResources.NONE;
        ElbResources elb = ElbResources.NONE;
        EdgeResources edge = EdgeResources.NONE;
        ApiGatewayResources apiGateway = ApiGatewayResources.NONE;
        EdgeSecurity edgeSecurity = EdgeSecurity.NONE;
        MessagingResources messaging = MessagingResources.NONE;
        ImageResources images = ImageResources.NONE;
        FleetResources fleet = FleetResources.NONE;
        if (home) {
            edgeSecurity = new EdgeSecurity(new WafGenerator(ctx, region).generate(), new DnsGenerator(ctx).generate(),
                    new DomainGenerator(ctx).generate(), new AcmGenerator(ctx, region).generate());
            fleet = new FleetGenerator(ctx, region, List.of(subnetA.id(), subnets.get(1).id()), app.id()).generate();
            images = new ImageGenerator(ctx, region, key.arn()).generate();
            idleCompute(subnetA, app, key);
            apiGateway = new ApiGatewayGenerator(ctx, region).generate();
            edge = new EdgeGenerator(ctx).generate();
            elb = new ElbGenerator(ctx, region, vpc.id()).generate();
            rds = new RdsGenerator(ctx, region, key.arn()).generate();
            dataStores = new DataStoreGenerator(ctx, region, key.arn()).generate();
            ebsDefault = !ctx.has(Plant.EBS_DEFAULT_OFF);
            if (!ebsDefault) {
                ctx.found(Plant.EBS_DEFAULT_OFF, ctx.arn("ec2", region, "region"));
            }
            plant(vpc, subnetA, app, key);
            EcrGenerator ecr = new EcrGenerator(ctx, region);
            compute = new ComputeResources(new LambdaGenerator(ctx, region, vpc.id(),
                    List.of(subnetA.id(), subnets.get(1).id()), List.of(app.id())).generate(), ecr.generate(),
                    ecr.registry(), new EksGenerator(ctx, region, key.arn(), vpc.id(),
                            List.of(subnetA.id(), subnets.get(1).id())).generate(),
                    new EcsGenerator(ctx, region).generate());
            defaultVpc();
            ManagementGenerator management = new ManagementGenerator(ctx, region);
            messaging = new MessagingResources(new SecretsGenerator(ctx, region, key.arn()).generate(),
                    new QueueGenerator(ctx, region, key.arn()).generate(), management.documents(),
                    management.publicSharing(), management.buses());
        }
        NetworkResources network = new NetworkGenerator(ctx, region).generate(vpcs, subnets, home);
        return new RegionResources(region, ebsDefault, vpcs, subnets, groups, flowLogs, instances, volumes, keys, rds,
                baseline(), dataStores, compute, network, elb, edge, apiGateway, edgeSecurity, messaging, images,
                fleet);
    }

    /**
     * Clean everywhere (detector enabled, Security Hub on, Config recording all types with a delivery channel, an
     * active account analyzer) except for the planted gaps: GuardDuty suspended in the account's last region, Security
     * Hub off, Config stopped and no analyzer in its home region; the other regions of the same account are the
     * clean twins.
     */
    private SecurityBaseline baseline() {
        String uid = SecurityBaseline.uid(ctx.accountId(), region);
        boolean gdOff = ctx.has(Plant.GUARDDUTY_DISABLED) && region.equals(ctx.otherRegion());
        boolean hubOff = home && ctx.has(Plant.SECURITYHUB_DISABLED);
        boolean configStopped = home && ctx.has(Plant.CONFIG_NOT_RECORDING);
        boolean noAnalyzer = home && ctx.has(Plant.ACCESS_ANALYZER_MISSING);
        if (gdOff) {
            ctx.found(Plant.GUARDDUTY_DISABLED, uid);
        }
        if (hubOff) {
            ctx.found(Plant.SECURITYHUB_DISABLED, uid);
        }
        if (configStopped) {
            ctx.found(Plant.CONFIG_NOT_RECORDING, uid);
        }
        if (noAnalyzer) {
            ctx.found(Plant.ACCESS_ANALYZER_MISSING, uid);
        }
        // Macie paused (even index) or never enabled (odd) and Inspector without ECR scans, in the home region
        boolean macieOff = home && ctx.has(Plant.MACIE_DISABLED);
        boolean inspectorPartial = home && ctx.has(Plant.INSPECTOR_PARTIAL);
        if (macieOff) {
            ctx.found(Plant.MACIE_DISABLED, uid);
        }
        if (inspectorPartial) {
            ctx.found(Plant.INSPECTOR_PARTIAL, uid);
        }
        String macie = !macieOff ? "ENABLED" : ctx.index() % 2 == 0 ? "PAUSED" : null;
        java.util.Set<String> scans = inspectorPartial ? java.util.Set.of("EC2", "LAMBDA")
                : java.util.Set.of("EC2", "ECR", "LAMBDA");
        return new SecurityBaseline(gdOff ? "DISABLED" : "ENABLED", !hubOff, true, !configStopped, home, true,
                noAnalyzer ? null : "ACTIVE", macie, scans);
    }

    String customerKeyArn() {
        return keys.get(0).arn();
    }

    private void plant(Vpc vpc, Subnet subnet, SecurityGroup app, KmsKey key) {
        plantGroup(vpc, Plant.SG_SSH_OPEN, "ssh-bastion", IpPermission.tcp(22, 22, WORLD));
        plantGroup(vpc, Plant.SG_RDP_OPEN, "rdp-jump", IpPermission.tcp(3389, 3389, "::/0"));
        plantGroup(vpc, Plant.SG_ALL_PORTS_OPEN, "udp-any", IpPermission.of("udp", 0, 65535, WORLD));
        plantGroup(vpc, Plant.SG_DB_OPEN, "postgres-public", IpPermission.tcp(5432, 5432, WORLD));
        group(vpc, "smb-internal", List.of(IpPermission.tcp(445, 445, "10.0.0.0/8")));
        plantGroup(vpc, Plant.SG_CIFS_OPEN, "smb-public", IpPermission.tcp(445, 445, WORLD));
        if (ctx.has(Plant.VPC_NO_FLOW_LOGS)) {
            Vpc legacy = vpc("legacy", 1, ctx.requiredTags("legacy"), false);
            defaultGroup(legacy, false);
            ctx.found(Plant.VPC_NO_FLOW_LOGS, vpcArn(legacy.id()));
        }
        if (ctx.has(Plant.VOLUME_UNENCRYPTED)) {
            ctx.found(Plant.VOLUME_UNENCRYPTED, volumeArn(volume(instances.get(0).id(), false, null,
                    ctx.requiredTags("scratch")).id()));
        }
        if (ctx.has(Plant.INSTANCE_IMDSV1)) {
            Instance i = instance("legacy-imds", subnet, app, "optional", null, ctx.requiredTags("legacy"));
            ctx.found(Plant.INSTANCE_IMDSV1, instanceArn(i.id()));
        }
        if (ctx.has(Plant.INSTANCE_PUBLIC_IP)) {
            Instance i = instance("public-web", subnet, app, "required", "54.210." + (ctx.index() % 250) + ".17",
                    ctx.requiredTags("web"));
            ctx.found(Plant.INSTANCE_PUBLIC_IP, instanceArn(i.id()));
        }
        if (ctx.has(Plant.INSTANCE_NO_PROFILE)) {
            Instance i = instance("no-profile", subnet, app, "required", null, ctx.requiredTags("app"));
            instances.set(instances.indexOf(i), new Instance(i.id(), i.type(), i.subnetId(), i.vpcId(),
                    i.availabilityZone(), i.privateIp(), i.publicIp(), i.httpTokens(), null, i.securityGroupIds(),
                    i.launched(), i.tags(), null));
            ctx.found(Plant.INSTANCE_NO_PROFILE, instanceArn(i.id()));
        }
        if (ctx.has(Plant.KMS_NO_ROTATION)) {
            ctx.found(Plant.KMS_NO_ROTATION,
                    key("no-rotation", false, PolicyDocuments.kmsRootOnly(ctx.accountId()), ctx.requiredTags("crypto")).arn());
        }
        if (ctx.has(Plant.KMS_PUBLIC_POLICY)) {
            ctx.found(Plant.KMS_PUBLIC_POLICY,
                    key("shared-open", true, PolicyDocuments.kmsPublic(ctx.accountId()), ctx.requiredTags("crypto")).arn());
        }
        if (ctx.has(Plant.TAGS_MISSING)) {
            plantTags(subnet, app, key);
        }
    }

    /**
     * A batch instance stopped 5 days before the scan in every home region (the twin); plants: an instance stopped 45
     * days before the scan, an encrypted, tagged volume attached to nothing (every other volume is attached).
     */
    private void idleCompute(Subnet subnet, SecurityGroup app, KmsKey key) {
        Instance paused = instance("batch-paused", subnet, app, "required", null, ctx.requiredTags("batch"));
        instances.set(instances.indexOf(paused), paused.stopped(ctx.daysAgo(120), ctx.daysAgo(5)));
        if (ctx.has(Plant.INSTANCE_STOPPED_LONG)) {
            Instance old = instance("old-worker", subnet, app, "required", null, ctx.requiredTags("batch"));
            instances.set(instances.indexOf(old), old.stopped(ctx.daysAgo(200), ctx.daysAgo(45)));
            ctx.found(Plant.INSTANCE_STOPPED_LONG, instanceArn(old.id()));
        }
        if (ctx.has(Plant.VOLUME_UNATTACHED)) {
            ctx.found(Plant.VOLUME_UNATTACHED, volumeArn(volume(null, true, key.arn(), ctx.requiredTags("orphan")).id()));
        }
    }

    /**
     * The home region's default VPC (flow-logged, its default group closed), as AWS creates it; an instance runs in
     * it when {@link Plant#DEFAULT_VPC_IN_USE} is planted (AccountGenerator records the account's finding).
     */
    private void defaultVpc() {
        Vpc vpc = new Vpc(ctx.ids().ec2("vpc"), "172.31.0.0/16", true, withName(ctx.requiredTags("network"), "default"));
        vpcs.add(vpc);
        flowLogs.add(new FlowLog("fl-0" + ctx.ids().hex(16), vpc.id(), "/vpc/flow-logs/default"));
        Subnet subnet = new Subnet(ctx.ids().ec2("subnet"), vpc.id(), "172.31.0.0/20", region + "a", true);
        subnets.add(subnet);
        SecurityGroup group = defaultGroup(vpc, false);
        if (ctx.has(Plant.DEFAULT_VPC_IN_USE)) {
            instance("default-vpc-worker", subnet, group, "required", null, ctx.requiredTags("app"));
        }
    }

    private void plantTags(Subnet subnet, SecurityGroup app, KmsKey key) {
        switch (ctx.index() % 4) {
            case 1 -> ctx.found(Plant.TAGS_MISSING,
                    volumeArn(volume(instances.get(0).id(), true, key.arn(), ctx.incompleteTags("scratch")).id()));
            case 2 -> ctx.found(Plant.TAGS_MISSING, key("untagged", true, PolicyDocuments.kmsRootOnly(ctx.accountId()),
                    ctx.incompleteTags("crypto")).arn());
            case 3 -> ctx.found(Plant.TAGS_MISSING, instanceArn(
                    instance("untagged", subnet, app, "required", null, ctx.incompleteTags("app")).id()));
            default -> {
                // index % 4 == 0: S3Generator plants an untagged bucket instead
            }
        }
    }

    private void plantGroup(Vpc vpc, Plant plant, String name, IpPermission rule) {
        if (ctx.has(plant)) {
            ctx.found(plant, sgArn(group(vpc, name, List.of(rule)).id()));
        }
    }

    private Vpc vpc(String name, int n, Map<String, String> tags, boolean flowLog) {
        Vpc vpc = new Vpc(ctx.ids().ec2("vpc"), "10." + (n * 16 + 1) + ".0.0/16", false, withName(tags, name));
        vpcs.add(vpc);
        if (flowLog) {
            flowLogs.add(new FlowLog("fl-0" + ctx.ids().hex(16), vpc.id(), "/vpc/flow-logs/" + name));
        }
        return vpc;
    }

    private Subnet subnet(Vpc vpc, int n, String az) {
        String prefix = vpc.cidr().substring(0, vpc.cidr().indexOf(".0.0/16"));
        Subnet subnet = new Subnet(ctx.ids().ec2("subnet"), vpc.id(), prefix + "." + n + ".0/24", region + az, false);
        subnets.add(subnet);
        return subnet;
    }

    private SecurityGroup defaultGroup(Vpc vpc, boolean withRules) {
        String id = ctx.ids().ec2("sg");
        SecurityGroup sg = new SecurityGroup(id, "default", "default VPC security group", vpc.id(),
                withRules ? List.of(IpPermission.fromGroup(id)) : List.of(),
                withRules ? List.of(IpPermission.of("-1", null, null, WORLD)) : List.of());
        groups.add(sg);
        return sg;
    }

    private SecurityGroup group(Vpc vpc, String name, List<IpPermission> ingress) {
        SecurityGroup sg = new SecurityGroup(ctx.ids().ec2("sg"), name, name + " tier", vpc.id(), ingress,
                List.of(IpPermission.of("-1", null, null, WORLD)));
        groups.add(sg);
        return sg;
    }

    private Instance instance(String name, Subnet subnet, SecurityGroup sg, String httpTokens, String publicIp,
            Map<String, String> tags) {
        Instance instance = new Instance(ctx.ids().ec2("i"), "t3.micro", subnet.id(), subnet.vpcId(),
                subnet.availabilityZone(), "10.1.0." + (10 + instances.size()), publicIp, httpTokens,
                "arn:aws:iam::" + ctx.accountId() + ":instance-profile/app-ec2-role", List.of(sg.id()),
                ctx.daysAgo(30), withName(tags, name), null);
        instances.add(instance);
        return instance;
    }

    private Volume volume(String instanceId, boolean encrypted, String keyArn, Map<String, String> tags) {
        Volume volume = new Volume(ctx.ids().ec2("vol"), region + "a", 8 + volumes.size(), encrypted, keyArn,
                instanceId, ctx.daysAgo(30), tags);
        volumes.add(volume);
        return volume;
    }

    private KmsKey key(String alias, boolean rotation, String policy, Map<String, String> tags) {
        String id = ctx.ids().uuid();
        KmsKey key = new KmsKey(id, ctx.arn("kms", region, "key/" + id), true, "alias/" + alias, alias + " key",
                rotation, policy, ctx.daysAgo(200), tags);
        keys.add(key);
        return key;
    }

    private void awsManagedKey() {
        String id = ctx.ids().uuid();
        keys.add(new KmsKey(id, ctx.arn("kms", region, "key/" + id), false, "alias/aws/ebs",
                "Default key that protects my EBS volumes when no other key is defined", true,
                PolicyDocuments.awsManagedKey(ctx.accountId(), "ec2." + region + ".amazonaws.com"), ctx.daysAgo(600),
                Map.of()));
    }

    private static Map<String, String> withName(Map<String, String> tags, String name) {
        java.util.LinkedHashMap<String, String> copy = new java.util.LinkedHashMap<>(tags);
        copy.put("Name", name);
        return copy;
    }

    private String sgArn(String id) {
        return ctx.arn("ec2", region, "security-group/" + id);
    }

    private String vpcArn(String id) {
        return ctx.arn("ec2", region, "vpc/" + id);
    }

    private String volumeArn(String id) {
        return ctx.arn("ec2", region, "volume/" + id);
    }

    private String instanceArn(String id) {
        return ctx.arn("ec2", region, "instance/" + id);
    }
}
