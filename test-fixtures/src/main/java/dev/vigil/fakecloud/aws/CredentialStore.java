package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.StaticCredentials;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fake access keys that encode their account: {@code AKIA}/{@code ASIA} + 12-digit account + 4 characters.
 * A user's key is {@code AKIA<account>FAKE} (the management account's always exists, others on request);
 * AssumeRole issues {@code ASIA<account><random>}.
 */
public final class CredentialStore {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Map<String, Caller> users = new ConcurrentHashMap<>();
    private final StaticCredentials managementCredentials;
    private final Map<String, Caller> issued = new ConcurrentHashMap<>();

    public CredentialStore(String managementAccountId) {
        this.managementCredentials = userIn(managementAccountId);
    }

    public StaticCredentials managementCredentials() {
        return managementCredentials;
    }

    /** The long-term keys of user {@code vigil-admin} in {@code accountId}, created on first use. */
    public StaticCredentials userIn(String accountId) {
        String key = "AKIA" + accountId + "FAKE";
        users.computeIfAbsent(key, k -> new Caller(accountId, "arn:aws:iam::" + accountId + ":user/vigil-admin",
                "AIDAFAKE" + accountId, k));
        return new StaticCredentials(key, "fake-secret-" + accountId, null);
    }

    public StaticCredentials issue(String accountId, String roleName, String sessionName) {
        String key;
        do {
            key = "ASIA" + accountId + random(4);
        } while (issued.containsKey(key));
        String roleId = "AROA" + random(17);
        issued.put(key, new Caller(accountId, "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/"
                + sessionName, roleId + ":" + sessionName, key));
        return new StaticCredentials(key, "fake-secret-" + random(28), "FakeSessionToken" + random(40));
    }

    public Optional<Caller> resolve(String accessKeyId) {
        Caller user = users.get(accessKeyId);
        if (user != null) {
            return Optional.of(user);
        }
        return Optional.ofNullable(issued.get(accessKeyId));
    }

    private static String random(int n) {
        StringBuilder sb = new StringBuilder(n);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
