package dev.vigil.fakecloud.org;

import java.util.List;

/** The AMIs and EBS snapshots an account owns in one region (issue #11, compute slice 2). */
public record ImageResources(List<MachineImage> images, List<EbsSnapshot> snapshots) {
    public static final ImageResources NONE = new ImageResources(List.of(), List.of());
}
