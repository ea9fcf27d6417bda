package dev.vigil.collect.engine;

import java.util.function.Function;
import software.amazon.awssdk.core.SdkClient;

/**
 * An AWS service the collectors talk to.
 *
 * @param key       our short name, used in operations, gaps and rate limits
 * @param operationService the service name of its operations and observed calls: the key, except where two SDK
 *                  clients sign as one service and share its IAM actions (ELB v1/v2, API Gateway v1/v2)
 * @param envName   the suffix of its {@code AWS_ENDPOINT_URL_<SERVICE>} variable
 * @param global    signed for us-east-1 whatever the unit's region (IAM, STS, Organizations, Cost Explorer, S3 listing)
 * @param factory   builds a client from the shared settings
 */
public record AwsService<C extends SdkClient>(String key, String operationService, String envName, boolean global,
        Function<ClientSettings, C> factory) {
    public AwsService(String key, String envName, boolean global, Function<ClientSettings, C> factory) {
        this(key, key, envName, global, factory);
    }
}
