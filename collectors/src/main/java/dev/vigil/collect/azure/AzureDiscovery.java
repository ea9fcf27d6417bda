package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.discover.DiscoveryException;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.SnapshotWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tenant from its root management group down ({@code $expand=children&$recurse=true}), the subscriptions
 * the identity can see, and the policy and role assignments made at each management group.
 */
final class AzureDiscovery {
    static final String MG = "/providers/Microsoft.Management/managementGroups/";
    private final ArmClient arm;

    AzureDiscovery(ArmClient arm) {
        this.arm = arm;
    }

    AzureTree discover(String tenantId) {
        List<Gap> gaps = new ArrayList<>();
        List<AzureTree.Group> groups = new ArrayList<>();
        Map<String, String> parentOfSubscription = new LinkedHashMap<>();
        try {
            JsonNode root = arm.get(MG + tenantId + "?$expand=children&$recurse=true", "2021-04-01");
            groups.add(new AzureTree.Group(root.path("name").asText(tenantId),
                    root.path("properties").path("displayName").asText("Tenant Root Group"), null));
            walk(root.path("properties").path("children"), root.path("name").asText(tenantId), groups,
                    parentOfSubscription);
        } catch (ArmException e) {
            gaps.add(gap(tenantId, "management", "GetManagementGroup", e));
            groups.add(new AzureTree.Group(tenantId, "Tenant Root Group", null));
        }
        List<AzureTree.Subscription> subscriptions = new ArrayList<>();
        try {
            for (JsonNode s : arm.list("/subscriptions", "2022-12-01")) {
                String id = s.path("subscriptionId").asText();
                Map<String, String> tags = new LinkedHashMap<>();
                s.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
                subscriptions.add(new AzureTree.Subscription(id, s.path("displayName").asText(id),
                        s.path("state").asText(), parentOfSubscription.getOrDefault(id, tenantId), tags, s));
            }
        } catch (ArmException e) {
            throw new DiscoveryException("Azure tenant " + tenantId + ": listing subscriptions failed: "
                    + e.code() + ": " + e.getMessage(), e);
        }
        Map<String, List<JsonNode>> policies = new LinkedHashMap<>();
        Map<String, List<JsonNode>> roles = new LinkedHashMap<>();
        for (AzureTree.Group g : groups) {
            String scope = MG + g.name() + "/providers/Microsoft.Authorization/";
            try {
                policies.put(g.name(), PolicyAssignments.redacted(
                        arm.list(scope + "policyAssignments?$filter=atScope()", "2022-06-01")));
            } catch (ArmException e) {
                gaps.add(gap(g.name(), "authorization", "ListPolicyAssignments", e));
            }
            try {
                roles.put(g.name(), arm.list(scope + "roleAssignments?$filter=atScope()", "2022-04-01"));
            } catch (ArmException e) {
                gaps.add(gap(g.name(), "authorization", "ListRoleAssignments", e));
            }
        }
        return new AzureTree(tenantId, groups, subscriptions, policies, roles, gaps);
    }

    private static void walk(JsonNode children, String parent, List<AzureTree.Group> groups,
                             Map<String, String> parentOfSubscription) {
        for (JsonNode child : children) {
            if ("/subscriptions".equals(child.path("type").asText())) {
                parentOfSubscription.put(child.path("name").asText(), parent);
            } else {
                groups.add(new AzureTree.Group(child.path("name").asText(), child.path("displayName").asText(), parent));
                walk(child.path("children"), child.path("name").asText(), groups, parentOfSubscription);
            }
        }
    }

    static Gap gap(String account, String service, String operation, ArmException e) {
        return new Gap("azure", account, Gap.GLOBAL, service, operation, e.code(), e.getMessage(), SnapshotWriter.now());
    }
}
