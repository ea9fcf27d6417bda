package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EKS cluster.
 *
 * @param publicCidrs    resourcesVpcConfig.publicAccessCidrs (only served with a public endpoint)
 * @param logTypes       the control-plane log types that are enabled
 * @param secretsKeyArn  the KMS key of secrets envelope encryption, or null
 */
public record EksCluster(String name, String version, boolean publicEndpoint, List<String> publicCidrs,
        List<String> logTypes, String secretsKeyArn, List<String> subnetIds, String vpcId, Instant created,
        Map<String, String> tags) {

    public static final List<String> ALL_LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager",
            "scheduler");

    public String arn(String region, String accountId) {
        return "arn:aws:eks:" + region + ":" + accountId + ":cluster/" + name;
    }
}
