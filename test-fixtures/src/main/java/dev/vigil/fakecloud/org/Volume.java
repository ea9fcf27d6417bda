package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/** @param instanceId null when not attached */
public record Volume(String id, String availabilityZone, int sizeGiB, boolean encrypted, String kmsKeyArn,
        String instanceId, Instant created, Map<String, String> tags) {
}
