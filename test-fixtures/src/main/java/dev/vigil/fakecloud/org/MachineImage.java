package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/**
 * An AMI the account owns (EBS-backed, one root device).
 *
 * @param isPublic the image's launch permission includes the group {@code all}
 * @param snapshotId the root device's snapshot, one of the region's {@link EbsSnapshot}s
 */
public record MachineImage(String id, String name, boolean isPublic, String snapshotId, int sizeGiB, Instant created,
        Map<String, String> tags) {
}
