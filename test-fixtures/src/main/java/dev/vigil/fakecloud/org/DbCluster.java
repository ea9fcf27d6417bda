package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An Aurora DB cluster and the ids of its member instances. */
public record DbCluster(String id, String engine, boolean encrypted, String kmsKeyArn, boolean deletionProtection,
        int backupRetentionDays, boolean iamAuthentication, List<String> members, Instant created,
        Map<String, String> tags, List<String> logExports) {

    public String arn(String region, String accountId) {
        return "arn:aws:rds:" + region + ":" + accountId + ":cluster:" + id;
    }
}
