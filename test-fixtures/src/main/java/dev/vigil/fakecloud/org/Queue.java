package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * An SQS queue.
 *
 * @param sqsManagedSse    {@code SqsManagedSseEnabled}
 * @param kmsKeyId         {@code KmsMasterKeyId} (SSE-KMS), or null
 * @param policy           the queue policy (JSON), or null
 * @param deadLetterTarget the name of the queue its {@code RedrivePolicy} sends failed messages to, or null
 */
public record Queue(String name, boolean sqsManagedSse, String kmsKeyId, String policy, String deadLetterTarget,
        Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
    }

    public String url(String region, String accountId) {
        return "https://sqs." + region + ".amazonaws.com/" + accountId + "/" + name;
    }
}
