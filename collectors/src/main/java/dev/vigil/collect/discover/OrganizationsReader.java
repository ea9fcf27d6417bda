package dev.vigil.collect.discover;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.engine.ErrorInfo;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.PolicyDocuments;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgPolicy;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.OrgUnit;
import dev.vigil.snapshot.SnapshotWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.organizations.model.Tag;

/**
 * Reads the organization from the management (or delegated-admin) account: roots, the OU tree, accounts
 * with tags, and SCPs / tag policies / RCPs with documents and targets. Per-item lookups run on the
 * shared worker pool.
 */
public final class OrganizationsReader {
    public static final Operation DESCRIBE_ORGANIZATION = Operation.of("organizations", "DescribeOrganization");
    public static final Operation LIST_ROOTS = Operation.of("organizations", "ListRoots");
    public static final Operation LIST_OUS = Operation.of("organizations", "ListOrganizationalUnitsForParent");
    public static final Operation LIST_ACCOUNTS = Operation.of("organizations", "ListAccountsForParent");
    public static final Operation LIST_TAGS = Operation.of("organizations", "ListTagsForResource");
    public static final Operation LIST_POLICIES = Operation.of("organizations", "ListPolicies");
    public static final Operation DESCRIBE_POLICY = Operation.of("organizations", "DescribePolicy");
    public static final Operation LIST_TARGETS = Operation.of("organizations", "ListTargetsForPolicy");
    public static final List<Operation> OPERATIONS = List.of(DESCRIBE_ORGANIZATION, LIST_ROOTS, LIST_OUS,
            LIST_ACCOUNTS, LIST_TAGS, LIST_POLICIES, DESCRIBE_POLICY, LIST_TARGETS);
    private static final List<PolicyType> POLICY_TYPES = List.of(PolicyType.SERVICE_CONTROL_POLICY,
            PolicyType.TAG_POLICY, PolicyType.RESOURCE_CONTROL_POLICY);

    private final OrganizationsClient org;
    private final ExecutorService pool;
    private final List<Gap> gaps = Collections.synchronizedList(new ArrayList<>());
    private String callerAccount = "unknown";

    public OrganizationsReader(OrganizationsClient org, ExecutorService pool) {
        this.org = org;
        this.pool = pool;
    }

    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    public OrgTree read(String callerAccountId) {
        this.callerAccount = callerAccountId;
        Organization organization;
        try {
            organization = org.describeOrganization().organization();
        } catch (RuntimeException e) {
            ErrorInfo error = ErrorInfo.of(e);
            throw new DiscoveryException("cannot read AWS Organizations as account " + callerAccountId + " ("
                    + error.code() + ": " + error.message() + "); run from the management or a delegated-admin "
                    + "account, or use --single-account to scan only the caller's account", e);
        }
        List<Root> roots = org.listRootsPaginator(r -> { }).stream().flatMap(p -> p.roots().stream()).toList();
        String rootId = roots.isEmpty() ? null : roots.get(0).id();
        List<OrgUnit> ous = new ArrayList<>();
        List<OrgAccount> accounts = new ArrayList<>();
        for (Root root : roots) {
            walk(root.id(), ous, accounts);
        }
        List<OrgAccount> tagged = tag(accounts);
        List<OrgPolicy> policies = new ArrayList<>();
        for (PolicyType type : POLICY_TYPES) {
            policies.addAll(policies(type));
        }
        return new OrgTree("aws", organization.id(), organization.arn(), organization.masterAccountId(), rootId, ous,
                tagged, policies).withUnknown(unknownKeys());
    }

    /** The keys of the tree a failed call left incomplete, for the checks that read them. */
    private List<UnknownInput> unknownKeys() {
        List<UnknownInput> unknown = new ArrayList<>();
        for (Gap g : gaps()) {
            String key = switch (g.operation()) {
                case "ListAccountsForParent" -> "accounts";
                case "ListTagsForResource" -> OrgTree.ACCOUNT_TAGS;
                case "ListOrganizationalUnitsForParent" -> "ous";
                default -> "policies";
            };
            unknown.add(new UnknownInput(key, g.service(), g.operation(), g.errorCode()));
        }
        return unknown;
    }

    private void walk(String parentId, List<OrgUnit> ous, List<OrgAccount> accounts) {
        List<Account> children = guarded(LIST_ACCOUNTS, () -> org.listAccountsForParentPaginator(
                r -> r.parentId(parentId)).stream().flatMap(p -> p.accounts().stream()).toList(), List.of());
        for (Account a : children) {
            accounts.add(new OrgAccount(a.id(), a.name(), a.email(), a.statusAsString(), a.arn(), parentId,
                    a.joinedTimestamp() == null ? null : a.joinedTimestamp().toString(), Map.of()));
        }
        List<OrganizationalUnit> units = guarded(LIST_OUS, () -> org.listOrganizationalUnitsForParentPaginator(
                r -> r.parentId(parentId)).stream().flatMap(p -> p.organizationalUnits().stream()).toList(), List.of());
        for (OrganizationalUnit ou : units) {
            ous.add(new OrgUnit(ou.id(), ou.name(), parentId, ou.arn()));
            walk(ou.id(), ous, accounts);
        }
    }

    private List<OrgAccount> tag(List<OrgAccount> accounts) {
        List<CompletableFuture<OrgAccount>> futures = new ArrayList<>();
        for (OrgAccount a : accounts) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                Map<String, String> tags = new java.util.TreeMap<>();
                guarded(LIST_TAGS, () -> org.listTagsForResourcePaginator(r -> r.resourceId(a.id())).stream().flatMap(p -> p.tags().stream())
                        .toList(), List.<Tag>of()).forEach(t -> tags.put(t.key(), t.value()));
                return new OrgAccount(a.id(), a.name(), a.email(), a.status(), a.arn(), a.parentId(), a.joinedAt(), tags);
            }, pool));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private List<OrgPolicy> policies(PolicyType type) {
        List<PolicySummary> summaries = guardedAllowing(LIST_POLICIES, () -> org.listPoliciesPaginator(
                r -> r.filter(type)).stream().flatMap(page -> page.policies().stream()).toList(), List.of(), "PolicyTypeNotEnabledException");
        List<CompletableFuture<OrgPolicy>> futures = new ArrayList<>();
        for (PolicySummary p : summaries) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                String content = guarded(DESCRIBE_POLICY,
                        () -> org.describePolicy(r -> r.policyId(p.id())).policy().content(), null);
                JsonNode document = content == null ? null : PolicyDocuments.decode(content);
                List<String> targets = guarded(LIST_TARGETS, () -> org.listTargetsForPolicyPaginator(
                        r -> r.policyId(p.id())).stream().flatMap(page -> page.targets().stream()).map(t -> t.targetId()).toList(), List.of());
                return new OrgPolicy(p.id(), p.name(), type.toString(), Boolean.TRUE.equals(p.awsManaged()),
                        p.description(), document, targets);
            }, pool));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private <T> T guarded(Operation op, Supplier<T> call, T fallback) {
        return guardedAllowing(op, call, fallback);
    }

    private <T> T guardedAllowing(Operation op, Supplier<T> call, T fallback, String... notConfigured) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            ErrorInfo error = ErrorInfo.of(e);
            if (!List.of(notConfigured).contains(error.code())) {
                // accounts below a parent that cannot be listed are never discovered: the org's account list is blind
                List<String> blinds = op == LIST_ACCOUNTS || op == LIST_OUS ? List.of("aws.account") : List.of();
                gaps.add(new Gap("aws", callerAccount, Gap.GLOBAL, op.service(), op.name(), error.code(),
                        error.message(), SnapshotWriter.now(), blinds));
            }
            return fallback;
        }
    }
}
