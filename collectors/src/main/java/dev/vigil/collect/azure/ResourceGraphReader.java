package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads every covered resource type of many subscriptions in a few paged Resource Graph queries, and dispatches
 * the rows to their subscription.
 */
final class ResourceGraphReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBSCRIPTIONS_PER_QUERY = 1000; // Resource Graph's own limit per request

    private final ArmClient arm;

    ResourceGraphReader(ArmClient arm) {
        this.arm = arm;
    }

    /** Subscription id (lower case) → its rows. Throws {@link ArmException} when Resource Graph refuses. */
    Map<String, List<JsonNode>> read(List<String> subscriptions) {
        List<String> types = new ArrayList<>(SubscriptionCollector.GRAPH_TYPES.keySet());
        types.add(SubscriptionCollector.FLOW_LOGS);
        types.add(SubscriptionCollector.NETWORK_INTERFACES);
        types.add(SubscriptionCollector.NETWORK_WATCHERS);
        String query = "Resources | where type in~ (" + types.stream().sorted().map(t -> "'" + t + "'")
                .collect(Collectors.joining(", ")) + ") | project id, name, type, location, resourceGroup, "
                + "subscriptionId, tenantId, tags, properties, kind, sku, identity";
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (int from = 0; from < subscriptions.size(); from += SUBSCRIPTIONS_PER_QUERY) {
            List<String> batch = subscriptions.subList(from, Math.min(subscriptions.size(), from + SUBSCRIPTIONS_PER_QUERY));
            String skipToken = null;
            do {
                ObjectNode body = JSON.createObjectNode().put("query", query);
                ArrayNode subs = body.putArray("subscriptions");
                batch.forEach(subs::add);
                ObjectNode options = body.putObject("options").put("resultFormat", "objectArray").put("$top", 1000);
                if (skipToken != null) {
                    options.put("$skipToken", skipToken);
                }
                JsonNode page = arm.query("/providers/Microsoft.ResourceGraph/resources", "2022-10-01", body);
                for (JsonNode row : page.path("data")) {
                    out.computeIfAbsent(row.path("subscriptionId").asText().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(row);
                }
                skipToken = page.path("$skipToken").asText(null);
            } while (skipToken != null && !skipToken.isEmpty());
        }
        return out;
    }
}
