package dev.vigil.fakecloud.org;

import java.util.List;

/** One security group rule; from/to are null for protocol -1. */
public record IpPermission(String protocol, Integer fromPort, Integer toPort, List<String> ipv4Ranges,
        List<String> ipv6Ranges, List<String> groupIds) {

    public static IpPermission tcp(int from, int to, String cidr) {
        return of("tcp", from, to, cidr);
    }

    public static IpPermission of(String protocol, Integer from, Integer to, String cidr) {
        boolean v6 = cidr.contains(":");
        return new IpPermission(protocol, from, to, v6 ? List.of() : List.of(cidr), v6 ? List.of(cidr) : List.of(),
                List.of());
    }

    public static IpPermission fromGroup(String groupId) {
        return new IpPermission("-1", null, null, List.of(), List.of(), List.of(groupId));
    }
}
