package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.FlowLog;
import dev.vigil.fakecloud.org.Instance;
import dev.vigil.fakecloud.org.IpPermission;
import dev.vigil.fakecloud.org.SecurityGroup;
import dev.vigil.fakecloud.org.Subnet;
import dev.vigil.fakecloud.org.Volume;
import dev.vigil.fakecloud.org.Vpc;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes EC2 items in EC2's XML shape: lowerCamel names, {@code <item>} lists. */
final class Ec2Writer {
    private static final java.time.format.DateTimeFormatter STOP_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    private final XmlWriter x;
    private final String account;
    private final String region;

    Ec2Writer(XmlWriter x, String account, String region) {
        this.x = x;
        this.account = account;
        this.region = region;
    }

    void vpc(Vpc v) {
        x.start("item").leaf("vpcId", v.id()).leaf("ownerId", account).leaf("state", "available")
                .leaf("cidrBlock", v.cidr()).leaf("dhcpOptionsId", "dopt-0" + v.id().substring(5))
                .leaf("instanceTenancy", "default").leaf("isDefault", v.isDefault());
        x.start("cidrBlockAssociationSet").start("item").leaf("cidrBlock", v.cidr())
                .leaf("associationId", "vpc-cidr-assoc-" + v.id().substring(4)).start("cidrBlockState")
                .leaf("state", "associated").end().end().end();
        tags(v.tags());
        x.end();
    }

    void subnet(Subnet s) {
        x.start("item").leaf("subnetId", s.id()).leaf("subnetArn", "arn:aws:ec2:" + region + ":" + account + ":subnet/"
                + s.id()).leaf("state", "available").leaf("vpcId", s.vpcId()).leaf("ownerId", account)
                .leaf("cidrBlock", s.cidr()).leaf("availableIpAddressCount", 251)
                .leaf("availabilityZone", s.availabilityZone()).leaf("defaultForAz", false)
                .leaf("mapPublicIpOnLaunch", s.mapPublicIpOnLaunch()).end();
    }

    void securityGroup(SecurityGroup g) {
        x.start("item").leaf("ownerId", account).leaf("groupId", g.id()).leaf("groupName", g.name())
                .leaf("groupDescription", g.description()).leaf("vpcId", g.vpcId());
        permissions("ipPermissions", g.ingress());
        permissions("ipPermissionsEgress", g.egress());
        x.leaf("securityGroupArn", "arn:aws:ec2:" + region + ":" + account + ":security-group/" + g.id());
        x.end();
    }

    void flowLog(FlowLog f, Instant created) {
        x.start("item").leaf("creationTime", created).leaf("deliverLogsStatus", "SUCCESS").leaf("flowLogId", f.id())
                .leaf("flowLogStatus", "ACTIVE").leaf("logGroupName", f.logGroupName()).leaf("resourceId", f.resourceId())
                .leaf("trafficType", "ALL").leaf("logDestinationType", "cloud-watch-logs")
                .leaf("logDestination", "arn:aws:logs:" + region + ":" + account + ":log-group:" + f.logGroupName())
                .leaf("maxAggregationInterval", 600).end();
    }

    void reservation(Instance i) {
        x.start("item").leaf("reservationId", "r-0" + i.id().substring(3)).leaf("ownerId", account).empty("groupSet")
                .start("instancesSet").start("item").leaf("instanceId", i.id()).leaf("imageId", "ami-0abcdef1234567890")
                .start("instanceState").leaf("code", i.stoppedAt() == null ? 16 : 80)
                .leaf("name", i.stoppedAt() == null ? "running" : "stopped").end()
                .leaf("privateDnsName", "ip-" + i.privateIp().replace('.', '-') + ".ec2.internal")
                .leaf("dnsName", "").leaf("amiLaunchIndex", 0).leaf("instanceType", i.type())
                .leaf("launchTime", i.launched()).start("placement").leaf("availabilityZone", i.availabilityZone())
                .leaf("tenancy", "default").end().start("monitoring").leaf("state", "disabled").end()
                .leaf("subnetId", i.subnetId()).leaf("vpcId", i.vpcId()).leaf("privateIpAddress", i.privateIp())
                .leaf("ipAddress", i.publicIp()).leaf("architecture", "x86_64").leaf("rootDeviceType", "ebs")
                .leaf("rootDeviceName", "/dev/xvda");
        if (i.stoppedAt() != null) {
            // As EC2 writes it: the stop time is only in this free text, in UTC ("GMT")
            x.leaf("reason", "User initiated (" + STOP_TIME.format(i.stoppedAt()) + " GMT)").start("stateReason")
                    .leaf("code", "Client.UserInitiatedShutdown")
                    .leaf("message", "Client.UserInitiatedShutdown: User initiated shutdown").end();
        }
        x.start("groupSet");
        i.securityGroupIds().forEach(id -> x.start("item").leaf("groupId", id).leaf("groupName", "app").end());
        x.end();
        if (i.instanceProfileArn() != null) {
            x.start("iamInstanceProfile").leaf("arn", i.instanceProfileArn()).leaf("id", "AIPA" + i.id().substring(2, 19)
                    .toUpperCase(java.util.Locale.ROOT)).end();
        }
        x.start("metadataOptions").leaf("state", "applied").leaf("httpTokens", i.httpTokens())
                .leaf("httpPutResponseHopLimit", 2).leaf("httpEndpoint", "enabled").leaf("httpProtocolIpv6", "disabled")
                .leaf("instanceMetadataTags", "disabled").end();
        tags(i.tags());
        x.end().end().end();
    }

    void volume(Volume v) {
        x.start("item").leaf("volumeId", v.id()).leaf("size", v.sizeGiB()).leaf("snapshotId", "")
                .leaf("availabilityZone", v.availabilityZone()).leaf("status", v.instanceId() == null ? "available" : "in-use")
                .leaf("createTime", v.created());
        x.start("attachmentSet");
        if (v.instanceId() != null) {
            x.start("item").leaf("volumeId", v.id()).leaf("instanceId", v.instanceId()).leaf("device", "/dev/xvda")
                    .leaf("status", "attached").leaf("attachTime", v.created()).leaf("deleteOnTermination", true).end();
        }
        x.end();
        x.leaf("volumeType", "gp3").leaf("iops", 3000).leaf("throughput", 125).leaf("encrypted", v.encrypted())
                .leaf("kmsKeyId", v.kmsKeyArn()).leaf("multiAttachEnabled", false);
        tags(v.tags());
        x.end();
    }

    private void permissions(String name, List<IpPermission> permissions) {
        x.start(name);
        for (IpPermission p : permissions) {
            x.start("item").leaf("ipProtocol", p.protocol()).leaf("fromPort", p.fromPort()).leaf("toPort", p.toPort());
            x.start("groups");
            p.groupIds().forEach(g -> x.start("item").leaf("userId", account).leaf("groupId", g).end());
            x.end().start("ipRanges");
            p.ipv4Ranges().forEach(c -> x.start("item").leaf("cidrIp", c).end());
            x.end().start("ipv6Ranges");
            p.ipv6Ranges().forEach(c -> x.start("item").leaf("cidrIpv6", c).end());
            x.end().empty("prefixListIds").end();
        }
        x.end();
    }

    private void tags(Map<String, String> tags) {
        x.start("tagSet");
        tags.forEach((k, v) -> x.start("item").leaf("key", k).leaf("value", v).end());
        x.end();
    }
}
