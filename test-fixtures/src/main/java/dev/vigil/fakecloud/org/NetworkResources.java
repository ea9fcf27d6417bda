package dev.vigil.fakecloud.org;

import java.util.List;

/** The network ACLs, route tables and VPC peering connections of one region. */
public record NetworkResources(List<NetworkAcl> acls, List<RouteTable> routeTables,
        List<PeeringConnection> peerings) {
    public static final NetworkResources NONE = new NetworkResources(List.of(), List.of(), List.of());
}
