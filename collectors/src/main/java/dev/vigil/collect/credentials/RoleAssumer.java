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
 * Enters accounts with STS AssumeRole from the starting identity, into the role an {@link AccountEntry} names. The provider refreshes the
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
     * Assumes the entry's role now (so that failure shows at once, with the exact error) and returns the
     * refreshing provider; close it when the account is done. Session name and duration come from the config.
     */
    public AssumedRole enter(AccountEntry entry, AtomicInteger callCounter) {
        if (!entry.assumesRole()) {
            throw new IllegalArgumentException("account " + entry.accountId() + " is entered without a role");
        }
        StsClient sts = factory.build(AwsServices.STS, entry.accountId(), "us-east-1", base, callCounter);
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> {
                    r.roleArn(entry.roleArn()).roleSessionName(role.sessionName())
                            .durationSeconds(role.sessionDurationSeconds());
                    if (entry.externalId() != null && !entry.externalId().isBlank()) {
                        r.externalId(entry.externalId());
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
