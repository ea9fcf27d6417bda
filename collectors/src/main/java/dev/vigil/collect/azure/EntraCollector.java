package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects a tenant's Entra ID settings from Microsoft Graph into the tenant's own target: one
 * {@code azure.entra.tenant} record (security defaults, authorization policy, Conditional Access policies, named
 * locations, Global Administrator holders) and one {@code azure.entra.user} record per user with their MFA
 * registration. Tenant-wide settings are judged once per tenant, not once per subscription.
 */
final class EntraCollector {
    static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    static final List<String> CALLS = List.of("GetSecurityDefaults", "GetAuthorizationPolicy",
            "ListConditionalAccessPolicies", "ListNamedLocations", "ListRoleAssignments", "ListUsers",
            "ListUserRegistrationDetails");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REGISTRATION = List.of("isAdmin", "isMfaRegistered", "isMfaCapable");

    private final GraphClient graph;
    private final String tenantId;
    private final AzureCalls calls;

    EntraCollector(GraphClient graph, String tenantId) {
        this.graph = graph;
        this.tenantId = tenantId;
        this.calls = new AzureCalls(tenantId);
    }

    List<Gap> gaps() {
        return calls.gaps();
    }

    List<ResourceRecord> collect() {
        List<ResourceRecord> out = new ArrayList<>();
        out.add(tenantRecord());
        out.addAll(users());
        return out;
    }

    private ResourceRecord tenantRecord() {
        ObjectNode a = JSON.createObjectNode().put("tenantId", tenantId);
        List<UnknownInput> unknown = new ArrayList<>();
        JsonNode defaults = call("GetSecurityDefaults", () -> graph.get("/policies/identitySecurityDefaultsEnforcementPolicy"),
                List.of(), "securityDefaults", unknown);
        if (defaults != null) {
            a.putObject("securityDefaults").set("isEnabled", defaults.path("isEnabled"));
        }
        JsonNode authorization = call("GetAuthorizationPolicy", () -> graph.get("/policies/authorizationPolicy"),
                List.of(), "authorizationPolicy", unknown);
        if (authorization != null) {
            ObjectNode kept = a.putObject("authorizationPolicy");
            for (String key : List.of("allowInvitesFrom", "guestUserRoleId", "allowedToSignUpEmailBasedSubscriptions",
                    "allowEmailVerifiedUsersToJoinOrganization", "blockMsolPowerShell", "defaultUserRolePermissions")) {
                if (authorization.has(key)) {
                    kept.set(key, authorization.get(key));
                }
            }
        }
        List<JsonNode> policies = call("ListConditionalAccessPolicies",
                () -> graph.list("/identity/conditionalAccess/policies"), List.of(), "conditionalAccessPolicies", unknown);
        if (policies != null) {
            ArrayNode kept = a.putArray("conditionalAccessPolicies");
            for (JsonNode p : policies) {
                ObjectNode k = kept.addObject().put("id", p.path("id").asText())
                        .put("displayName", p.path("displayName").asText()).put("state", p.path("state").asText());
                k.set("conditions", p.path("conditions"));
                k.set("grantControls", p.path("grantControls"));
            }
        }
        List<JsonNode> locations = call("ListNamedLocations", () -> graph.list("/identity/conditionalAccess/namedLocations"),
                List.of(), "namedLocations", unknown);
        if (locations != null) {
            ArrayNode kept = a.putArray("namedLocations");
            for (JsonNode l : locations) {
                // the ranges and countries stay out: which locations exist and whether they are trusted is enough
                String type = l.path("@odata.type").asText().replace("#microsoft.graph.", "");
                ObjectNode k = kept.addObject().put("id", l.path("id").asText())
                        .put("displayName", l.path("displayName").asText()).put("type", type);
                if (l.has("isTrusted")) {
                    k.set("isTrusted", l.get("isTrusted"));
                }
            }
        }
        List<JsonNode> admins = call("ListRoleAssignments", () -> graph.list(
                        "/roleManagement/directory/roleAssignments?$filter=roleDefinitionId%20eq%20'" + GLOBAL_ADMINISTRATOR
                                + "'&$expand=principal"), List.of(), "globalAdministrators", unknown);
        if (admins != null) {
            ArrayNode kept = a.putArray("globalAdministrators");
            for (JsonNode r : admins) {
                JsonNode principal = r.path("principal");
                kept.addObject().put("principalId", r.path("principalId").asText())
                        .put("principalType", principal.path("@odata.type").asText().replace("#microsoft.graph.", ""))
                        .put("userPrincipalName", principal.path("userPrincipalName").asText(null))
                        .put("directoryScopeId", r.path("directoryScopeId").asText("/"));
            }
        }
        String uid = "/tenants/" + tenantId;
        return new ResourceRecord("azure", tenantId, Gap.GLOBAL, "entra", "azure.entra.tenant", tenantId,
                "Entra ID tenant " + tenantId, uid, Map.of(), a).withUnknown(unknown);
    }

    private List<ResourceRecord> users() {
        List<JsonNode> users = call("ListUsers",
                () -> graph.list("/users?$select=id,userPrincipalName,userType,accountEnabled,createdDateTime"),
                List.of("azure.entra.user"), null, null);
        if (users == null) {
            return List.of();
        }
        List<UnknownInput> registrationUnknown = new ArrayList<>();
        List<JsonNode> details = call("ListUserRegistrationDetails",
                () -> graph.list("/reports/authenticationMethods/userRegistrationDetails"), List.of(), "isMfaRegistered",
                registrationUnknown);
        Map<String, JsonNode> byId = new HashMap<>();
        if (details != null) {
            details.forEach(d -> byId.put(d.path("id").asText(), d));
        }
        List<ResourceRecord> out = new ArrayList<>();
        for (JsonNode u : users) {
            String id = u.path("id").asText();
            ObjectNode a = JSON.createObjectNode().put("id", id)
                    .put("userPrincipalName", u.path("userPrincipalName").asText())
                    .put("userType", u.path("userType").asText("Member"));
            a.set("accountEnabled", u.path("accountEnabled"));
            if (u.has("createdDateTime")) {
                a.set("createdDateTime", u.get("createdDateTime"));
            }
            List<UnknownInput> unknown = new ArrayList<>();
            JsonNode detail = byId.get(id);
            if (detail != null) {
                REGISTRATION.forEach(key -> a.set(key, detail.path(key)));
            } else {
                UnknownInput cause = details == null ? registrationUnknown.get(0)
                        : new UnknownInput("isMfaRegistered", "graph", "ListUserRegistrationDetails", "NotReported");
                REGISTRATION.forEach(key -> unknown.add(new UnknownInput(key, cause.service(), cause.operation(),
                        cause.errorCode())));
            }
            out.add(new ResourceRecord("azure", tenantId, Gap.GLOBAL, "entra", "azure.entra.user", id,
                    u.path("userPrincipalName").asText(id), "/tenants/" + tenantId + "/users/" + id, Map.of(), a)
                    .withUnknown(unknown));
        }
        return out;
    }

    private <T> T call(String operation, Supplier<T> call, List<String> types, String attribute,
                       List<UnknownInput> unknown) {
        return calls.call("graph", operation, call, types, attribute, unknown);
    }
}
