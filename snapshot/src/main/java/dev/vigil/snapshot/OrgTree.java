package dev.vigil.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The manifest's {@code orgs[]} entry: an organization with its OUs, accounts and policies.
 *
 * @param unknown the keys of this tree ({@code accounts}, {@code ous}, {@code policies}, or {@code account_tags}:
 *                the tags of its accounts) that a failed call left incomplete; checks that read them are UNKNOWN
 *                for every account of the tree
 */
public record OrgTree(
        String provider,
        String id,
        String arn,
        String managementAccountId,
        String rootId,
        List<OrgUnit> ous,
        List<OrgAccount> accounts,
        List<OrgPolicy> policies,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnknownInput> unknown) {

    /** The {@code unknown} key saying the accounts' tags could not be read. */
    public static final String ACCOUNT_TAGS = "account_tags";

    public OrgTree {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        ous = ous == null ? List.of() : List.copyOf(ous);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    public OrgTree(String provider, String id, String arn, String managementAccountId, String rootId, List<OrgUnit> ous,
            List<OrgAccount> accounts, List<OrgPolicy> policies) {
        this(provider, id, arn, managementAccountId, rootId, ous, accounts, policies, List.of());
    }

    public OrgTree withUnknown(List<UnknownInput> inputs) {
        return new OrgTree(provider, id, arn, managementAccountId, rootId, ous, accounts, policies, inputs);
    }
}
