package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * A DynamoDB table.
 *
 * @param kmsKeyArn the customer-managed key of its server-side encryption, or null: encrypted with the AWS-owned key
 *                  (DescribeTable then has no {@code SSEDescription})
 */
public record DynamoTable(String name, boolean pointInTimeRecovery, String kmsKeyArn, boolean deletionProtection,
        Instant created, Map<String, String> tags) {

    public String arn(String region, String accountId) {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
    }
}
