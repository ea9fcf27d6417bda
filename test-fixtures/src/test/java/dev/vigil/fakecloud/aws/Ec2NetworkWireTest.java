package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RuleAction;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/** Network ACLs, route tables and VPC peering connections through the SDK's EC2 client. */
class Ec2NetworkWireTest extends WireTestBase {

    private Ec2Client ec2(String accountId) {
        return clients.build(Ec2Client.builder(), assume(accountId), org.regions().get(0));
    }

    @Test
    void networkAclsParseWithEntriesPortsAndAssociations() {
        AccountResources r = plantedWith(Plant.NACL_ADMIN_PORTS_OPEN);
        List<NetworkAcl> acls = ec2(r.accountId()).describeNetworkAclsPaginator(b -> b.maxResults(5)).networkAcls()
                .stream().toList();
        assertThat(acls).hasSize(r.region(org.regions().get(0)).network().acls().size());
        NetworkAcl dflt = acls.stream().filter(NetworkAcl::isDefault).findFirst().orElseThrow();
        assertThat(dflt.associations()).isNotEmpty().allSatisfy(a -> assertThat(a.subnetId()).startsWith("subnet-"));
        NetworkAclEntry ssh = dflt.entries().stream().filter(e -> e.ruleNumber() == 50).findFirst().orElseThrow();
        assertThat(ssh.protocol()).isEqualTo("6");
        assertThat(ssh.ruleAction()).isEqualTo(RuleAction.DENY);
        assertThat(ssh.egress()).isFalse();
        assertThat(ssh.cidrBlock()).isEqualTo("0.0.0.0/0");
        assertThat(ssh.portRange().from()).isEqualTo(22);
        assertThat(dflt.entries()).anySatisfy(e -> assertThat(e.ipv6CidrBlock()).isEqualTo("::/0"));
        assertThat(dflt.entries()).filteredOn(e -> e.protocol().equals("-1")).allSatisfy(e -> assertThat(e.portRange())
                .isNull());
        assertThat(acls).filteredOn(a -> !a.isDefault()).hasSize(1);
        var byVpc = ec2(r.accountId()).describeNetworkAcls(b -> b.filters(Filter.builder().name("default")
                .values("false").build())).networkAcls();
        assertThat(byVpc).hasSize(1);
    }

    @Test
    void peeringConnectionsAndTheRouteTablesThatUseThem() {
        AccountResources r = plantedWith(Plant.PEERING_ROUTE_BROAD);
        Ec2Client ec2 = ec2(r.accountId());
        List<VpcPeeringConnection> peerings = ec2.describeVpcPeeringConnectionsPaginator().vpcPeeringConnections()
                .stream().toList();
        assertThat(peerings).hasSize(2);
        VpcPeeringConnection p = peerings.get(1);
        assertThat(p.status().codeAsString()).isEqualTo("active");
        assertThat(p.accepterVpcInfo().ownerId()).isNotEqualTo(r.accountId());
        assertThat(p.accepterVpcInfo().cidrBlockSet()).extracting(c -> c.cidrBlock()).containsExactly("10.201.0.0/16");
        assertThat(p.requesterVpcInfo().cidrBlock()).endsWith("/16");
        List<RouteTable> routed = ec2.describeRouteTablesPaginator(b -> b.filters(Filter.builder()
                .name("route.vpc-peering-connection-id").values(p.vpcPeeringConnectionId()).build())).routeTables()
                .stream().toList();
        assertThat(routed).hasSize(1);
        assertThat(routed.get(0).routes()).anySatisfy(route -> {
            assertThat(route.vpcPeeringConnectionId()).isEqualTo(p.vpcPeeringConnectionId());
            assertThat(route.destinationCidrBlock()).isIn("0.0.0.0/0", "10.0.0.0/8");
        });
        assertThat(routed.get(0).associations()).isEmpty();
        RouteTable main = ec2.describeRouteTables(b -> b.filters(Filter.builder().name("route.vpc-peering-connection-id")
                .values(peerings.get(0).vpcPeeringConnectionId()).build())).routeTables().get(0);
        assertThat(main.associations()).anySatisfy(a -> assertThat(a.main()).isTrue());
        assertThatThrownBy(() -> ec2.describeRouteTables(b -> b.filters(Filter.builder().name("nope").values("x")
                .build()))).isInstanceOf(Ec2Exception.class);
    }
}
