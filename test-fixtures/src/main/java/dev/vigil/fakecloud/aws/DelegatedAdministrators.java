package dev.vigil.fakecloud.aws;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Member accounts registered as delegated administrators: they may read AWS Organizations like the management account. */
public final class DelegatedAdministrators {
    private final Set<String> accounts = ConcurrentHashMap.newKeySet();

    public void register(String accountId) {
        accounts.add(accountId);
    }

    public boolean contains(String accountId) {
        return accounts.contains(accountId);
    }
}
