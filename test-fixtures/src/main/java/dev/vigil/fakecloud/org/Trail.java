package dev.vigil.fakecloud.org;

/**
 * @param kmsKeyArn   null when the trail's logs are not KMS-encrypted
 * @param logGroupArn CloudWatchLogsLogGroupArn, null: no CloudWatch Logs integration
 * @param s3DataEvents the S3 object data events logged for all buckets: {@code All}, {@code ReadOnly},
 *                    {@code WriteOnly}, or null for none
 * @param advancedSelectors the trail's selectors are advanced event selectors (else basic event selectors)
 */
public record Trail(String name, String arn, String homeRegion, boolean multiRegion, boolean organizationTrail,
        boolean logFileValidation, boolean includeGlobalEvents, String kmsKeyArn, String bucket, boolean logging,
        String logGroupArn, String s3DataEvents, boolean advancedSelectors) {
}
