package dev.vigil.snapshot;

import java.util.List;

/** The manifest's {@code orgs[]} entry: an organization with its OUs, accounts and policies. */
public record OrgTree(
        String provider,
        String id,
        String arn,
        String managementAccountId,
        String rootId,
        List<OrgUnit> ous,
        List<OrgAccount> accounts,
        List<OrgPolicy> policies) {

    public OrgTree {
        ous = ous == null ? List.of() : List.copyOf(ous);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        policies = policies == null ? List.of() : List.copyOf(policies);
    }
}
