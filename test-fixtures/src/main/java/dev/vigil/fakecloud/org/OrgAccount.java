package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/** A member (or the management) account as Organizations lists it. */
public record OrgAccount(
        String id, String name, String email, String status, String parentId, String arn,
        Instant joinedAt, Map<String, String> tags) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
