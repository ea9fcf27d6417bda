package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tenant's Entra ID directory as Microsoft Graph v1.0 answers about it.
 *
 * @param roleAssignments Global Administrator role assignments, each with its {@code principal} expanded
 */
public record EntraDirectory(ObjectNode securityDefaults, ObjectNode authorizationPolicy,
                             ArrayNode conditionalAccessPolicies, ArrayNode namedLocations, ArrayNode users,
                             ArrayNode registrationDetails, ArrayNode roleAssignments) {

    public String tenantUid(String tenantId) {
        return "/tenants/" + tenantId;
    }

    public static String userUid(String tenantId, String userId) {
        return "/tenants/" + tenantId + "/users/" + userId;
    }
}
