package dev.vigil.fakecloud.org;

import java.util.List;

public record SecurityGroup(String id, String name, String description, String vpcId, List<IpPermission> ingress,
        List<IpPermission> egress) {
}
