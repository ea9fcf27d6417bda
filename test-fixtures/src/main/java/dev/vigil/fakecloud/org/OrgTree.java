package dev.vigil.fakecloud.org;

import java.util.List;

/** The Organizations view of a synthetic org: ids, OUs, accounts and policies. */
public record OrgTree(String organizationId, String rootId, String managementAccountId, String managementEmail,
        List<OrgUnit> ous, List<OrgAccount> accounts, List<OrgPolicy> policies) {

    public String organizationArn() {
        return "arn:aws:organizations::" + managementAccountId + ":organization/" + organizationId;
    }

    public String rootArn() {
        return "arn:aws:organizations::" + managementAccountId + ":root/" + organizationId + "/" + rootId;
    }
}
