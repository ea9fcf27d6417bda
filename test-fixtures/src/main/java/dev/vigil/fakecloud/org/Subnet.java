package dev.vigil.fakecloud.org;

public record Subnet(String id, String vpcId, String cidr, String availabilityZone, boolean mapPublicIpOnLaunch) {
}
