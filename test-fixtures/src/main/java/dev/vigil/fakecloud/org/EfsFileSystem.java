package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * An EFS file system.
 *
 * @param backupStatus its backup policy's status (ENABLED, DISABLED), or null: no backup policy was ever set
 *                     (DescribeBackupPolicy answers PolicyNotFound)
 * @param policy       its file system policy (JSON), or null: none (DescribeFileSystemPolicy answers PolicyNotFound)
 */
public record EfsFileSystem(String id, String name, boolean encrypted, String kmsKeyArn, String backupStatus,
        String policy, Instant created, Map<String, String> tags) {

    public String arn(String region, String accountId) {
        return "arn:aws:elasticfilesystem:" + region + ":" + accountId + ":file-system/" + id;
    }
}
