package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * An RDS DB instance.
 *
 * @param clusterId the Aurora cluster it belongs to, or null for a standalone instance
 */
public record DbInstance(String id, String engine, String clusterId, boolean publiclyAccessible, boolean encrypted,
        String kmsKeyArn, int backupRetentionDays, boolean deletionProtection, boolean autoMinorVersionUpgrade,
        boolean iamAuthentication, boolean multiAz, String availabilityZone, Instant created, Map<String, String> tags) {

    public String arn(String region, String accountId) {
        return "arn:aws:rds:" + region + ":" + accountId + ":db:" + id;
    }
}
