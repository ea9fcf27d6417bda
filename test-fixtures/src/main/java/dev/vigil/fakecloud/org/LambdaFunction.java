package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Lambda function ($LATEST).
 *
 * @param runtime          null for a container-image function
 * @param subnetIds        empty: not attached to a VPC
 * @param environment      variable name → value (the values are canaries: a collector must never store them)
 * @param policy           the resource-based policy document (JSON), or null when the function has none
 * @param urlAuthType      the function URL's AuthType ({@code NONE}, {@code AWS_IAM}), or null without a URL
 * @param deadLetterArn    DeadLetterConfig.TargetArn, or null
 * @param eventInvoke      whether an asynchronous invocation configuration exists
 * @param onFailure        its DestinationConfig.OnFailure.Destination, or null
 * @param onSuccess        its DestinationConfig.OnSuccess.Destination, or null
 */
public record LambdaFunction(String name, String runtime, List<String> subnetIds, List<String> securityGroupIds,
        String vpcId, Map<String, String> environment, String policy, String urlAuthType, String deadLetterArn,
        boolean eventInvoke, String onFailure, String onSuccess, Instant lastModified) {

    public String arn(String region, String accountId) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }
}
