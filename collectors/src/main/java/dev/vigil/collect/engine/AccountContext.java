package dev.vigil.collect.engine;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One target while it is collected: its clients, what it found and what it missed. Units of the same
 * account run concurrently, so the lists are synchronised.
 *
 * @param regionOptIn  enabled regions to collect → their OptInStatus
 * @param costAccounts linked accounts whose costs the management account reports (empty = any)
 */
public record AccountContext(
        String accountId,
        AccountClients clients,
        List<String> regions,
        java.util.Map<String, String> regionOptIn,
        boolean management,
        Set<String> costAccounts,
        List<ResourceRecord> records,
        List<Gap> gaps,
        TaskGroup tasks) {

    public static AccountContext of(String accountId, AccountClients clients, java.util.Map<String, String> regionOptIn,
            boolean management, Set<String> costAccounts, TaskGroup tasks) {
        return new AccountContext(accountId, clients, List.copyOf(new java.util.TreeSet<>(regionOptIn.keySet())),
                java.util.Map.copyOf(regionOptIn), management, Set.copyOf(costAccounts),
                Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()), tasks);
    }

    public List<Gap> gapsSnapshot() {
        synchronized (gaps) {
            return List.copyOf(gaps);
        }
    }

    public List<ResourceRecord> recordsSnapshot() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }
}
