package dev.vigil.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One resource: a line of a target's JSON Lines file.
 *
 * @param unknown the attributes a failed call left absent (empty when every call answered)
 */
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
        ObjectNode attributes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnknownInput> unknown) {

    public ResourceRecord {
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        if (attributes == null) {
            attributes = SnapshotJson.mapper().createObjectNode();
        }
    }

    /** A record whose every input was read. */
    public ResourceRecord(String provider, String accountId, String region, String service, String type, String id,
            String name, String uid, Map<String, String> tags, ObjectNode attributes) {
        this(provider, accountId, region, service, type, id, name, uid, tags, attributes, List.of());
    }

    public ResourceRecord withUnknown(List<UnknownInput> inputs) {
        return new ResourceRecord(provider, accountId, region, service, type, id, name, uid, tags, attributes, inputs);
    }
}
