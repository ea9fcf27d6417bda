package dev.vigil.fakecloud.org;

import java.util.List;

/** The secrets and messaging resources of one region (issue #11, secrets and messaging slice). */
public record MessagingResources(List<Secret> secrets, List<Queue> queues) {
    public static final MessagingResources NONE = new MessagingResources(List.of(), List.of());
}
