package dev.vigil.fakecloud.org;

import java.util.List;

/** The secrets and messaging resources of one region (issue #11, secrets and messaging slice). */
public record MessagingResources(List<Secret> secrets, List<Queue> queues, List<SsmDocument> documents,
        boolean documentPublicSharing, List<EventBus> buses) {
    public static final MessagingResources NONE = new MessagingResources(List.of(), List.of(), List.of(), false,
            List.of());
}
