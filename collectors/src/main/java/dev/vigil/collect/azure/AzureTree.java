package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.snapshot.Gap;
import java.util.List;
import java.util.Map;

/** What discovery found: management groups below the tenant root and the subscriptions, with MG-level policies. */
record AzureTree(String tenantId, List<Group> groups, List<Subscription> subscriptions,
                 Map<String, List<JsonNode>> policyAssignments, Map<String, List<JsonNode>> roleAssignments,
                 List<Gap> gaps) {

    record Group(String name, String displayName, String parent) {
    }

    record Subscription(String id, String displayName, String state, String parent, Map<String, String> tags,
                        JsonNode json) {
    }

    /** Group names from the tenant root down to {@code parent}. */
    List<String> pathTo(String parent) {
        java.util.LinkedList<String> path = new java.util.LinkedList<>();
        for (String current = parent; current != null && path.size() < 64; ) {
            path.addFirst(current);
            String next = null;
            for (Group g : groups) {
                if (g.name().equals(current)) {
                    next = g.parent();
                }
            }
            current = next;
        }
        return List.copyOf(path);
    }
}
