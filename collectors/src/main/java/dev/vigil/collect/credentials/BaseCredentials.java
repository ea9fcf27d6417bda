package dev.vigil.collect.credentials;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The starting identity: the default AWS credential chain, or fixed keys (demo, tests). */
public final class BaseCredentials {
    private BaseCredentials() {}

    public static AwsCredentialsProvider defaultChain() {
        return DefaultCredentialsProvider.builder().build();
    }

    public static AwsCredentialsProvider fixed(String accessKeyId, String secretAccessKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }
}
