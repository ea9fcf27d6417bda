package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.StaticCredentials;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fake access keys that encode their account: {@code AKIA}/{@code ASIA} + 12-digit account + 4 characters.
 * The management key is {@code AKIA<management account>FAKE}; AssumeRole issues {@code ASIA<account><random>}.
 */
public final class CredentialStore {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Caller management;
    private final StaticCredentials managementCredentials;
    private final Map<String, Caller> issued = new ConcurrentHashMap<>();

    public CredentialStore(String managementAccountId) {
        String key = "AKIA" + managementAccountId + "FAKE";
        this.management = new Caller(managementAccountId, "arn:aws:iam::" + managementAccountId + ":user/vigil-admin",
                "AIDAFAKE" + managementAccountId, key);
        this.managementCredentials = new StaticCredentials(key, "fake-secret-" + managementAccountId, null);
    }

    public StaticCredentials managementCredentials() {
        return managementCredentials;
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
        if (management.accessKeyId().equals(accessKeyId)) {
            return Optional.of(management);
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
