package dev.vigil.collect.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;

/** The clients of one account, built on first use per service + region and closed together. */
public final class AccountClients implements AutoCloseable {
    private final ClientFactory factory;
    private final String accountId;
    private final AwsCredentialsProvider credentials;
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    public AccountClients(ClientFactory factory, String accountId, AwsCredentialsProvider credentials) {
        this.factory = factory;
        this.accountId = accountId;
        this.credentials = credentials;
    }

    public String accountId() {
        return accountId;
    }

    @SuppressWarnings("unchecked")
    public <C extends SdkClient> C get(AwsService<C> service, String region) {
        String key = service.key() + "/" + (service.global() ? "global" : region);
        return (C) clients.computeIfAbsent(key, k -> factory.build(service, accountId, region, credentials, calls));
    }

    /** API calls made through these clients so far. */
    public int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        factory.release(accountId);
    }
}
