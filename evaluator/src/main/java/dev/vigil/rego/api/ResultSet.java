package dev.vigil.rego.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.value.Values;
import java.util.List;

/** All solutions of a query. */
public record ResultSet(
        List<Result> results, List<String> expressionTexts, List<Location> expressionLocations) {
    public ResultSet(List<Result> results) {
        this(results, List.of(), List.of());
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    /** OPA's {@code opa eval} JSON shape. */
    public ObjectNode toOpaJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        if (results.isEmpty()) {
            return root;
        }
        ArrayNode arr = root.putArray("result");
        for (Result r : results) {
            ObjectNode o = arr.addObject();
            ArrayNode exprs = o.putArray("expressions");
            for (int i = 0; i < r.expressions().size(); i++) {
                ObjectNode e = exprs.addObject();
                e.set("value", Values.toJson(r.expressions().get(i)));
                e.put("text", i < expressionTexts.size() ? expressionTexts.get(i) : "");
                ObjectNode loc = e.putObject("location");
                Location l = i < expressionLocations.size() ? expressionLocations.get(i) : null;
                loc.put("row", l == null ? 1 : l.line());
                loc.put("col", l == null ? 1 : l.column());
            }
            if (!r.bindings().isEmpty()) {
                ObjectNode b = o.putObject("bindings");
                r.bindings().forEach((k, v) -> b.set(k, Values.toJson(v)));
            }
        }
        return root;
    }
}
