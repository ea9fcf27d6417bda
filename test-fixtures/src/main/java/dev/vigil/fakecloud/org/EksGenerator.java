package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the EKS clusters of an account's home region: a clean private cluster and a clean public one limited
 * to an office range, both on Kubernetes 1.35 with every control-plane log type and KMS envelope encryption of
 * secrets; each planted cluster is the clean private one with one setting changed.
 */
final class EksGenerator {
    static final String CLEAN_VERSION = "1.35";

    private final AccountContext ctx;
    private final String region;
    private final String keyArn;
    private final String vpcId;
    private final List<String> subnetIds;
    private final List<EksCluster> clusters = new ArrayList<>();

    EksGenerator(AccountContext ctx, String region, String keyArn, String vpcId, List<String> subnetIds) {
        this.ctx = ctx;
        this.region = region;
        this.keyArn = keyArn;
        this.vpcId = vpcId;
        this.subnetIds = List.copyOf(subnetIds);
    }

    List<EksCluster> generate() {
        boolean even = ctx.index() % 2 == 0;
        clusters.add(cluster("platform", CLEAN_VERSION, false, List.of(), EksCluster.ALL_LOG_TYPES, keyArn));
        clusters.add(cluster("edge", CLEAN_VERSION, true, List.of("203.0.113.0/24"), EksCluster.ALL_LOG_TYPES, keyArn));
        plant(Plant.EKS_PUBLIC_ENDPOINT, cluster("public-api", CLEAN_VERSION, true,
                even ? List.of("0.0.0.0/0") : List.of("203.0.113.0/24", "0.0.0.0/0"), EksCluster.ALL_LOG_TYPES, keyArn));
        plant(Plant.EKS_LOGGING_INCOMPLETE, cluster("quiet", CLEAN_VERSION, false, List.of(),
                even ? List.of() : List.of("api", "audit", "authenticator"), keyArn));
        plant(Plant.EKS_NO_SECRETS_ENCRYPTION, cluster("plain-secrets", CLEAN_VERSION, false, List.of(),
                EksCluster.ALL_LOG_TYPES, null));
        plant(Plant.EKS_VERSION_UNSUPPORTED, cluster("legacy", even ? "1.29" : "1.30", false, List.of(),
                EksCluster.ALL_LOG_TYPES, keyArn));
        return clusters;
    }

    private void plant(Plant plant, EksCluster cluster) {
        if (ctx.has(plant)) {
            clusters.add(cluster);
            ctx.found(plant, cluster.arn(region, ctx.accountId()));
        }
    }

    private EksCluster cluster(String name, String version, boolean publicEndpoint, List<String> cidrs,
            List<String> logTypes, String secretsKey) {
        return new EksCluster(name, version, publicEndpoint, cidrs, logTypes, secretsKey, subnetIds, vpcId,
                ctx.daysAgo(60), ctx.requiredTags("k8s"));
    }
}
