package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Role definition GUID → role name: the well-known built-in roles, plus every definition listed during the run. */
final class RoleNames {
    private final Map<String, String> byGuid = new ConcurrentHashMap<>(Map.of(
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner",
            "b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor",
            "acdd72a7-3385-48ef-bd42-f606fba81ae7", "Reader",
            "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator"));

    void learn(JsonNode definition) {
        String name = definition.path("properties").path("roleName").asText(null);
        if (name != null) {
            byGuid.put(guid(definition.path("id").asText()), name);
        }
    }

    /** The role name of a {@code roleDefinitionId}, or null when unknown. */
    String nameOf(String roleDefinitionId) {
        return byGuid.get(guid(roleDefinitionId));
    }

    private static String guid(String id) {
        return id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
