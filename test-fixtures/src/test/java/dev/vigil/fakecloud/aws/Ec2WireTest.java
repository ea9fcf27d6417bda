package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.FaultRule;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.RegionResources;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Volume;

class Ec2WireTest extends WireTestBase {

    private Ec2Client ec2(String accountId, String region) {
        return clients.build(Ec2Client.builder(), assume(accountId), region);
    }

    @Test
    void regions() {
        Ec2Client ec2 = ec2(org.managementAccountId(), "us-east-1");
        List<Region> regions = ec2.describeRegions().regions();
        assertThat(regions).filteredOn(r -> !r.optInStatus().equals("not-opted-in")).extracting(Region::regionName)
                .containsExactlyElementsOf(org.regions());
        assertThat(regions).anySatisfy(r -> assertThat(r.optInStatus()).isEqualTo("not-opted-in"));
        assertThat(ec2.describeRegions(b -> b.allRegions(true)).regions()).hasSameSizeAs(regions);
        assertThat(ec2.getEbsEncryptionByDefault(b -> { }).ebsEncryptionByDefault()).isTrue();
    }

    @Test
    void securityGroupsPageAndParse() {
        AccountResources r = plantedWith(Plant.SG_RDP_OPEN);
        String region = org.regions().get(0);
        RegionResources rr = r.region(region);
        List<SecurityGroup> groups = ec2(r.accountId(), region).describeSecurityGroupsPaginator(b -> b.maxResults(5))
                .securityGroups().stream().toList();
        assertThat(groups).hasSize(rr.securityGroups().size()).hasSizeGreaterThan(PAGE);
        SecurityGroup rdp = groups.stream().filter(g -> g.groupName().equals("rdp-jump")).findFirst().orElseThrow();
        IpPermission p = rdp.ipPermissions().get(0);
        assertThat(p.ipProtocol()).isEqualTo("tcp");
        assertThat(p.fromPort()).isEqualTo(3389);
        assertThat(p.ipv6Ranges().get(0).cidrIpv6()).isEqualTo("::/0");
        assertThat(rdp.ipPermissionsEgress().get(0).ipProtocol()).isEqualTo("-1");
        assertThat(rdp.ipPermissionsEgress().get(0).fromPort()).isNull();
        SecurityGroup db = groups.stream().filter(g -> g.groupName().equals("db")).findFirst().orElseThrow();
        assertThat(db.ipPermissions().get(0).userIdGroupPairs().get(0).groupId()).startsWith("sg-");
        assertThat(groups).filteredOn(g -> g.groupName().equals("default"))
                .allSatisfy(g -> assertThat(g.ipPermissions()).isEmpty());
    }

    @Test
    void vpcsSubnetsFlowLogs() {
        AccountResources r = plantedWith(Plant.VPC_NO_FLOW_LOGS);
        String region = org.regions().get(0);
        Ec2Client ec2 = ec2(r.accountId(), region);
        var vpcs = ec2.describeVpcsPaginator().vpcs().stream().toList();
        assertThat(vpcs).hasSize(3);
        assertThat(vpcs.get(0).tags()).isNotEmpty();
        assertThat(vpcs.get(0).isDefault()).isFalse();
        assertThat(vpcs.get(2).isDefault()).as("the home region's default VPC").isTrue();
        var flows = ec2.describeFlowLogsPaginator().flowLogs().stream().toList();
        assertThat(flows).hasSize(2);
        assertThat(flows.get(0).resourceId()).isEqualTo(vpcs.get(0).vpcId());
        assertThat(flows.get(0).flowLogStatus()).isEqualTo("ACTIVE");
        var filtered = ec2.describeFlowLogs(b -> b.filter(Filter.builder().name("resource-id")
                .values(vpcs.get(1).vpcId()).build())).flowLogs();
        assertThat(filtered).isEmpty();
        var subnets = ec2.describeSubnetsPaginator(b -> b.filters(Filter.builder().name("vpc-id")
                .values(vpcs.get(0).vpcId()).build())).subnets().stream().toList();
        assertThat(subnets).hasSize(2).allSatisfy(s -> assertThat(s.subnetArn()).contains(":subnet/subnet-"));
    }

    @Test
    void instancesAndVolumes() {
        AccountResources r = plantedWith(Plant.INSTANCE_PUBLIC_IP);
        String region = org.regions().get(0);
        Ec2Client ec2 = ec2(r.accountId(), region);
        List<Instance> instances = ec2.describeInstancesPaginator(b -> b.maxResults(5)).reservations().stream()
                .flatMap(res -> res.instances().stream()).toList();
        assertThat(instances).hasSize(r.region(region).instances().size());
        Instance pub = instances.stream().filter(i -> i.publicIpAddress() != null).findFirst().orElseThrow();
        assertThat(pub.metadataOptions().httpTokensAsString()).isEqualTo("required");
        assertThat(pub.metadataOptions().httpEndpointAsString()).isEqualTo("enabled");
        assertThat(pub.state().nameAsString()).isEqualTo("running");
        assertThat(pub.iamInstanceProfile().arn()).contains(":instance-profile/");
        assertThat(pub.securityGroups()).hasSize(1);
        assertThat(pub.launchTime()).isNotNull();
        List<Volume> volumes = ec2.describeVolumesPaginator(b -> b.maxResults(5)).volumes().stream().toList();
        assertThat(volumes).hasSize(r.region(region).volumes().size());
        assertThat(volumes.get(0).encrypted()).isTrue();
        assertThat(volumes.get(0).kmsKeyId()).startsWith("arn:aws:kms:");
        assertThat(volumes.get(0).attachments().get(0).instanceId()).startsWith("i-");
        assertThat(volumes.get(0).stateAsString()).isEqualTo("in-use");
    }

    @Test
    void errorsAndFaults() {
        String acct = org.accounts().get(4).id();
        Ec2Client ec2 = clients.noRetry(Ec2Client.builder(), assume(acct), "us-east-1");
        assertThatThrownBy(() -> ec2.authorizeSecurityGroupIngress(b -> b.groupId("sg-1").cidrIp("0.0.0.0/0")
                .ipProtocol("-1"))).isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnauthorizedOperation");
                    assertThat(e.statusCode()).isEqualTo(403);
                });
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("ec2:AuthorizeSecurityGroupIngress"));
        cloud.faults().add(new FaultRule(acct, "us-east-1", "ec2", "DescribeVpcs", FaultKind.THROTTLE, 1));
        assertThatThrownBy(ec2::describeVpcs).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(e.isThrottlingException()).isTrue());
        cloud.faults().add(new FaultRule(acct, "us-east-1", "ec2", "DescribeVpcs", FaultKind.ACCESS_DENIED, 1));
        assertThatThrownBy(ec2::describeVpcs).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnauthorizedOperation"));
        cloud.faults().add(new FaultRule(acct, "us-east-1", "ec2", "DescribeVpcs", FaultKind.TRUNCATED_BODY, 1));
        assertThatThrownBy(ec2::describeVpcs).isInstanceOf(SdkClientException.class);
        cloud.faults().add(new FaultRule(acct, "us-east-1", "ec2", "DescribeVpcs", FaultKind.SERVER_ERROR, 1));
        assertThatThrownBy(ec2::describeVpcs).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(ec2.describeVpcs().vpcs()).isNotEmpty();
        Ec2Client disabled = clients.noRetry(Ec2Client.builder(), assume(acct), "af-south-1");
        assertThatThrownBy(disabled::describeVpcs).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AuthFailure"));
    }
}
