package dev.vigil.fakecloud.aws;

/** Who is calling: the account the access key belongs to and the principal's ARN. */
public record Caller(String accountId, String arn, String userId, String accessKeyId) {
}
