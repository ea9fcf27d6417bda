package dev.vigil.fakecloud.org;

import java.util.List;

/** The secrets, messaging and management resources of one region (issue #11): Secrets Manager, SQS, SSM, EventBridge. */
public record MessagingResources(List<Secret> secrets, List<Queue> queues, List<SsmDocument> documents,
        boolean documentPublicSharing, List<EventBus> buses) {
    public static final MessagingResources NONE = new MessagingResources(List.of(), List.of(), List.of(), false,
            List.of());
}
