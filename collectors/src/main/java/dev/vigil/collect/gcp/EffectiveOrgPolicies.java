package dev.vigil.collect.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The org policy in effect on a project, from the policies set on it and on its ancestors (v1 semantics, as
 * {@code getEffectiveOrgPolicy}): walking from the organization down, a boolean policy replaces, {@code
 * restoreDefault} clears, a list policy replaces unless it inherits from its parent, in which case values merge.
 */
final class EffectiveOrgPolicies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EffectiveOrgPolicies() {
    }

    /** @param chain the org policies of each node, organization first, project last */
    static ObjectNode compute(List<ArrayNode> chain) {
        Map<String, ObjectNode> effective = new TreeMap<>();
        for (ArrayNode policies : chain) {
            for (JsonNode p : policies) {
                String constraint = p.path("constraint").asText().replaceFirst("^constraints/", "");
                if (p.has("restoreDefault")) {
                    effective.remove(constraint);
                } else if (p.has("booleanPolicy")) {
                    effective.put(constraint, JSON.createObjectNode()
                            .put("enforce", p.path("booleanPolicy").path("enforced").asBoolean(false)));
                } else if (p.has("listPolicy")) {
                    JsonNode list = p.path("listPolicy");
                    ObjectNode previous = effective.get(constraint);
                    boolean merge = list.path("inheritFromParent").asBoolean(false) && previous != null
                            && previous.has("allowedValues");
                    effective.put(constraint, listValue(list, merge ? previous : null));
                }
            }
        }
        ObjectNode out = JSON.createObjectNode();
        effective.forEach(out::set);
        return out;
    }

    private static ObjectNode listValue(JsonNode list, ObjectNode parent) {
        String all = list.path("allValues").asText("");
        Set<String> allowed = new LinkedHashSet<>();
        Set<String> denied = new LinkedHashSet<>();
        if (parent != null) {
            parent.path("allowedValues").forEach(v -> allowed.add(v.asText()));
            parent.path("deniedValues").forEach(v -> denied.add(v.asText()));
        }
        list.path("allowedValues").forEach(v -> allowed.add(v.asText()));
        list.path("deniedValues").forEach(v -> denied.add(v.asText()));
        ObjectNode out = JSON.createObjectNode();
        out.put("allowAll", "ALLOW".equals(all) || parent != null && parent.path("allowAll").asBoolean(false));
        out.put("denyAll", "DENY".equals(all));
        ArrayNode a = out.putArray("allowedValues");
        allowed.forEach(a::add);
        ArrayNode d = out.putArray("deniedValues");
        denied.forEach(d::add);
        return out;
    }
}
