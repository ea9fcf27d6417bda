package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * An S3 bucket.
 *
 * @param sseAlgorithm null: no default encryption configured
 * @param publicAccessBlock null: not configured
 * @param policy null: no bucket policy
 * @param versioning null (never enabled), "Enabled" or "Suspended"
 * @param loggingTarget null: access logging off
 * @param mfaDelete MFA Delete enabled (reported only while versioning is configured)
 */
public record Bucket(String name, String region, Instant created, String sseAlgorithm, String sseKmsKeyArn,
        PublicAccessBlock publicAccessBlock, String policy, boolean policyPublic, boolean aclPublic,
        String versioning, String loggingTarget, Map<String, String> tags, boolean mfaDelete) {

    public String arn() {
        return "arn:aws:s3:::" + name;
    }
}
