package dev.vigil.fakecloud.org;

import java.util.List;

/** Everything an account holds in one region. */
public record RegionResources(String region, boolean ebsEncryptionByDefault, List<Vpc> vpcs, List<Subnet> subnets,
        List<SecurityGroup> securityGroups, List<FlowLog> flowLogs, List<Instance> instances, List<Volume> volumes,
        List<KmsKey> keys, RdsResources rds,
        SecurityBaseline baseline, DataStores dataStores, ComputeResources compute, NetworkResources network,
        ElbResources elb, EdgeResources edge, ApiGatewayResources apiGateway,
        EdgeSecurity edgeSecurity, MessagingResources messaging, ImageResources images, FleetResources fleet) {
}
