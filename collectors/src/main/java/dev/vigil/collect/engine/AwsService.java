package dev.vigil.collect.engine;

import java.util.function.Function;
import software.amazon.awssdk.core.SdkClient;

/**
 * An AWS service the collectors talk to.
 *
 * @param key       our short name, used in operations, gaps and rate limits
 * @param envName   the suffix of its {@code AWS_ENDPOINT_URL_<SERVICE>} variable
 * @param global    signed for us-east-1 whatever the unit's region (IAM, STS, Organizations, Cost Explorer, S3 listing)
 * @param factory   builds a client from the shared settings
 */
public record AwsService<C extends SdkClient>(String key, String envName, boolean global,
        Function<ClientSettings, C> factory) {
}
