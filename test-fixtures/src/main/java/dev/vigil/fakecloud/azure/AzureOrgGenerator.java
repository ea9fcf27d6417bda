package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates a synthetic Azure tenant. Every resource is clean (passes every check of docs/checks-azure.md) except
 * the planted ones: most plants are a resource of their own, the rest one setting of their subscription.
 */
public final class AzureOrgGenerator {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AUTH = "/providers/Microsoft.Authorization";
    static final String OWNER = AUTH + "/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    static final String CONTRIBUTOR = AUTH + "/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c";
    static final String READER = AUTH + "/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7";
    static final String USER_ACCESS_ADMIN = AUTH + "/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    static final List<String> REQUIRED_POLICIES = List.of(
            AUTH + "/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
            AUTH + "/policyDefinitions/871b6d14-10aa-478d-b590-94f262ecfa99",
            AUTH + "/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8");
    static final List<String> DEFENDER_PLANS = List.of("VirtualMachines", "StorageAccounts", "SqlServers", "KeyVaults",
            "Containers", "Arm", "AppServices", "CosmosDbs", "OpenSourceRelationalDatabases", "SqlServerVirtualMachines");
    /** The CIS activity log alerts: the plant that leaves each out, and the operation it watches. */
    static final Map<AzurePlant, String> ACTIVITY_ALERTS = activityAlerts();

    private static Map<AzurePlant, String> activityAlerts() {
        Map<AzurePlant, String> m = new LinkedHashMap<>();
        m.put(AzurePlant.ALERT_POLICY_ASSIGNMENT_CREATE_MISSING, "Microsoft.Authorization/policyAssignments/write");
        m.put(AzurePlant.ALERT_POLICY_ASSIGNMENT_DELETE_MISSING, "Microsoft.Authorization/policyAssignments/delete");
        m.put(AzurePlant.ALERT_NSG_WRITE_MISSING, "Microsoft.Network/networkSecurityGroups/write");
        m.put(AzurePlant.ALERT_NSG_DELETE_MISSING, "Microsoft.Network/networkSecurityGroups/delete");
        m.put(AzurePlant.ALERT_SECURITY_SOLUTION_WRITE_MISSING, "Microsoft.Security/securitySolutions/write");
        m.put(AzurePlant.ALERT_SECURITY_SOLUTION_DELETE_MISSING, "Microsoft.Security/securitySolutions/delete");
        m.put(AzurePlant.ALERT_SQL_FIREWALL_WRITE_MISSING, "Microsoft.Sql/servers/firewallRules/write");
        m.put(AzurePlant.ALERT_SQL_FIREWALL_DELETE_MISSING, "Microsoft.Sql/servers/firewallRules/delete");
        m.put(AzurePlant.ALERT_PUBLIC_IP_WRITE_MISSING, "Microsoft.Network/publicIPAddresses/write");
        m.put(AzurePlant.ALERT_PUBLIC_IP_DELETE_MISSING, "Microsoft.Network/publicIPAddresses/delete");
        return m;
    }
    static final String LOCATION = "westeurope";

    private final AzureOrgSpec spec;
    private final SplittableRandom random;
    private final String tenant;
    private final List<AzureManagementGroup> groups = new ArrayList<>();
    private final Map<String, String> parentOf = new LinkedHashMap<>();
    private final List<AzureSubscription> subscriptions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    String tenant() {
        return tenant;
    }

    SplittableRandom random() {
        return random;
    }

    List<Finding> findings() {
        return findings;
    }

    private AzureOrgGenerator(AzureOrgSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.tenant = guid();
    }

    public static AzureSyntheticOrg generate(AzureOrgSpec spec) {
        return new AzureOrgGenerator(spec).build();
    }

    String guid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private AzureSyntheticOrg build() {
        ArrayNode rootRoles = JSON.createArrayNode();
        // An Owner granted to a user at the tenant root: every enabled subscription fails check #3.
        rootRoles.add(roleAssignment("/providers/Microsoft.Management/managementGroups/" + tenant, OWNER, "Owner",
                "User"));
        group(tenant, "Tenant Root Group", null, JSON.createArrayNode(), rootRoles);
        ArrayNode required = JSON.createArrayNode();
        group("mg-platform", "Platform", tenant, requiredAssignments("mg-platform"), JSON.createArrayNode());
        group("mg-landing", "Landing Zones", tenant, requiredAssignments("mg-landing"), JSON.createArrayNode());
        group("mg-corp", "Corp", "mg-landing", required, JSON.createArrayNode());
        String[] names = {"prod-payments", "prod-web", "dev-sandbox", "shared-connectivity", "data-analytics", "legacy-app"};
        String[] parents = {"mg-corp", "mg-landing", "mg-landing", tenant, "mg-platform", "mg-platform"};
        List<String[]> plannedSubs = new ArrayList<>();
        for (int i = 0; i < spec.subscriptions(); i++) {
            String name = i < names.length ? names[i] : "subscription-" + i;
            String parent = i < parents.length ? parents[i] : List.of("mg-corp", "mg-landing", "mg-platform").get(random.nextInt(3));
            boolean disabled = i >= spec.subscriptions() - spec.disabledSubscriptions();
            plannedSubs.add(new String[] {guid(), name, parent, disabled ? "Disabled" : "Enabled"});
        }
        List<String[]> enabled = plannedSubs.stream().filter(s -> s[3].equals("Enabled")).toList();
        List<Set<AzurePlant>> plans = plan(enabled.size());
        for (String[] s : plannedSubs) {
            int index = enabled.indexOf(s);
            subscriptions.add(new AzureSubscriptionGenerator(this, s[0], s[1], s[2], s[3],
                    index < 0 ? EnumSet.noneOf(AzurePlant.class) : plans.get(index)).build());
        }
        EntraDirectory directory = new EntraGenerator(this, !spec.clean()).build();
        return new AzureSyntheticOrg(spec.seed(), tenant, groups, subscriptions, directory, findings);
    }

    private void group(String name, String displayName, String parent, ArrayNode policies, ArrayNode roles) {
        groups.add(new AzureManagementGroup(name, displayName, parent, policies, roles));
        parentOf.put(name, parent);
    }

    private ArrayNode requiredAssignments(String group) {
        ArrayNode out = JSON.createArrayNode();
        String scope = "/providers/Microsoft.Management/managementGroups/" + group;
        String[] names = {"allowed-locations", "require-tag-env", "mcsb"};
        for (int i = 0; i < REQUIRED_POLICIES.size(); i++) {
            out.add(policyAssignment(scope, names[i], REQUIRED_POLICIES.get(i), "Default"));
        }
        return out;
    }

    /** Policy assignments in effect at a subscription: those of every management group above it, nearest last. */
    private List<ObjectNode> inheritedAssignments(String parent) {
        List<ObjectNode> out = new ArrayList<>();
        for (String g = parent; g != null; g = parentOf.get(g)) {
            for (AzureManagementGroup mg : groups) {
                if (mg.name().equals(g)) {
                    mg.policyAssignments().forEach(a -> out.add((ObjectNode) a));
                }
            }
        }
        return out;
    }

    boolean requiredPoliciesInherited(String parent) {
        return inheritedAssignments(parent).stream().map(a -> a.path("properties").path("policyDefinitionId").asText())
                .toList().containsAll(REQUIRED_POLICIES);
    }

    private List<Set<AzurePlant>> plan(int count) {
        List<Set<AzurePlant>> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(EnumSet.noneOf(AzurePlant.class));
        }
        if (count == 0 || spec.clean()) {
            return plans;
        }
        int cursor = 0;
        for (AzurePlant plant : AzurePlant.values()) {
            plans.get(cursor).add(plant);
            cursor = (cursor + 1) % count;
        }
        for (Set<AzurePlant> plan : plans) {
            for (AzurePlant plant : AzurePlant.values()) {
                if (random.nextDouble() < spec.misconfigurationRate()) {
                    plan.add(plant);
                }
            }
        }
        return plans;
    }

    static ObjectNode policyAssignment(String scope, String name, String definition, String mode) {
        ObjectNode a = JSON.createObjectNode().put("id", scope + AUTH + "/policyAssignments/" + name)
                .put("type", "Microsoft.Authorization/policyAssignments").put("name", name);
        a.putObject("properties").put("displayName", name).put("policyDefinitionId", definition)
                .put("scope", scope).put("enforcementMode", mode).putObject("parameters")
                .putObject("workspaceKey").put("value", Canary.token("azure-policy-parameter", scope + "/" + name));
        return a;
    }

    ObjectNode roleAssignment(String scope, String definition, String definitionName, String principalType) {
        String name = guid();
        ObjectNode a = JSON.createObjectNode().put("id", scope + AUTH + "/roleAssignments/" + name)
                .put("type", "Microsoft.Authorization/roleAssignments").put("name", name);
        a.putObject("properties").put("roleDefinitionId", scope.startsWith("/subscriptions/")
                        ? scope.substring(0, scope.indexOf('/', 15) < 0 ? scope.length() : scope.indexOf('/', 15)) + definition
                        : definition)
                .put("principalId", guid()).put("principalType", principalType).put("scope", scope);
        a.put("roleDefinitionName", definitionName); // the fake's own note; ARM answers without it
        return a;
    }
}
