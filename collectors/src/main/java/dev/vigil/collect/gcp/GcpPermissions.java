package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The IAM permissions the GCP collection needs, per call it makes, and the custom role that grants exactly those
 * (create it at the organization and bind it to the scanning identity there).
 */
public final class GcpPermissions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Call (service.Operation, as in gaps) → permissions. */
    public static final Map<String, java.util.List<String>> BY_CALL = byCall();

    private GcpPermissions() {
    }

    private static Map<String, java.util.List<String>> byCall() {
        Map<String, java.util.List<String>> m = new LinkedHashMap<>();
        m.put("cloudresourcemanager.GetOrganization", java.util.List.of("resourcemanager.organizations.get"));
        m.put("cloudresourcemanager.ListFolders", java.util.List.of("resourcemanager.folders.list",
                "resourcemanager.folders.get"));
        m.put("cloudresourcemanager.ListProjects", java.util.List.of("resourcemanager.projects.list",
                "resourcemanager.projects.get"));
        m.put("cloudasset.ListAssets RESOURCE", java.util.List.of("cloudasset.assets.listResource"));
        m.put("cloudasset.ListAssets IAM_POLICY", java.util.List.of("cloudasset.assets.listIamPolicy"));
        m.put("cloudasset.ListAssets ORG_POLICY", java.util.List.of("cloudasset.assets.listOrgPolicy"));
        m.put("cloudbilling.GetProjectBillingInfo", java.util.List.of("resourcemanager.projects.get"));
        m.put("billingbudgets.ListBudgets", java.util.List.of("billing.budgets.list", "billing.budgets.get"));
        return Map.copyOf(m);
    }

    /** A custom role definition (the body of {@code gcloud iam roles create --file}). */
    public static String customRole() {
        ObjectNode role = JSON.createObjectNode().put("title", "Vigil Scanner")
                .put("description", "Read-only: Resource Manager hierarchy, Cloud Asset Inventory at organization "
                        + "scope, project billing info and budgets, as vigil collect uses them. Budgets live on the "
                        + "billing account: grant billing.budgets.* there.")
                .put("stage", "GA");
        TreeSet<String> permissions = new TreeSet<>();
        BY_CALL.values().forEach(permissions::addAll);
        permissions.forEach(role.putArray("includedPermissions")::add);
        return role.toPrettyString();
    }
}
