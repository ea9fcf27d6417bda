package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * A provisioned Redshift cluster.
 *
 * @param parameterGroup its cluster parameter group: {@link #SECURE_GROUP} (require_ssl true) or the default group
 *                       (require_ssl false)
 */
public record RedshiftCluster(String id, boolean publiclyAccessible, boolean encrypted, String kmsKeyArn,
        boolean auditLogging, String parameterGroup, int snapshotRetentionDays, Instant created,
        Map<String, String> tags) {
    public static final String SECURE_GROUP = "vigil-require-ssl";
    public static final String DEFAULT_GROUP = "default.redshift-2.0";

    public String arn(String region, String accountId) {
        return "arn:aws:redshift:" + region + ":" + accountId + ":cluster:" + id;
    }

    public boolean requireSsl() {
        return SECURE_GROUP.equals(parameterGroup);
    }
}
