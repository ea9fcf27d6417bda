package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Azure RBAC actions the Azure collection needs, per call it makes, and the custom role definition that grants
 * exactly those (assign it at the tenant root management group).
 */
public final class AzurePermissions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The calls made only when Resource Graph is refused: each subscription lists the types through ARM. */
    public static final Set<String> RESOURCE_GRAPH_FALLBACK = Set.of("network.ListnetworkSecurityGroups",
            "network.ListvirtualNetworks", "network.ListNetworkWatchers", "network.ListFlowLogs",
            "storage.ListstorageAccounts", "keyvault.Listvaults", "sql.Listservers", "web.Listsites",
            "compute.ListvirtualMachines", "network.ListnetworkInterfaces", "containerservice.ListmanagedClusters",
            "dbforpostgresql.ListflexibleServers", "dbformysql.ListflexibleServers", "documentdb.ListdatabaseAccounts");

    /** Call (service.Operation, as in gaps) → actions. */
    public static final Map<String, List<String>> BY_CALL = byCall();

    /**
     * Microsoft Graph call (service.Operation, as in gaps) → the application permission it needs (admin consent).
     * Reading Conditional Access and sign-in registration reports also needs an Entra ID P1 licence in the tenant.
     */
    public static final Map<String, String> GRAPH_BY_CALL = Map.of(
            "graph.GetSecurityDefaults", "Policy.Read.All",
            "graph.GetAuthorizationPolicy", "Policy.Read.All",
            "graph.ListConditionalAccessPolicies", "Policy.Read.All",
            "graph.ListNamedLocations", "Policy.Read.All",
            "graph.ListRoleAssignments", "RoleManagement.Read.Directory",
            "graph.ListUsers", "User.Read.All",
            "graph.ListUserRegistrationDetails", "AuditLog.Read.All");

    private AzurePermissions() {
    }

    private static Map<String, List<String>> byCall() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("management.GetManagementGroup", List.of("Microsoft.Management/managementGroups/read",
                "Microsoft.Management/managementGroups/descendants/read"));
        m.put("resources.ListSubscriptions", List.of("Microsoft.Resources/subscriptions/read"));
        m.put("authorization.ListPolicyAssignments", List.of("Microsoft.Authorization/policyAssignments/read"));
        m.put("authorization.ListRoleAssignments", List.of("Microsoft.Authorization/roleAssignments/read"));
        m.put("authorization.ListRoleDefinitions", List.of("Microsoft.Authorization/roleDefinitions/read"));
        m.put("resourcegraph.Resources", List.of("Microsoft.ResourceGraph/resources/read",
                "Microsoft.Network/networkSecurityGroups/read", "Microsoft.Network/virtualNetworks/read",
                "Microsoft.Network/networkWatchers/flowLogs/read", "Microsoft.Network/networkWatchers/read",
                "Microsoft.Storage/storageAccounts/read",
                "Microsoft.KeyVault/vaults/read", "Microsoft.Sql/servers/read", "Microsoft.Web/sites/read",
                "Microsoft.Compute/virtualMachines/read", "Microsoft.Network/networkInterfaces/read",
                "Microsoft.ContainerService/managedClusters/read", "Microsoft.DBforPostgreSQL/flexibleServers/read",
                "Microsoft.DBforMySQL/flexibleServers/read", "Microsoft.DocumentDB/databaseAccounts/read"));
        m.put("network.ListnetworkSecurityGroups", List.of("Microsoft.Network/networkSecurityGroups/read"));
        m.put("network.ListvirtualNetworks", List.of("Microsoft.Network/virtualNetworks/read"));
        m.put("network.ListNetworkWatchers", List.of("Microsoft.Network/networkWatchers/read"));
        m.put("network.ListFlowLogs", List.of("Microsoft.Network/networkWatchers/flowLogs/read"));
        m.put("storage.ListstorageAccounts", List.of("Microsoft.Storage/storageAccounts/read"));
        m.put("keyvault.Listvaults", List.of("Microsoft.KeyVault/vaults/read"));
        m.put("sql.Listservers", List.of("Microsoft.Sql/servers/read"));
        m.put("web.Listsites", List.of("Microsoft.Web/sites/read"));
        m.put("compute.ListvirtualMachines", List.of("Microsoft.Compute/virtualMachines/read"));
        m.put("network.ListnetworkInterfaces", List.of("Microsoft.Network/networkInterfaces/read"));
        m.put("containerservice.ListmanagedClusters", List.of("Microsoft.ContainerService/managedClusters/read"));
        m.put("dbforpostgresql.ListflexibleServers", List.of("Microsoft.DBforPostgreSQL/flexibleServers/read"));
        m.put("dbformysql.ListflexibleServers", List.of("Microsoft.DBforMySQL/flexibleServers/read"));
        m.put("documentdb.ListdatabaseAccounts", List.of("Microsoft.DocumentDB/databaseAccounts/read"));
        m.put("security.ListAutoProvisioningSettings", List.of("Microsoft.Security/autoProvisioningSettings/read"));
        m.put("insights.ListActivityLogAlerts", List.of("Microsoft.Insights/ActivityLogAlerts/read"));
        m.put("keyvault.ListKeys", List.of("Microsoft.KeyVault/vaults/keys/read"));
        m.put("keyvault.ListSecrets", List.of("Microsoft.KeyVault/vaults/secrets/read"));
        m.put("storage.GetBlobServiceProperties", List.of("Microsoft.Storage/storageAccounts/blobServices/read"));
        m.put("web.GetConfiguration", List.of("Microsoft.Web/sites/config/read"));
        m.put("web.GetAuthSettingsV2", List.of("Microsoft.Web/sites/config/read"));
        m.put("postgresql.ListConfigurations", List.of("Microsoft.DBforPostgreSQL/flexibleServers/configurations/read"));
        m.put("postgresql.ListFirewallRules", List.of("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules/read"));
        m.put("mysql.ListConfigurations", List.of("Microsoft.DBforMySQL/flexibleServers/configurations/read"));
        m.put("mysql.ListFirewallRules", List.of("Microsoft.DBforMySQL/flexibleServers/firewallRules/read"));
        m.put("security.ListPricings", List.of("Microsoft.Security/pricings/read"));
        m.put("security.ListSecurityContacts", List.of("Microsoft.Security/securityContacts/read"));
        m.put("insights.ListDiagnosticSettings", List.of("Microsoft.Insights/diagnosticSettings/read"));
        m.put("costmanagement.Query", List.of("Microsoft.CostManagement/query/read",
                "Microsoft.Consumption/usageDetails/read"));
        m.put("sql.ListFirewallRules", List.of("Microsoft.Sql/servers/firewallRules/read"));
        m.put("sql.GetAuditingSettings", List.of("Microsoft.Sql/servers/auditingSettings/read"));
        m.put("sql.ListAdministrators", List.of("Microsoft.Sql/servers/administrators/read"));
        m.put("sql.ListDatabases", List.of("Microsoft.Sql/servers/databases/read"));
        m.put("sql.GetTransparentDataEncryption", List.of("Microsoft.Sql/servers/databases/transparentDataEncryption/read"));
        return Map.copyOf(m);
    }

    /**
     * The Microsoft Graph application permissions of the scanner's app registration, one per line with the calls
     * that need it, then the {@code az} commands that grant them.
     */
    public static String graphPermissions() {
        Map<String, TreeSet<String>> byPermission = new java.util.TreeMap<>();
        GRAPH_BY_CALL.forEach((call, permission) ->
                byPermission.computeIfAbsent(permission, k -> new TreeSet<>()).add(call));
        StringBuilder out = new StringBuilder("# Microsoft Graph application permissions (Entra ID data; admin consent "
                + "required; Conditional Access and registration reports need Entra ID P1)\n");
        byPermission.forEach((permission, calls) -> out.append(permission).append("  # ")
                .append(String.join(", ", calls)).append('\n'));
        out.append("# az ad app permission add --id <app-id> --api 00000003-0000-0000-c000-000000000000 "
                + "--api-permissions <permission-id>=Role ... ; az ad app permission admin-consent --id <app-id>\n");
        return out.toString();
    }

    /** A custom role definition ({@code az role definition create --role-definition @file}); scope is a placeholder. */
    public static String roleDefinition() {
        ObjectNode role = JSON.createObjectNode().put("Name", "Vigil Scanner").put("IsCustom", true)
                .put("Description", "Read-only: management groups, subscriptions, RBAC and policy assignments, "
                        + "Resource Graph, Defender plans, diagnostic settings, SQL, web app and flexible server settings and cost, as vigil collect "
                        + "uses them. Grants no data-plane access and no keys.");
        TreeSet<String> actions = new TreeSet<>();
        BY_CALL.values().forEach(actions::addAll);
        actions.forEach(role.putArray("Actions")::add);
        role.putArray("NotActions");
        role.putArray("DataActions");
        role.putArray("AssignableScopes").add("/providers/Microsoft.Management/managementGroups/<tenant-id>");
        return role.toPrettyString();
    }
}
