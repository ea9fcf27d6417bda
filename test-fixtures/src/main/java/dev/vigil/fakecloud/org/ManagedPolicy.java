package dev.vigil.fakecloud.org;

import java.time.Instant;

/** A customer-managed policy with its default version document. */
public record ManagedPolicy(String name, String id, String arn, Instant created, String document,
        int attachmentCount) {
}
