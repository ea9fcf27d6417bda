package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * A private ECR repository.
 *
 * @param tagMutability   {@code MUTABLE} or {@code IMMUTABLE}
 * @param policy          the repository policy (JSON), or null
 * @param lifecyclePolicy the lifecycle policy (JSON), or null
 */
public record EcrRepository(String name, String tagMutability, boolean scanOnPush, String policy,
        String lifecyclePolicy, Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:ecr:" + region + ":" + accountId + ":repository/" + name;
    }
}
