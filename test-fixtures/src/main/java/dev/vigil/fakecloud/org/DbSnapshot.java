package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/** A manual RDS DB snapshot; {@code isPublic}: its {@code restore} attribute holds {@code all}. */
public record DbSnapshot(String id, String instanceId, String engine, boolean encrypted, boolean isPublic,
        Instant created, Map<String, String> tags) {

    public String arn(String region, String accountId) {
        return "arn:aws:rds:" + region + ":" + accountId + ":snapshot:" + id;
    }
}
