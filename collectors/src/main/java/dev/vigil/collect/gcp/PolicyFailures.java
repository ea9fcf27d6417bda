package dev.vigil.collect.gcp;

import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organization-wide policy listings that failed: without IAM policies every {@code iamPolicy} attribute is
 * unread, without org policies every project's {@code effectiveOrgPolicies}; both also leave the org tree's
 * {@code policies} incomplete.
 *
 * @param iam        the failed IAM_POLICY listing, if it failed
 * @param orgPolicy  the failed ORG_POLICY listing, if it failed
 * @param nodeResources the failed organization-wide RESOURCE listing, if it failed: the per-project listings that
 *                   stand in for it do not see the log sinks of the organization and its folders (tree policies)
 */
record PolicyFailures(Optional<UnknownInput> iam, Optional<UnknownInput> orgPolicy,
                      Optional<UnknownInput> nodeResources) {
    /** Cloud Asset Inventory was not used: no policy was read. */
    static PolicyFailures notCollected() {
        UnknownInput none = new UnknownInput("", "cloudasset", "ListAssets", "NotCollected");
        return new PolicyFailures(Optional.of(none), Optional.of(none), Optional.of(none));
    }

    /** The unknown {@code iamPolicy} attribute of a record that carries one, or nothing. */
    List<UnknownInput> iamPolicy() {
        return iam.map(u -> List.of(new UnknownInput("iamPolicy", u.service(), u.operation(), u.errorCode())))
                .orElse(List.of());
    }

    /** The unknown {@code effectiveOrgPolicies} attribute of a project record, or nothing. */
    List<UnknownInput> effectiveOrgPolicies() {
        return orgPolicy.map(u -> List.of(new UnknownInput("effectiveOrgPolicies", u.service(), u.operation(),
                u.errorCode()))).orElse(List.of());
    }

    /** The org tree's {@code policies} key, once per failed listing. */
    List<UnknownInput> treePolicies() {
        List<UnknownInput> out = new ArrayList<>();
        iam.ifPresent(u -> out.add(new UnknownInput("policies", u.service(), u.operation(), u.errorCode())));
        orgPolicy.ifPresent(u -> out.add(new UnknownInput("policies", u.service(), u.operation(), u.errorCode())));
        nodeResources.ifPresent(u -> out.add(new UnknownInput("policies", u.service(), u.operation(), u.errorCode())));
        return out;
    }
}
