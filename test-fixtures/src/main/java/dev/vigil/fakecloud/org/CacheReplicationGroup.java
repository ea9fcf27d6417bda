package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

/**
 * An ElastiCache (Redis OSS) replication group.
 *
 * @param authToken    whether Redis AUTH (a token) is required
 * @param userGroupIds RBAC user groups attached (empty: none)
 */
public record CacheReplicationGroup(String id, boolean atRestEncryption, String kmsKeyArn, boolean transitEncryption,
        int snapshotRetentionDays, boolean autoMinorVersionUpgrade, boolean authToken, List<String> userGroupIds,
        Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:elasticache:" + region + ":" + accountId + ":replicationgroup:" + id;
    }

    public List<String> memberClusters() {
        return List.of(id + "-001", id + "-002");
    }
}
