package dev.vigil.fakecloud.org;

/**
 * An SNS topic.
 *
 * @param confirmed  subscriptions that are confirmed (listed with their ARN)
 * @param pending    subscriptions listed as {@code PendingConfirmation}
 * @param kmsKeyId   KmsMasterKeyId, null: not encrypted with KMS
 * @param policy     the topic policy (JSON text)
 */
public record SnsTopic(String name, int confirmed, int pending, String kmsKeyId, String policy) {

    public String arn(String region, String accountId) {
        return "arn:aws:sns:" + region + ":" + accountId + ":" + name;
    }
}
