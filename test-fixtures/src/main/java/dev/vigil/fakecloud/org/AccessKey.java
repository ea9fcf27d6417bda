package dev.vigil.fakecloud.org;

import java.time.Instant;

/** @param lastUsed null means {@code N/A} in the credential report */
public record AccessKey(String id, boolean active, Instant lastRotated, Instant lastUsed) {
}
