package dev.vigil.fakecloud.org;

import java.util.List;
import java.util.stream.Collectors;

/** The JSON policy documents the generator uses; compact JSON, no whitespace. */
final class PolicyDocuments {
    static final String FULL_AWS_ACCESS = doc("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
    static final String FULL_ADMIN = FULL_AWS_ACCESS;
    static final String DENY_LEAVE_ORG = doc(
            "{\"Sid\":\"DenyLeaveOrg\",\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}");
    static final String PROTECT_CLOUDTRAIL = doc("{\"Sid\":\"ProtectCloudTrail\",\"Effect\":\"Deny\","
            + "\"Action\":[\"cloudtrail:StopLogging\",\"cloudtrail:DeleteTrail\",\"cloudtrail:UpdateTrail\"],\"Resource\":\"*\"}");
    static final String PROTECT_GUARDDUTY = doc("{\"Sid\":\"ProtectGuardDuty\",\"Effect\":\"Deny\","
            + "\"Action\":[\"guardduty:DeleteDetector\",\"guardduty:DisassociateFromMasterAccount\"],\"Resource\":\"*\"}");
    static final String TAG_POLICY = "{\"tags\":{\"env\":{\"tag_key\":{\"@@assign\":\"env\"},"
            + "\"tag_value\":{\"@@assign\":[\"prod\",\"staging\",\"dev\",\"sandbox\"]}}}}";
    static final String RCP_REQUIRE_TLS = doc("{\"Sid\":\"EnforceTls\",\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":{\"aws:SecureTransport\":\"false\"}}}");
    static final String READ_ONLY_APP = doc(
            "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":\"arn:aws:s3:::app-*\"}");
    static final String EC2_TRUST = doc("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
            + "\"Action\":\"sts:AssumeRole\"}");
    static final String PUBLIC_TRUST = doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}");

    private PolicyDocuments() {
    }

    static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    static String restrictRegions(List<String> regions) {
        String list = regions.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        return doc("{\"Sid\":\"DenyOtherRegions\",\"Effect\":\"Deny\",\"NotAction\":[\"iam:*\",\"organizations:*\","
                + "\"sts:*\",\"support:*\",\"cloudfront:*\",\"route53:*\",\"ce:*\"],\"Resource\":\"*\","
                + "\"Condition\":{\"StringNotEquals\":{\"aws:RequestedRegion\":[" + list + "]}}}");
    }

    /** One Deny statement per key: a Null block with several keys would deny only when all of them are missing. */
    static String requireTagsOnCreate(List<String> keys) {
        String[] statements = keys.stream().map(k -> "{\"Sid\":\"Require" + k.replace("-", "") + "Tag\","
                + "\"Effect\":\"Deny\",\"Action\":[\"ec2:RunInstances\",\"ec2:CreateVolume\",\"rds:CreateDBInstance\","
                + "\"rds:CreateDBCluster\",\"kms:CreateKey\",\"s3:CreateBucket\"],\"Resource\":\"*\","
                + "\"Condition\":{\"Null\":{\"aws:RequestTag/" + k + "\":\"true\"}}}").toArray(String[]::new);
        return doc(statements);
    }

    static String serviceTrust(String servicePrincipal) {
        return doc("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"" + servicePrincipal + "\"},"
                + "\"Action\":\"sts:AssumeRole\"}");
    }

    static String trustAccount(String accountId) {
        return doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + accountId + ":root\"},"
                + "\"Action\":\"sts:AssumeRole\"}");
    }

    static String trustExternal(String accountId, String externalId) {
        return doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + accountId + ":root\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"" + externalId
                + "\"}}}");
    }

    /** GitHub Actions' OIDC provider; {@code repository} null: no sub condition (any repository on GitHub). */
    static String githubActionsTrust(String accountId, String repository) {
        String sub = repository == null ? "" : ",\"token.actions.githubusercontent.com:sub\":\"repo:" + repository
                + ":ref:refs/heads/main\"";
        return doc("{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::" + accountId
                + ":oidc-provider/token.actions.githubusercontent.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                + "\"Condition\":{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\""
                + sub + "}}}");
    }

    /** An EKS cluster's OIDC provider (IAM roles for service accounts); {@code audience} false: no aud condition. */
    static String eksServiceAccountTrust(String accountId, String issuer, boolean audience) {
        String aud = audience ? ",\"" + issuer + ":aud\":\"sts.amazonaws.com\"" : "";
        return doc("{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::" + accountId
                + ":oidc-provider/" + issuer + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                + "\"Condition\":{\"StringEquals\":{\"" + issuer + ":sub\":\"system:serviceaccount:app:worker\"" + aud
                + "}}}");
    }

    static String kmsRootOnly(String accountId) {
        return doc(kmsRootStatement(accountId));
    }

    static String kmsPublic(String accountId) {
        return doc(kmsRootStatement(accountId), "{\"Sid\":\"AllowEveryone\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":[\"kms:Decrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"}");
    }

    static String awsManagedKey(String accountId, String service) {
        return doc("{\"Sid\":\"AllowThroughService\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\"],\"Resource\":\"*\",\"Condition\":{\"StringEquals\":"
                + "{\"kms:CallerAccount\":\"" + accountId + "\",\"kms:ViaService\":\"" + service + "\"}}}",
                kmsRootStatement(accountId));
    }

    static String bucketTlsOnly(String bucket) {
        return doc(denyInsecure(bucket));
    }

    static String bucketPublicRead(String bucket) {
        return doc(denyInsecure(bucket), "{\"Sid\":\"PublicRead\",\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}");
    }

    static String bucketAccountRead(String bucket, String accountId) {
        return doc("{\"Sid\":\"AccountRead\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + accountId
                + ":root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}");
    }

    private static String denyInsecure(String bucket) {
        return "{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                + "\"Resource\":[\"arn:aws:s3:::" + bucket + "\",\"arn:aws:s3:::" + bucket + "/*\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}";
    }

    private static String kmsRootStatement(String accountId) {
        return "{\"Sid\":\"EnableRootPermissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + accountId + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}";
    }
}
