package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organization-wide settings of a synthetic org, derived from its tree: services with trusted access, their
 * delegated administrators, IAM's centralized root access features and the resource delegation policy. The first
 * ACTIVE member account is the security tooling account that administers every security service but one:
 * Security Hub has trusted access and no delegated administrator (planted; GuardDuty, set up identically with one,
 * is its clean twin). Centralized root access has RootCredentialsManagement but not RootSessions (planted); the
 * delegation policy lets the security account manage the organization's policies (clean).
 */
public record OrgGovernance(String managementAccountId, String securityAccountId, List<String> rootFeatures,
        Map<String, List<String>> delegatedByService, String resourcePolicy) {
    private static final List<String> TRUSTED = List.of("cloudtrail.amazonaws.com", "config.amazonaws.com",
            "guardduty.amazonaws.com", "iam.amazonaws.com", "securityhub.amazonaws.com", "sso.amazonaws.com",
            "tagpolicies.tag.amazonaws.com");
    private static final Set<String> UNDELEGATED = Set.of("securityhub.amazonaws.com",
            "tagpolicies.tag.amazonaws.com");

    public static OrgGovernance of(OrgTree tree) {
        String security = tree.accounts().stream().filter(OrgAccount::active)
                .filter(a -> !a.id().equals(tree.managementAccountId())).map(OrgAccount::id).findFirst()
                .orElse(null);
        Map<String, List<String>> delegated = new LinkedHashMap<>();
        for (String service : TRUSTED) {
            delegated.put(service, security == null || UNDELEGATED.contains(service) ? List.of() : List.of(security));
        }
        String policy = security == null ? null : """
                {"Version":"2012-10-17","Statement":[{"Sid":"DelegatePolicyManagement","Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":["organizations:Describe*",\
                "organizations:List*","organizations:CreatePolicy","organizations:UpdatePolicy",\
                "organizations:DeletePolicy","organizations:AttachPolicy","organizations:DetachPolicy",\
                "organizations:EnablePolicyType","organizations:DisablePolicyType"],"Resource":"*"}]}"""
                .formatted(security);
        return new OrgGovernance(tree.managementAccountId(), security, List.of("RootCredentialsManagement"),
                delegated, policy);
    }

    public List<String> trustedServices() {
        return List.copyOf(delegatedByService.keySet());
    }

    /** Member accounts that are a delegated administrator of at least one service. */
    public Set<String> delegatedAccounts() {
        Set<String> out = new TreeSet<>();
        delegatedByService.values().forEach(out::addAll);
        return out;
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        out.add(new Finding(Plant.ROOT_ACCESS_NOT_CENTRALIZED.checkId(), uid()));
        out.add(new Finding(Plant.SECURITY_SERVICE_NO_DELEGATED_ADMIN.checkId(), serviceUid("securityhub.amazonaws.com")));
        return out;
    }

    /** The collectors' records of the management account (docs/snapshot.md). */
    public Map<String, Set<String>> uids() {
        Map<String, Set<String>> out = new TreeMap<>();
        out.put("aws.organizations.governance", new TreeSet<>(Set.of(uid())));
        Set<String> services = new TreeSet<>();
        trustedServices().forEach(s -> services.add(serviceUid(s)));
        out.put("aws.organizations.service_access", services);
        return out;
    }

    public String uid() {
        return "arn:aws:organizations::" + managementAccountId + ":governance";
    }

    public String serviceUid(String principal) {
        return "arn:aws:organizations::" + managementAccountId + ":service-access/" + principal;
    }
}
