package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Redaction;
import java.util.List;
import java.util.Set;

/**
 * Policy assignments as stored: their {@code properties.parameters} are free-form (a parameter can be a workspace
 * key, a connection string, a list of addresses), so each parameter keeps its name and the {@code present} /
 * {@code sha256} of its {@code value}, never the value (docs/snapshot.md, "Free-form values").
 */
final class PolicyAssignments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyAssignments() {}

    static List<JsonNode> redacted(List<JsonNode> assignments) {
        return assignments.stream().map(PolicyAssignments::redacted).toList();
    }

    static JsonNode redacted(JsonNode assignment) {
        JsonNode parameters = assignment.path("properties").path("parameters");
        if (parameters.isMissingNode() || parameters.isNull()) {
            return assignment;
        }
        ObjectNode copy = assignment.deepCopy();
        ObjectNode properties = (ObjectNode) copy.get("properties");
        if (!parameters.isObject()) {
            properties.set("parameters", Redaction.fingerprint(parameters));
            return copy;
        }
        ObjectNode values = JSON.createObjectNode();
        parameters.fields().forEachRemaining(e -> values.set(e.getKey(), e.getValue().path("value")));
        properties.set("parameters", Redaction.map(values, Set.of()));
        return copy;
    }
}
