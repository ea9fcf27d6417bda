package dev.vigil.fakecloud.org;

import dev.vigil.fakecloud.org.NetworkAcl.Entry;
import dev.vigil.fakecloud.org.RouteTable.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the network ACLs, route tables and VPC peering connections of one region. Every VPC gets a clean default
 * ACL (world ingress to 22 and 3389 denied before the allow-all entries) and a main route table. The home region's
 * first VPC peers with a partner account's VPC, routed by exactly the peer's CIDR. Plants: an ACL whose allow comes
 * before the admin-port deny (the clean default ACL is its twin, the same entries in the safe order), and a second
 * peering routed by a destination broader than the peer's CIDR (the clean peering is its twin).
 */
final class NetworkGenerator {
    static final String PARTNER_ACCOUNT = "210987654321";
    private static final String WORLD = "0.0.0.0/0";
    private static final String WORLD6 = "::/0";

    private final AccountContext ctx;
    private final String region;
    private final List<NetworkAcl> acls = new ArrayList<>();
    private final List<RouteTable> routeTables = new ArrayList<>();
    private final List<PeeringConnection> peerings = new ArrayList<>();

    NetworkGenerator(AccountContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
    }

    NetworkResources generate(List<Vpc> vpcs, List<Subnet> subnets, boolean home) {
        for (Vpc vpc : vpcs) {
            List<String> members = subnets.stream().filter(s -> s.vpcId().equals(vpc.id())).map(Subnet::id).toList();
            acls.add(new NetworkAcl(ctx.ids().ec2("acl"), vpc.id(), true, cleanEntries(), members));
        }
        List<List<Route>> mainRoutes = new ArrayList<>();
        vpcs.forEach(v -> mainRoutes.add(new ArrayList<>(List.of(new Route(v.cidr(), "local", null),
                new Route(WORLD, "igw-0" + v.id().substring(5), null)))));
        if (home && !vpcs.isEmpty()) {
            Vpc main = vpcs.get(0);
            PeeringConnection shared = peering(main, "10.200.0.0/16");
            mainRoutes.get(0).add(new Route(shared.accepterCidr(), null, shared.id()));
            plant(main);
        }
        for (int i = 0; i < vpcs.size(); i++) {
            routeTables.add(new RouteTable(ctx.ids().ec2("rtb"), vpcs.get(i).id(), true, List.copyOf(mainRoutes.get(i))));
        }
        return new NetworkResources(acls, routeTables, peerings);
    }

    private void plant(Vpc main) {
        if (ctx.has(Plant.NACL_ADMIN_PORTS_OPEN)) {
            NetworkAcl acl = new NetworkAcl(ctx.ids().ec2("acl"), main.id(), false, ctx.index() % 2 == 0
                    ? List.of(new Entry(100, "6", false, WORLD, true, 0, 1023), new Entry(200, "6", false, WORLD, false,
                            22, 22), new Entry(210, "6", false, WORLD, false, 3389, 3389), deny(false, WORLD))
                    : List.of(new Entry(100, "-1", false, WORLD6, true, null, null), new Entry(110, "6", false, WORLD6,
                            false, 3389, 3389), deny(false, WORLD6)), List.of());
            acls.add(acl);
            ctx.found(Plant.NACL_ADMIN_PORTS_OPEN, ctx.arn("ec2", region, "network-acl/" + acl.id()));
        }
        if (ctx.has(Plant.PEERING_ROUTE_BROAD)) {
            PeeringConnection partner = peering(main, "10.201.0.0/16");
            String destination = ctx.index() % 2 == 0 ? WORLD : "10.0.0.0/8";
            routeTables.add(new RouteTable(ctx.ids().ec2("rtb"), main.id(), false, List.of(
                    new Route(main.cidr(), "local", null), new Route(destination, null, partner.id()))));
            ctx.found(Plant.PEERING_ROUTE_BROAD, partner.arn(region, ctx.accountId()));
        }
    }

    private PeeringConnection peering(Vpc requester, String peerCidr) {
        PeeringConnection p = new PeeringConnection(ctx.ids().ec2("pcx"), requester.id(), requester.cidr(),
                PARTNER_ACCOUNT, ctx.ids().ec2("vpc"), peerCidr);
        peerings.add(p);
        return p;
    }

    /** Admin ports denied from the world (IPv4 and IPv6) before everything else is allowed; AWS's catch-all denies. */
    private static List<Entry> cleanEntries() {
        return List.of(new Entry(50, "6", false, WORLD, false, 22, 22), new Entry(51, "6", false, WORLD, false, 3389, 3389),
                new Entry(52, "6", false, WORLD6, false, 22, 22), new Entry(53, "6", false, WORLD6, false, 3389, 3389),
                new Entry(100, "-1", false, WORLD, true, null, null), new Entry(101, "-1", false, WORLD6, true, null, null),
                deny(false, WORLD), deny(false, WORLD6),
                new Entry(100, "-1", true, WORLD, true, null, null), deny(true, WORLD));
    }

    private static Entry deny(boolean egress, String cidr) {
        return new Entry(32767, "-1", egress, cidr, false, null, null);
    }
}
