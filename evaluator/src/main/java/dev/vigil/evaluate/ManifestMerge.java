package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One manifest view over several snapshots (shards of one scan): the org trees once each, every
 * target and gap, the earliest start and the latest finish.
 */
final class ManifestMerge {

    private ManifestMerge() {}

    static JsonNode of(List<JsonNode> manifests) {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("no snapshot to evaluate");
        }
        if (manifests.size() == 1) {
            return manifests.get(0);
        }
        ObjectNode merged = manifests.get(0).deepCopy();
        ArrayNode orgs = merged.putArray("orgs");
        ArrayNode targets = merged.putArray("targets");
        ArrayNode gaps = merged.putArray("gaps");
        Set<String> seenOrgs = new HashSet<>();
        Set<String> seenTargets = new HashSet<>();
        String started = null;
        String finished = null;
        String status = "COMPLETE";
        for (JsonNode m : manifests) {
            for (JsonNode org : m.path("orgs")) {
                if (seenOrgs.add(org.path("provider").asText() + "/" + org.path("id").asText())) {
                    orgs.add(org);
                }
            }
            for (JsonNode t : m.path("targets")) {
                String key = t.path("provider").asText() + "/" + t.path("account_id").asText();
                if (!seenTargets.add(key)) {
                    throw new IllegalArgumentException("account " + key + " appears in more than one snapshot");
                }
                targets.add(t);
            }
            m.path("gaps").forEach(gaps::add);
            status = worse(status, m.path("status").asText("RUNNING"));
            started = min(started, m.path("started_at").asText(null));
            finished = max(finished, m.path("finished_at").asText(null));
        }
        merged.put("started_at", started);
        merged.put("finished_at", finished);
        merged.put("status", status);
        return merged;
    }

    /** RUNNING (a shard never finished) over PARTIAL over COMPLETE. */
    private static String worse(String a, String b) {
        List<String> order = List.of("COMPLETE", "PARTIAL", "RUNNING");
        return order.indexOf(b) > order.indexOf(a) || !order.contains(b) ? (order.contains(b) ? b : "RUNNING") : a;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : (a.compareTo(b) <= 0 ? a : b);
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null ? a : (a.compareTo(b) >= 0 ? a : b);
    }
}
