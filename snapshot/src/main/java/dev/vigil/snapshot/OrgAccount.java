package dev.vigil.snapshot;

import java.util.Map;

/** An account (project, subscription) as the organization lists it. */
public record OrgAccount(
        String id,
        String name,
        String email,
        String status,
        String arn,
        String parentId,
        String joinedAt,
        Map<String, String> tags) {

    public OrgAccount {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tags));
    }
}
