package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EC2;

import dev.vigil.collect.engine.Detail;
import dev.vigil.collect.engine.Extract;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;

/** VPC network ACLs, and VPC peering connections with the route tables of this account that route to them. */
public final class Ec2NetworkSpecs {
    private Ec2NetworkSpecs() {}

    public static final ResourceSpec<Ec2Client> NETWORK_ACL = ResourceSpec.builder("aws.ec2.network_acl", EC2)
            .list(Operation.of("ec2", "DescribeNetworkAcls"),
                    c -> c.describeNetworkAclsPaginator(r -> r.maxResults(100)).networkAcls().stream())
            .id("NetworkAclId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:network-acl/{id}"))
            .build();

    /** RouteTables: every route table of the account (all pages) with a route whose target is this connection. */
    public static final ResourceSpec<Ec2Client> VPC_PEERING = ResourceSpec.builder("aws.ec2.vpc_peering_connection", EC2)
            .list(Operation.of("ec2", "DescribeVpcPeeringConnections"),
                    c -> c.describeVpcPeeringConnectionsPaginator(r -> r.maxResults(100)).vpcPeeringConnections().stream())
            .detail(Detail.of("RouteTables", Operation.of("ec2", "DescribeRouteTables"),
                    (c, item) -> DescribeRouteTablesResponse.builder().routeTables(c.describeRouteTablesPaginator(r -> r
                            .filters(Filter.builder().name("route.vpc-peering-connection-id")
                                    .values(Extract.text(item, "VpcPeeringConnectionId")).build())
                            .maxResults(100)).routeTables().stream().toList()).build(),
                    Extract.member("RouteTables")))
            .id("VpcPeeringConnectionId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:vpc-peering-connection/{id}"))
            .build();
}
