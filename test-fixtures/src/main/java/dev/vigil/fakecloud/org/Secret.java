package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * A Secrets Manager secret's metadata; the fake never holds a secret value.
 *
 * @param suffix        the six random characters AWS appends to the name in the ARN
 * @param rotationDays  {@code RotationRules.AutomaticallyAfterDays}, or null without rotation
 * @param lastRotated   null when never rotated
 * @param lastAccessed  null when never read (AWS keeps the day only)
 * @param kmsKeyId      the customer-managed key's ARN, or null for the AWS managed key aws/secretsmanager
 * @param policy        the resource policy (JSON), or null
 */
public record Secret(String name, String suffix, boolean rotationEnabled, Integer rotationDays, Instant lastRotated,
        Instant lastChanged, Instant lastAccessed, Instant created, String kmsKeyId, String policy) {

    public String arn(String region, String accountId) {
        return "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + name + "-" + suffix;
    }
}
