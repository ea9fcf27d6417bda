package dev.vigil.collect.discover;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.OrgTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What discovery found: the org tree (absent in single-account mode), every account with its decision,
 * the regions that exist (name → opt-in status) and discovery's own gaps.
 */
public record ScanPlan(Optional<OrgTree> org, List<PlannedAccount> accounts, Map<String, String> knownRegions,
        List<Gap> gaps) {
    public ScanPlan {
        accounts = List.copyOf(accounts);
        knownRegions = Map.copyOf(knownRegions);
        gaps = List.copyOf(gaps);
    }
}
