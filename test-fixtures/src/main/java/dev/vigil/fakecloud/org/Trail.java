package dev.vigil.fakecloud.org;

/**
 * @param kmsKeyArn   null when the trail's logs are not KMS-encrypted
 * @param logGroupArn CloudWatchLogsLogGroupArn, null: no CloudWatch Logs integration
 */
public record Trail(String name, String arn, String homeRegion, boolean multiRegion, boolean organizationTrail,
        boolean logFileValidation, boolean includeGlobalEvents, String kmsKeyArn, String bucket, boolean logging,
        String logGroupArn) {
}
