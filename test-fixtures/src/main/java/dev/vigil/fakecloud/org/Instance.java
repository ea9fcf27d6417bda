package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * @param publicIp null when the instance has no public address
 * @param stoppedAt when the instance was stopped; null while it runs
 */
public record Instance(String id, String type, String subnetId, String vpcId, String availabilityZone,
        String privateIp, String publicIp, String httpTokens, String instanceProfileArn,
        List<String> securityGroupIds, Instant launched, Map<String, String> tags, Instant stoppedAt) {

    /** The same instance, launched at {@code launched} and stopped at {@code stoppedAt}. */
    public Instance stopped(Instant launched, Instant stoppedAt) {
        return new Instance(id, type, subnetId, vpcId, availabilityZone, privateIp, null, httpTokens, instanceProfileArn,
                securityGroupIds, launched, tags, stoppedAt);
    }
}
