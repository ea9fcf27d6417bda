package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.fakecloud.org.Finding;
import dev.vigil.fakecloud.org.GroundTruth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated Azure tenant: management groups, subscriptions with their ARM answers, the Entra ID directory with its
 * Microsoft Graph answers, and the planted findings.
 */
public record AzureSyntheticOrg(long seed, String tenantId, List<AzureManagementGroup> managementGroups,
                                List<AzureSubscription> subscriptions, EntraDirectory directory, List<Finding> findings) {

    /** Resource Graph types (lower case, as Resource Graph reports them) → snapshot types. */
    public static final Map<String, String> GRAPH_TYPES = Map.ofEntries(
            Map.entry("microsoft.network/networksecuritygroups", "azure.network.nsg"),
            Map.entry("microsoft.network/virtualnetworks", "azure.network.vnet"),
            Map.entry("microsoft.storage/storageaccounts", "azure.storage.account"),
            Map.entry("microsoft.keyvault/vaults", "azure.keyvault.vault"),
            Map.entry("microsoft.sql/servers", "azure.sql.server"),
            Map.entry("microsoft.web/sites", "azure.appservice.webapp"),
            Map.entry("microsoft.compute/virtualmachines", "azure.compute.vm"),
            Map.entry("microsoft.containerservice/managedclusters", "azure.aks.cluster"),
            Map.entry("microsoft.dbforpostgresql/flexibleservers", "azure.postgresql.flexible_server"),
            Map.entry("microsoft.dbformysql/flexibleservers", "azure.mysql.flexible_server"),
            Map.entry("microsoft.documentdb/databaseaccounts", "azure.cosmosdb.account"));

    public AzureSyntheticOrg {
        managementGroups = List.copyOf(managementGroups);
        subscriptions = List.copyOf(subscriptions);
        findings = List.copyOf(findings);
    }

    public GroundTruth groundTruth() {
        return new GroundTruth("vigil-fake-azure", seed, findings);
    }

    public Map<String, Map<String, Integer>> expectedResourceCounts() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (AzureSubscription s : subscriptions) {
            if (!s.enabled()) {
                continue;
            }
            Map<String, Integer> counts = new TreeMap<>();
            counts.put("azure.resources.subscription", 1);
            if (!s.roleAssignments().isEmpty()) {
                counts.put("azure.authorization.role_assignment", s.roleAssignments().size());
            }
            int custom = 0;
            for (JsonNode d : s.roleDefinitions()) {
                if ("CustomRole".equals(d.path("properties").path("type").asText())) {
                    custom++;
                }
            }
            if (custom > 0) {
                counts.put("azure.authorization.role_definition", custom);
            }
            for (JsonNode r : s.resources()) {
                String type = GRAPH_TYPES.get(r.path("type").asText());
                if (type != null) {
                    counts.merge(type, 1, Integer::sum);
                }
            }
            out.put(s.id(), counts);
        }
        out.put(tenantId, new TreeMap<>(Map.of("azure.entra.tenant", 1, "azure.entra.user", directory.users().size())));
        return out;
    }

    public Set<String> expectedUids(String subscriptionId, String type) {
        Set<String> out = new TreeSet<>();
        if (subscriptionId.equals(tenantId)) {
            if (type.equals("azure.entra.tenant")) {
                out.add(directory.tenantUid(tenantId));
            }
            if (type.equals("azure.entra.user")) {
                directory.users().forEach(u -> out.add(EntraDirectory.userUid(tenantId, u.path("id").asText())));
            }
        }
        for (AzureSubscription s : subscriptions) {
            if (!s.id().equals(subscriptionId)) {
                continue;
            }
            if (type.equals("azure.resources.subscription")) {
                out.add(s.uid());
            }
            s.roleAssignments().forEach(a -> {
                if (type.equals("azure.authorization.role_assignment")) {
                    out.add(a.path("id").asText());
                }
            });
            s.roleDefinitions().forEach(d -> {
                if (type.equals("azure.authorization.role_definition")
                        && "CustomRole".equals(d.path("properties").path("type").asText())) {
                    out.add(d.path("id").asText());
                }
            });
            s.resources().forEach(r -> {
                if (type.equals(GRAPH_TYPES.get(r.path("type").asText()))) {
                    out.add(r.path("id").asText());
                }
            });
        }
        return out;
    }
}
