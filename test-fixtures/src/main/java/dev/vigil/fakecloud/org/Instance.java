package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** @param publicIp null when the instance has no public address */
public record Instance(String id, String type, String subnetId, String vpcId, String availabilityZone,
        String privateIp, String publicIp, String httpTokens, String instanceProfileArn,
        List<String> securityGroupIds, Instant launched, Map<String, String> tags) {
}
