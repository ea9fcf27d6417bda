package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out OUs, places accounts and attaches policies. Guardrail SCPs and the tag policy sit on the Security and
 * Workloads OUs (the tag policy also on the management account); accounts planted with a missing guardrail live in
 * the Legacy OU (no SCPs) with the remaining guardrails attached directly, so exactly the planted checks fail.
 */
final class OrgTreeBuilder {
    private static final List<String> TEAMS = List.of("payments", "analytics", "identity", "search", "mobile",
            "platform", "data", "checkout");

    private final OrgSpec spec;
    private final Ids ids;
    private final Instant now;
    private final String orgId;
    private final String rootId;
    private final String mgmtId;
    private final List<OrgUnit> ous = new ArrayList<>();
    private final Map<String, List<String>> targets = new LinkedHashMap<>();

    OrgTreeBuilder(OrgSpec spec, Ids ids, Instant now, String mgmtId) {
        this.spec = spec;
        this.ids = ids;
        this.now = now;
        this.mgmtId = mgmtId;
        this.orgId = "o-" + ids.lower(10);
        this.rootId = "r-" + ids.lower(4);
    }

    String organizationId() {
        return orgId;
    }

    String accountArn(String accountId) {
        return "arn:aws:organizations::" + mgmtId + ":account/" + orgId + "/" + accountId;
    }

    /**
     * @param accountIds index 0 is the management account
     * @param plans      plan per account index (management and suspended: empty)
     * @param suspended  indices of suspended accounts
     */
    OrgTree build(List<String> accountIds, List<Set<Plant>> plans, Set<Integer> suspended, List<Finding> findings) {
        OrgUnit security = ou("Security", rootId);
        OrgUnit workloads = ou("Workloads", rootId);
        OrgUnit legacy = ou("Legacy", rootId);
        List<OrgUnit> cleanHomes = new ArrayList<>(List.of(security, workloads));
        List<OrgUnit> level = List.of(workloads);
        for (int depth = 2; depth <= spec.ouDepth(); depth++) {
            List<OrgUnit> next = new ArrayList<>();
            for (OrgUnit parent : level) {
                next.add(ou(depth == 2 ? "Prod" : parent.name() + "-A", parent.id()));
                next.add(ou(depth == 2 ? "NonProd" : parent.name() + "-B", parent.id()));
            }
            cleanHomes.addAll(next);
            level = next;
        }
        String leave = policyId();
        String trail = policyId();
        String guard = policyId();
        String regions = policyId();
        Map<Plant, String> guardrails = new LinkedHashMap<>();
        guardrails.put(Plant.SCP_NO_LEAVE_ORG, leave);
        guardrails.put(Plant.SCP_NO_CLOUDTRAIL, trail);
        guardrails.put(Plant.SCP_NO_GUARDDUTY, guard);
        guardrails.put(Plant.SCP_NO_REGIONS, regions);
        String requireTags = policyId();
        String tagPolicy = policyId();
        guardrails.put(Plant.SCP_NO_REQUIRED_TAGS, requireTags);
        guardrails.put(Plant.TAG_POLICY_MISSING, tagPolicy);
        for (String id : guardrails.values()) {
            attach(id, security.id());
            attach(id, workloads.id());
        }
        List<OrgAccount> accounts = new ArrayList<>();
        for (int i = 0; i < accountIds.size(); i++) {
            String id = accountIds.get(i);
            Set<Plant> plan = plans.get(i);
            boolean scpPlant = plan.stream().anyMatch(Plant::scp);
            String parent;
            if (i == 0 || plan.contains(Plant.ACCOUNT_IN_ROOT)) {
                parent = rootId;
            } else if (scpPlant || suspended.contains(i)) {
                parent = legacy.id();
            } else {
                parent = cleanHomes.get(i % cleanHomes.size()).id();
            }
            if (i != 0 && !suspended.contains(i) && (scpPlant || plan.contains(Plant.ACCOUNT_IN_ROOT))) {
                Set<Plant> missing = EnumSet.noneOf(Plant.class);
                plan.stream().filter(Plant::scp).forEach(missing::add);
                guardrails.forEach((p, policy) -> {
                    if (!missing.contains(p)) {
                        attach(policy, id);
                    }
                });
                missing.forEach(p -> findings.add(new Finding(p.checkId(), accountArn(id))));
                if (plan.contains(Plant.ACCOUNT_IN_ROOT)) {
                    findings.add(new Finding(Plant.ACCOUNT_IN_ROOT.checkId(), accountArn(id)));
                }
            }
            if (i == 0) {
                // tag policies apply to the management account too (SCPs do not)
                attach(tagPolicy, id);
            }
            accounts.add(account(i, id, parent, plan, suspended.contains(i)));
        }
        List<OrgPolicy> policies = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        everything.add(rootId);
        ous.forEach(o -> everything.add(o.id()));
        accounts.forEach(a -> everything.add(a.id()));
        policies.add(new OrgPolicy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", true,
                "Allows access to every operation", PolicyDocuments.FULL_AWS_ACCESS,
                "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", everything));
        policies.add(scp(leave, "deny-leave-org", "Members may not leave the organization", PolicyDocuments.DENY_LEAVE_ORG));
        policies.add(scp(trail, "protect-cloudtrail", "Trails may not be stopped or deleted",
                PolicyDocuments.PROTECT_CLOUDTRAIL));
        policies.add(scp(guard, "protect-guardduty", "GuardDuty may not be disabled", PolicyDocuments.PROTECT_GUARDDUTY));
        policies.add(scp(regions, "restrict-regions", "Only approved regions",
                PolicyDocuments.restrictRegions(spec.regions())));
        policies.add(scp(requireTags, "require-tags-on-create", "Create calls must carry the required tags",
                PolicyDocuments.requireTagsOnCreate(List.of("app", "env", "team", "cost-center"))));
        policies.add(policy(tagPolicy, "required-env-tag", "TAG_POLICY", "env tag values", PolicyDocuments.TAG_POLICY));
        String rcp = policyId();
        attach(rcp, rootId);
        policies.add(policy(rcp, "require-tls", "RESOURCE_CONTROL_POLICY", "S3 over TLS only",
                PolicyDocuments.RCP_REQUIRE_TLS));
        return new OrgTree(orgId, rootId, mgmtId, email("management"), List.copyOf(ous), accounts, policies);
    }

    private OrgAccount account(int index, String id, String parent, Set<Plant> plan, boolean suspended) {
        String team = TEAMS.get(index % TEAMS.size());
        String name = index == 0 ? "management"
                : List.of("prod", "staging", "dev", "sandbox").get(index % 4) + "-" + team + "-" + String.format("%03d", index);
        Map<String, String> tags = new LinkedHashMap<>();
        if (!plan.contains(Plant.NO_OWNER_TAG)) {
            tags.put("owner", team);
        }
        tags.put("env", index == 0 ? "prod" : List.of("prod", "staging", "dev", "sandbox").get(index % 4));
        tags.put("cost-center", "cc-" + (1000 + index % 50));
        return new OrgAccount(id, name, email(name), suspended ? "SUSPENDED" : "ACTIVE", parent, accountArn(id),
                now.minusSeconds(86_400L * (800 - index % 700)), tags);
    }

    private String email(String name) {
        return "aws+" + name + "@example.com";
    }

    private OrgUnit ou(String name, String parent) {
        String id = "ou-" + rootId.substring(2) + "-" + ids.lower(8);
        OrgUnit ou = new OrgUnit(id, name, parent, "arn:aws:organizations::" + mgmtId + ":ou/" + orgId + "/" + id);
        ous.add(ou);
        return ou;
    }

    private final Set<String> policyIds = new HashSet<>();

    private String policyId() {
        String id;
        do {
            id = "p-" + ids.lower(8);
        } while (!policyIds.add(id));
        return id;
    }

    private void attach(String policyId, String target) {
        targets.computeIfAbsent(policyId, k -> new ArrayList<>()).add(target);
    }

    private OrgPolicy scp(String id, String name, String description, String document) {
        return policy(id, name, "SERVICE_CONTROL_POLICY", description, document);
    }

    private OrgPolicy policy(String id, String name, String type, String description, String document) {
        return new OrgPolicy(id, name, type, false, description, document, "arn:aws:organizations::" + mgmtId
                + ":policy/" + orgId + "/" + type.toLowerCase(java.util.Locale.ROOT) + "/" + id,
                List.copyOf(targets.getOrDefault(id, List.of())));
    }
}
