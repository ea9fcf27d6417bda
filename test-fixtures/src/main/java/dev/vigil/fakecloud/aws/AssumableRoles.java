package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The roles sts:AssumeRole may enter: the scanner role in every ACTIVE account unless it was removed from an
 * account (as in a management account where no StackSet deployed it), plus roles added to single accounts.
 * AssumeRole into a role that does not exist answers AccessDenied, as AWS does.
 */
public final class AssumableRoles {
    private final SyntheticOrg org;
    private final Set<String> withoutScannerRole = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> added = new ConcurrentHashMap<>();

    public AssumableRoles(SyntheticOrg org) {
        this.org = org;
    }

    /** The scanner role does not exist in {@code accountId}. */
    public void removeScannerRole(String accountId) {
        withoutScannerRole.add(accountId);
    }

    /** A role named {@code roleName} exists in {@code accountId} and trusts the starting identity. */
    public void add(String accountId, String roleName) {
        added.computeIfAbsent(accountId, a -> ConcurrentHashMap.newKeySet()).add(roleName);
    }

    public boolean exists(String accountId, String roleName) {
        boolean active = org.account(accountId).map(OrgAccount::active).orElse(false);
        if (!active) {
            return false;
        }
        boolean scanner = roleName.equals(org.spec().scannerRoleName()) && !withoutScannerRole.contains(accountId);
        return scanner || added.getOrDefault(accountId, Set.of()).contains(roleName);
    }
}
