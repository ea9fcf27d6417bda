package dev.vigil.collect.credentials;

import dev.vigil.collect.aws.AwsServices;
import dev.vigil.collect.config.RoleConfig;
import dev.vigil.collect.engine.ClientFactory;
import dev.vigil.collect.engine.Operation;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Enters member accounts with STS AssumeRole from the starting identity. The provider refreshes the
 * session before it expires, so a long account scan never runs on stale credentials.
 */
public final class RoleAssumer {
    public static final Operation ASSUME_ROLE = Operation.of("sts", "AssumeRole");

    private final ClientFactory factory;
    private final AwsCredentialsProvider base;
    private final RoleConfig role;

    public RoleAssumer(ClientFactory factory, AwsCredentialsProvider base, RoleConfig role) {
        this.factory = factory;
        this.base = base;
        this.role = role;
    }

    /**
     * Assumes the scanner role in {@code accountId} now (so that failure shows at once, with the exact
     * error) and returns the refreshing provider; close it when the account is done.
     */
    public AssumedRole enter(String accountId, AtomicInteger callCounter) {
        StsClient sts = factory.build(AwsServices.STS, accountId, "us-east-1", base, callCounter);
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> {
                    r.roleArn(role.roleArn(accountId)).roleSessionName(role.sessionName())
                            .durationSeconds(role.sessionDurationSeconds());
                    if (role.externalId() != null && !role.externalId().isBlank()) {
                        r.externalId(role.externalId());
                    }
                })
                .build();
        AssumedRole assumed = new AssumedRole(provider, sts);
        try {
            provider.resolveCredentials();
            return assumed;
        } catch (RuntimeException e) {
            assumed.close();
            throw e;
        }
    }

    /** The credentials of one entered account and the STS client that refreshes them. */
    public record AssumedRole(StsAssumeRoleCredentialsProvider provider, StsClient sts) implements AutoCloseable {
        @Override
        public void close() {
            provider.close();
            sts.close();
        }
    }
}
