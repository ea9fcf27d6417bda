package dev.vigil.collect.azure;

import com.azure.core.http.HttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.DaemonThreads;
import dev.vigil.collect.ProviderCollection;
import dev.vigil.collect.Shard;
import dev.vigil.collect.config.AzureConfig;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CircuitBreakers;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgPolicy;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.OrgUnit;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Collects an Azure tenant: management groups and subscriptions from the tenant root, Resource Graph for the
 * covered resource types of all subscriptions at once, ARM for the rest, one snapshot target per Enabled
 * subscription, subscriptions in parallel.
 */
public final class AzureCollectionJob implements ProviderCollection {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VigilConfig config;
    private final Map<String, String> environment;
    private final Shard shard;

    public AzureCollectionJob(VigilConfig config, Map<String, String> environment, Shard shard) {
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.shard = shard;
    }

    @Override
    public String provider() {
        return "azure";
    }

    @Override
    public void collect(SnapshotWriter writer) {
        AzureConfig azure = config.azure();
        String endpoint = azure.endpoint() == null ? AzureTransport.PUBLIC_ARM : azure.endpoint().replaceAll("/+$", "");
        HttpClient http = AzureTransport.httpClient(azure, config.timeouts());
        com.azure.core.credential.TokenCredential credential = AzureTransport.credential(azure, environment, http);
        RateLimiters limiters = new RateLimiters(config.rateLimits());
        CircuitBreakers breakers = new CircuitBreakers(config.circuitBreaker());
        ArmClient arm = new ArmClient(AzureTransport.pipeline(http, credential, endpoint, limiters, config, breakers),
                endpoint, config.timeouts().callBudget());
        String graphEndpoint = azure.resolvedGraphEndpoint();
        GraphClient msGraph = new GraphClient(new ArmClient(AzureTransport.pipeline(http, credential, graphEndpoint, limiters,
                config, breakers), graphEndpoint, config.timeouts().callBudget()), graphEndpoint);
        AzureTree tree = new AzureDiscovery(arm).discover(azure.tenantId());
        writer.addGaps(tree.gaps());
        RoleNames roleNames = new RoleNames();
        writer.addOrg(orgTree(tree, roleNames));
        List<AzureTree.Subscription> todo = new ArrayList<>();
        List<Target> pending = new ArrayList<>();
        for (AzureTree.Subscription s : tree.subscriptions()) {
            if (!shard.owns(s.id()) || writer.isSettled("azure", s.id())) {
                continue;
            }
            String skip = skipReason(s, tree);
            if (skip != null) {
                writer.skipTarget("azure", s.id(), s.displayName(), skip);
            } else {
                todo.add(s);
                pending.add(Target.pending("azure", s.id(), s.displayName()));
            }
        }
        boolean directory = shard.owns(tree.tenantId()) && !writer.isSettled("azure", tree.tenantId());
        if (directory) {
            pending.add(Target.pending("azure", tree.tenantId(), directoryName(tree.tenantId())));
        }
        writer.declareTargets(pending);
        Map<String, List<JsonNode>> rows = null;
        List<Gap> shared = new ArrayList<>();
        try {
            rows = new ResourceGraphReader(arm).read(todo.stream().map(AzureTree.Subscription::id).toList());
        } catch (ArmException e) {
            // recorded, then every subscription lists the same types through ARM instead
            shared.add(AzureDiscovery.gap(azure.tenantId(), "resourcegraph", "Resources", e));
        }
        Map<String, List<JsonNode>> graph = rows;
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency().accounts(),
                DaemonThreads.named("vigil-azure"));
        try {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            if (directory) {
                futures.add(CompletableFuture.runAsync(() -> collectDirectory(writer, msGraph, tree.tenantId()), pool));
            }
            for (AzureTree.Subscription s : todo) {
                List<JsonNode> own = graph == null ? null : graph.getOrDefault(s.id().toLowerCase(Locale.ROOT), List.of());
                futures.add(CompletableFuture.runAsync(() -> collectOne(writer, arm, roleNames, s, own, shared), pool));
            }
            futures.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }
    }

    private void collectOne(SnapshotWriter writer, ArmClient arm, RoleNames roleNames, AzureTree.Subscription s,
                            List<JsonNode> rows, List<Gap> shared) {
        Target started = Target.started("azure", s.id(), s.displayName());
        int before = arm.calls();
        SubscriptionCollector collector = new SubscriptionCollector(arm, roleNames, s, rows);
        try (TargetFile file = writer.openTarget("azure", s.id())) {
            collector.collect().forEach(file::write);
            List<Gap> gaps = new ArrayList<>(collector.gaps());
            shared.forEach(g -> gaps.add(new Gap("azure", s.id(), g.region(), g.service(), g.operation(), g.errorCode(),
                    g.message(), g.at(), g.resourceTypes())));
            writer.completeTarget(started, file, gaps, arm.calls() - before);
        } catch (RuntimeException e) {
            writer.failTarget(started, e.getMessage(), collector.gaps(), arm.calls() - before);
        }
    }

    /** The tenant's Entra ID data: a target of its own, named after the tenant, beside its subscriptions. */
    private static void collectDirectory(SnapshotWriter writer, GraphClient graph, String tenantId) {
        Target started = Target.started("azure", tenantId, directoryName(tenantId));
        int before = graph.calls();
        EntraCollector collector = new EntraCollector(graph, tenantId);
        try (TargetFile file = writer.openTarget("azure", tenantId)) {
            collector.collect().forEach(file::write);
            writer.completeTarget(started, file, collector.gaps(), graph.calls() - before);
        } catch (RuntimeException e) {
            writer.failTarget(started, e.getMessage(), collector.gaps(), graph.calls() - before);
        }
    }

    static String directoryName(String tenantId) {
        return "Entra ID tenant " + tenantId;
    }

    private String skipReason(AzureTree.Subscription s, AzureTree tree) {
        if (!"Enabled".equals(s.state())) {
            return "subscription state " + s.state();
        }
        AzureConfig azure = config.azure();
        List<String> path = tree.pathTo(s.parent());
        if (!azure.managementGroups().include().isEmpty() && azure.managementGroups().include().stream().noneMatch(path::contains)) {
            return "not under azure.management_groups.include";
        }
        if (azure.managementGroups().exclude().stream().anyMatch(path::contains)) {
            return "under azure.management_groups.exclude";
        }
        if (!azure.subscriptions().include().isEmpty() && !azure.subscriptions().include().contains(s.id())) {
            return "not in azure.subscriptions.include";
        }
        if (azure.subscriptions().exclude().contains(s.id())) {
            return "in azure.subscriptions.exclude";
        }
        if (!azure.subscriptionTags().includes(s.tags()) || azure.subscriptionTags().excludes(s.tags())) {
            return "excluded by azure.subscription_tags";
        }
        return null;
    }

    private static OrgTree orgTree(AzureTree tree, RoleNames roleNames) {
        String root = tree.tenantId();
        List<OrgUnit> units = new ArrayList<>();
        for (AzureTree.Group g : tree.groups()) {
            if (g.parent() != null) {
                units.add(new OrgUnit(g.name(), g.displayName(), g.parent(), AzureDiscovery.MG + g.name()));
            }
        }
        List<OrgAccount> accounts = new ArrayList<>();
        for (AzureTree.Subscription s : tree.subscriptions()) {
            accounts.add(new OrgAccount(s.id(), s.displayName(), null, s.state(), "/subscriptions/" + s.id(),
                    s.parent(), null, s.tags()));
        }
        List<OrgPolicy> policies = new ArrayList<>();
        tree.policyAssignments().forEach((group, list) -> list.forEach(a -> policies.add(new OrgPolicy(
                a.path("id").asText(), a.path("name").asText(), "POLICY_ASSIGNMENT", false,
                a.path("properties").path("description").asText(null), a, List.of(group)))));
        tree.roleAssignments().forEach((group, list) -> list.forEach(a -> {
            ObjectNode doc = a.deepCopy();
            ((ObjectNode) doc.with("properties")).put("roleDefinitionName",
                    roleNames.nameOf(a.path("properties").path("roleDefinitionId").asText()));
            policies.add(new OrgPolicy(a.path("id").asText(), a.path("name").asText(), "ROLE_ASSIGNMENT", false, null,
                    doc, List.of(group)));
        }));
        return new OrgTree("azure", root, AzureDiscovery.MG + root, null, root, units, accounts, policies)
                .withUnknown(unknownKeys(tree));
    }

    /**
     * The keys of the tree a failed discovery call left incomplete: without the management group hierarchy the
     * groups, the subscriptions' places in it and the assignments made at them; without a group's assignments
     * the policies.
     */
    private static List<UnknownInput> unknownKeys(AzureTree tree) {
        List<UnknownInput> unknown = new ArrayList<>();
        for (Gap g : tree.gaps()) {
            List<String> keys = g.operation().equals("GetManagementGroup") ? List.of("ous", "accounts", "policies")
                    : List.of("policies");
            keys.forEach(k -> unknown.add(new UnknownInput(k, g.service(), g.operation(), g.errorCode())));
        }
        return unknown;
    }
}
