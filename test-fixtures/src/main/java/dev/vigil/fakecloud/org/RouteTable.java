package dev.vigil.fakecloud.org;

import java.util.List;

/** A VPC route table; the main one of its VPC when {@code main}. */
public record RouteTable(String id, String vpcId, boolean main, List<Route> routes) {

    /** One route: a destination CIDR and exactly one target (gateway, or peering connection). */
    public record Route(String destination, String gatewayId, String peeringConnectionId) {
    }
}
