package dev.vigil.collect.discover;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.OrgTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What discovery found: the starting identity's account (GetCallerIdentity), the org tree (absent in
 * single-account mode), every account with its decision, the regions that exist (name → opt-in status) and
 * discovery's own gaps.
 */
public record ScanPlan(String callerAccountId, Optional<OrgTree> org, List<PlannedAccount> accounts, Map<String, String> knownRegions,
        List<Gap> gaps) {
    public ScanPlan {
        accounts = List.copyOf(accounts);
        knownRegions = Map.copyOf(knownRegions);
        gaps = List.copyOf(gaps);
    }

    /** The organization's management account, or {@code null} in single-account mode. */
    public String managementAccountId() {
        return org.map(OrgTree::managementAccountId).orElse(null);
    }
}
