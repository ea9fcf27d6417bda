package dev.vigil.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** One resource: a line of a target's JSON Lines file. */
public record ResourceRecord(
        String provider,
        String accountId,
        String region,
        String service,
        String type,
        String id,
        String name,
        String uid,
        Map<String, String> tags,
        ObjectNode attributes) {

    public ResourceRecord {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        if (attributes == null) {
            attributes = SnapshotJson.mapper().createObjectNode();
        }
    }
}
