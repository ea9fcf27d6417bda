package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.billing.budgets.v1.Budget;
import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.collect.DaemonThreads;
import dev.vigil.collect.ratelimit.RateLimiters;
import dev.vigil.collect.resilience.CircuitBreaker;
import dev.vigil.collect.resilience.CircuitBreakers;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The per-project APIs Cloud Asset Inventory does not cover: each project's billing info (Cloud Billing, one call
 * per project, projects in parallel) and the budgets of every billing account they use (Billing Budgets).
 */
final class BillingReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GcpClients clients;
    private final RateLimiters limiters;
    private final Map<String, ObjectNode> billingInfo = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> budgetsByAccount = new ConcurrentHashMap<>();
    private final Map<String, List<Gap>> gaps = new ConcurrentHashMap<>();
    private final Map<String, List<UnknownInput>> unknown = new ConcurrentHashMap<>();

    private final CircuitBreaker billingBreaker;
    private final CircuitBreaker budgetsBreaker;

    BillingReader(GcpClients clients, RateLimiters limiters, CircuitBreakers breakers, String organization) {
        this.clients = clients;
        this.limiters = limiters;
        this.billingBreaker = breakers.of(organization, Gap.GLOBAL, "cloudbilling");
        this.budgetsBreaker = breakers.of(organization, Gap.GLOBAL, "billingbudgets");
    }

    void read(List<Project> projects, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism),
                DaemonThreads.named("vigil-gcp-billing"));
        try {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (Project p : projects) {
                futures.add(CompletableFuture.runAsync(() -> {
                    try {
                        // the one call per project of a GCP run: it gets the same budget per project as AWS calls
                        limiters.bucket(p.getProjectId(), "global", "cloudbilling").acquire();
                        var info = GcpCircuit.call(billingBreaker,
                                () -> clients.billing.getProjectBillingInfo("projects/" + p.getProjectId()));
                        ObjectNode json = JSON.createObjectNode().put("billingAccountName", info.getBillingAccountName())
                                .put("billingEnabled", info.getBillingEnabled());
                        billingInfo.put(p.getProjectId(), json);
                    } catch (RuntimeException e) {
                        Gap gap = GcpErrors.gap(p.getProjectId(), "cloudbilling", "GetProjectBillingInfo", e);
                        gaps.computeIfAbsent(p.getProjectId(), k -> new ArrayList<>()).add(gap);
                        // without the billing account the budgets cannot be matched either
                        unknown.put(p.getProjectId(), List.of(GcpErrors.unknown("billingInfo", gap),
                                GcpErrors.unknown("budgets", gap)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, pool));
            }
            futures.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }
        billingInfo.values().stream().map(i -> i.path("billingAccountName").asText()).filter(a -> !a.isEmpty())
                .distinct().forEach(this::readBudgets);
    }

    private void readBudgets(String account) {
        try {
            List<JsonNode> list = GcpCircuit.call(budgetsBreaker, () -> {
                List<JsonNode> all = new ArrayList<>();
                for (Budget b : clients.budgets.listBudgets(account).iterateAll()) {
                    all.add(AssetInventoryReader.json(b));
                }
                return all;
            });
            budgetsByAccount.put(account, list);
        } catch (RuntimeException e) {
            // every project billed to this account misses its budgets: the gap goes on each of them
            billingInfo.forEach((project, info) -> {
                if (info.path("billingAccountName").asText().equals(account)) {
                    Gap gap = GcpErrors.gap(project, "billingbudgets", "ListBudgets", e);
                    gaps.computeIfAbsent(project, k -> new ArrayList<>()).add(gap);
                    unknown.put(project, List.of(GcpErrors.unknown("budgets", gap)));
                }
            });
        }
    }

    /** Adds {@code billingInfo} and {@code budgets} (those whose filter is empty or names the project). */
    void annotate(Project project, ObjectNode attributes) {
        ObjectNode info = billingInfo.get(project.getProjectId());
        if (info == null) {
            return;
        }
        attributes.set("billingInfo", info.deepCopy());
        List<JsonNode> all = budgetsByAccount.get(info.path("billingAccountName").asText());
        if (all == null) {
            return;
        }
        ArrayNode budgets = attributes.putArray("budgets");
        for (JsonNode b : all) {
            JsonNode projects = b.path("budgetFilter").path("projects");
            boolean covers = projects.isEmpty();
            for (JsonNode p : projects) {
                covers |= p.asText().equals(project.getName());
            }
            if (covers) {
                budgets.add(b);
            }
        }
    }

    /** The project attributes ({@code billingInfo}, {@code budgets}) a failed call left unread. */
    List<UnknownInput> unknownOf(String projectId) {
        return unknown.getOrDefault(projectId, List.of());
    }

    List<Gap> gapsOf(String projectId) {
        return gaps.getOrDefault(projectId, List.of());
    }
}
