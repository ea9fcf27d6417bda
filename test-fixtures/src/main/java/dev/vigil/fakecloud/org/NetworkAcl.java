package dev.vigil.fakecloud.org;

import java.util.List;

/** A VPC network ACL with its entries and the subnets associated with it. */
public record NetworkAcl(String id, String vpcId, boolean isDefault, List<Entry> entries, List<String> subnetIds) {

    /**
     * One numbered entry; {@code protocol} is EC2's string ("-1", "6", "17"), ports are null for protocol -1.
     *
     * @param cidr an IPv4 or IPv6 CIDR
     */
    public record Entry(int ruleNumber, String protocol, boolean egress, String cidr, boolean allow, Integer fromPort,
            Integer toPort) {

        public boolean ipv6() {
            return cidr.contains(":");
        }
    }
}
