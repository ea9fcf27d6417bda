package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.NetworkAcl;
import dev.vigil.fakecloud.org.NetworkResources;
import dev.vigil.fakecloud.org.PeeringConnection;
import dev.vigil.fakecloud.org.RegionResources;
import dev.vigil.fakecloud.org.RouteTable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** EC2's network ACL, route table and VPC peering operations, in EC2's Query dialect. */
final class Ec2NetworkOperations {
    static final Set<String> OPERATIONS = Set.of("DescribeNetworkAcls", "DescribeRouteTables",
            "DescribeVpcPeeringConnections");
    private static final String PEERING_FILTER = "route.vpc-peering-connection-id";

    private final Ec2Protocol protocol;
    private final FakeCloudOptions options;

    Ec2NetworkOperations(Ec2Protocol protocol, FakeCloudOptions options) {
        this.protocol = protocol;
        this.options = options;
    }

    AwsResponse handle(AwsRequest request, String operation, RegionResources region) {
        NetworkResources n = region == null || region.network() == null ? NetworkResources.NONE : region.network();
        Map<String, String> form = request.form();
        return switch (operation) {
            case "DescribeNetworkAcls" -> paged(request, operation, "networkAclSet",
                    new Ec2Filters(form, "NetworkAclId", "network-acl-id").apply(n.acls(), a -> Map.of(
                            "network-acl-id", a.id(), "vpc-id", a.vpcId(), "default", String.valueOf(a.isDefault()))),
                    this::acl);
            case "DescribeRouteTables" -> paged(request, operation, "routeTableSet", routeTables(form, n.routeTables()),
                    this::routeTable);
            case "DescribeVpcPeeringConnections" -> paged(request, operation, "vpcPeeringConnectionSet",
                    new Ec2Filters(form, "VpcPeeringConnectionId", "vpc-peering-connection-id").apply(n.peerings(),
                            p -> Map.of("vpc-peering-connection-id", p.id(), "requester-vpc-info.vpc-id",
                                    p.requesterVpcId(), "accepter-vpc-info.vpc-id", p.accepterVpcId())),
                    (x, p) -> peering(x, p, request.accountId(), request.region()));
            default -> throw new AwsError(400, "InvalidAction", "The action " + operation + " is not valid for this web service.");
        };
    }

    /** RouteTableId.N, and the filters vpc-id and route.vpc-peering-connection-id (any route of the table matches). */
    private static List<RouteTable> routeTables(Map<String, String> form, List<RouteTable> all) {
        Set<String> ids = new HashSet<>();
        Map<String, Set<String>> filters = new java.util.HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("RouteTableId.")) {
                ids.add(v);
            } else if (k.startsWith("Filter.") && k.endsWith(".Name")) {
                String prefix = k.substring(0, k.length() - "Name".length());
                Set<String> values = filters.computeIfAbsent(v, name -> new HashSet<>());
                form.forEach((k2, v2) -> {
                    if (k2.startsWith(prefix + "Value.")) {
                        values.add(v2);
                    }
                });
            }
        });
        filters.keySet().stream().filter(f -> !f.equals("vpc-id") && !f.equals(PEERING_FILTER)).findFirst()
                .ifPresent(f -> {
                    throw new AwsError(400, "InvalidParameterValue", "The filter '" + f + "' is invalid");
                });
        return all.stream().filter(t -> ids.isEmpty() || ids.contains(t.id()))
                .filter(t -> !filters.containsKey("vpc-id") || filters.get("vpc-id").contains(t.vpcId()))
                .filter(t -> !filters.containsKey(PEERING_FILTER) || t.routes().stream()
                        .anyMatch(r -> filters.get(PEERING_FILTER).contains(r.peeringConnectionId())))
                .toList();
    }

    private <T> AwsResponse paged(AwsRequest request, String operation, String listName, List<T> items,
            BiConsumer<XmlWriter, T> item) {
        Integer max = Page.intParam(request.form().get("MaxResults"));
        if (max != null && (max < 5 || max > 100)) {
            throw new AwsError(400, "InvalidParameterValue", "Value ( " + max + " ) for parameter maxResults is invalid.");
        }
        Page<T> page = Page.of(items, request.form().get("NextToken"), max, options.maxPageSize(), "InvalidNextToken");
        return protocol.respond(operation, request.requestId(), x -> {
            x.start(listName);
            page.items().forEach(i -> item.accept(x, i));
            x.end().leaf("nextToken", page.next());
        });
    }

    private void acl(XmlWriter x, NetworkAcl a) {
        x.start("item").leaf("networkAclId", a.id()).leaf("vpcId", a.vpcId()).leaf("default", a.isDefault())
                .start("entrySet");
        for (NetworkAcl.Entry e : a.entries()) {
            x.start("item").leaf("ruleNumber", e.ruleNumber()).leaf("protocol", e.protocol())
                    .leaf("ruleAction", e.allow() ? "allow" : "deny").leaf("egress", e.egress())
                    .leaf(e.ipv6() ? "ipv6CidrBlock" : "cidrBlock", e.cidr());
            if (e.fromPort() != null) {
                x.start("portRange").leaf("from", e.fromPort()).leaf("to", e.toPort()).end();
            }
            x.end();
        }
        x.end().start("associationSet");
        for (String subnet : a.subnetIds()) {
            x.start("item").leaf("networkAclAssociationId", "aclassoc-" + subnet.substring(7))
                    .leaf("networkAclId", a.id()).leaf("subnetId", subnet).end();
        }
        x.end().empty("tagSet").end();
    }

    private void routeTable(XmlWriter x, RouteTable t) {
        x.start("item").leaf("routeTableId", t.id()).leaf("vpcId", t.vpcId()).start("routeSet");
        for (RouteTable.Route r : t.routes()) {
            x.start("item").leaf(r.destination().contains(":") ? "destinationIpv6CidrBlock" : "destinationCidrBlock",
                    r.destination()).leaf("gatewayId", r.gatewayId())
                    .leaf("vpcPeeringConnectionId", r.peeringConnectionId()).leaf("state", "active")
                    .leaf("origin", "local".equals(r.gatewayId()) ? "CreateRouteTable" : "CreateRoute").end();
        }
        x.end().start("associationSet");
        if (t.main()) {
            x.start("item").leaf("routeTableAssociationId", "rtbassoc-" + t.id().substring(4)).leaf("routeTableId", t.id())
                    .leaf("main", true).start("associationState").leaf("state", "associated").end().end();
        }
        x.end().empty("propagatingVgwSet").empty("tagSet").end();
    }

    private static void peering(XmlWriter x, PeeringConnection p, String account, String region) {
        x.start("item").leaf("vpcPeeringConnectionId", p.id());
        vpcInfo(x, "requesterVpcInfo", account, p.requesterVpcId(), p.requesterCidr(), region);
        vpcInfo(x, "accepterVpcInfo", p.accepterOwnerId(), p.accepterVpcId(), p.accepterCidr(), region);
        x.start("status").leaf("code", "active").leaf("message", "Active").end().empty("tagSet").end();
    }

    private static void vpcInfo(XmlWriter x, String name, String owner, String vpcId, String cidr, String region) {
        x.start(name).leaf("ownerId", owner).leaf("vpcId", vpcId).leaf("cidrBlock", cidr).start("cidrBlockSet")
                .start("item").leaf("cidrBlock", cidr).end().end().leaf("region", region).end();
    }
}
