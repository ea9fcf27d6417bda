package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EBS snapshot the account owns.
 *
 * @param kmsKeyArn null when not encrypted
 * @param isPublic createVolumePermission holds the group {@code all}
 * @param sharedWith account ids in createVolumePermission
 */
public record EbsSnapshot(String id, String volumeId, int sizeGiB, boolean encrypted, String kmsKeyArn,
        boolean isPublic, List<String> sharedWith, String description, Instant started, Map<String, String> tags) {
}
