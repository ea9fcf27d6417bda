package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.EC2;

import dev.vigil.collect.engine.Join;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.ResourceSpec;
import dev.vigil.collect.engine.ResourceSpec.Uid;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** EC2 network and compute resources, per region. */
public final class Ec2Specs {
    private Ec2Specs() {}

    public static final ResourceSpec<Ec2Client> FLOW_LOG = ResourceSpec.builder("aws.ec2.flow_log", EC2)
            .list(Operation.of("ec2", "DescribeFlowLogs"),
                    c -> c.describeFlowLogsPaginator(r -> r.maxResults(1000)).flowLogs().stream())
            .id("FlowLogId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:vpc-flow-log/{id}"))
            .build();

    public static final ResourceSpec<Ec2Client> VPC = ResourceSpec.builder("aws.ec2.vpc", EC2)
            .list(Operation.of("ec2", "DescribeVpcs"),
                    c -> c.describeVpcsPaginator(r -> r.maxResults(1000)).vpcs().stream())
            .id("VpcId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:vpc/{id}"))
            .join(new Join("FlowLogs", "aws.ec2.flow_log", "ResourceId", "VpcId"))
            .build();

    public static final ResourceSpec<Ec2Client> SUBNET = ResourceSpec.builder("aws.ec2.subnet", EC2)
            .list(Operation.of("ec2", "DescribeSubnets"),
                    c -> c.describeSubnetsPaginator(r -> r.maxResults(1000)).subnets().stream())
            .id("SubnetId").nameFromTag().tags("Tags")
            .uid((account, region, id, item) -> item.hasNonNull("SubnetArn") ? item.get("SubnetArn").asText()
                    : "arn:aws:ec2:" + region + ":" + account + ":subnet/" + id)
            .build();

    public static final ResourceSpec<Ec2Client> SECURITY_GROUP = ResourceSpec.builder("aws.ec2.security_group", EC2)
            .list(Operation.of("ec2", "DescribeSecurityGroups"),
                    c -> c.describeSecurityGroupsPaginator(r -> r.maxResults(1000)).securityGroups().stream())
            .id("GroupId").name("GroupName").tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:security-group/{id}"))
            .build();

    public static final ResourceSpec<Ec2Client> INSTANCE = ResourceSpec.builder("aws.ec2.instance", EC2)
            .list(Operation.of("ec2", "DescribeInstances"),
                    c -> c.describeInstancesPaginator(r -> r.maxResults(1000)).reservations().stream()
                            .flatMap(reservation -> reservation.instances().stream()))
            .id("InstanceId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:instance/{id}"))
            .build();

    public static final ResourceSpec<Ec2Client> VOLUME = ResourceSpec.builder("aws.ec2.volume", EC2)
            .list(Operation.of("ec2", "DescribeVolumes"),
                    c -> c.describeVolumesPaginator(r -> r.maxResults(500)).volumes().stream())
            .id("VolumeId").nameFromTag().tags("Tags")
            .uid(Uid.template("arn:aws:ec2:{region}:{account}:volume/{id}"))
            .build();

    public static final List<ResourceSpec<Ec2Client>> ALL = List.of(FLOW_LOG, VPC, SUBNET, SECURITY_GROUP, INSTANCE,
            VOLUME);
}
