package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A generated organization: the Organizations tree, every ACTIVE account's resources and the ground truth. */
public final class SyntheticOrg {
    private final OrgSpec spec;
    private final Instant generatedAt;
    private final OrgTree tree;
    private final Map<String, AccountResources> resources;
    private final Map<String, OrgAccount> accountsById = new LinkedHashMap<>();
    private final GroundTruth groundTruth;

    SyntheticOrg(OrgSpec spec, Instant generatedAt, OrgTree tree, Map<String, AccountResources> resources,
            GroundTruth groundTruth) {
        this.spec = spec;
        this.generatedAt = generatedAt;
        this.tree = tree;
        this.resources = Map.copyOf(resources);
        this.groundTruth = groundTruth;
        tree.accounts().forEach(a -> accountsById.put(a.id(), a));
    }

    public OrgSpec spec() {
        return spec;
    }

    /** The generation clock: every age in the org is relative to it. */
    public Instant generatedAt() {
        return generatedAt;
    }

    public OrgTree tree() {
        return tree;
    }

    public String organizationId() {
        return tree.organizationId();
    }

    public String rootId() {
        return tree.rootId();
    }

    public String managementAccountId() {
        return tree.managementAccountId();
    }

    public List<OrgUnit> ous() {
        return tree.ous();
    }

    public List<OrgAccount> accounts() {
        return tree.accounts();
    }

    public List<OrgPolicy> policies() {
        return tree.policies();
    }

    public List<String> regions() {
        return spec.regions();
    }

    public Optional<OrgAccount> account(String accountId) {
        return Optional.ofNullable(accountsById.get(accountId));
    }

    /** The resources of an ACTIVE account; empty for suspended or unknown accounts. */
    public Optional<AccountResources> resources(String accountId) {
        return Optional.ofNullable(resources.get(accountId));
    }

    public GroundTruth groundTruth() {
        return groundTruth;
    }

    /**
     * Account id → resource type → number of records a correct collector writes, ACTIVE accounts only; types
     * with no records are left out.
     */
    public Map<String, Map<String, Integer>> expectedResourceCounts() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (OrgAccount account : accounts()) {
            resources(account.id()).ifPresent(r -> {
                Map<String, Integer> perType = new TreeMap<>();
                uids(r).forEach((type, uids) -> perType.put(type, uids.size()));
                counts.put(account.id(), perType);
            });
        }
        return counts;
    }

    public Set<String> expectedUids(String accountId, String type) {
        return resources(accountId)
                .map(r -> (Set<String>) new TreeSet<>(uids(r).getOrDefault(type, Set.of())))
                .orElse(Set.of());
    }

    /** The management account also holds the organization-wide settings' records. */
    private Map<String, Set<String>> uids(AccountResources r) {
        Map<String, Set<String>> out = ExpectedResources.uids(r, spec.regions());
        if (r.accountId().equals(managementAccountId())) {
            out.putAll(OrgGovernance.of(tree).uids());
        }
        return out;
    }
}
