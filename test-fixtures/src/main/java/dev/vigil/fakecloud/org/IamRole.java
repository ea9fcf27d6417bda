package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

public record IamRole(String name, String id, String arn, String path, Instant created, String trustDocument,
        List<InlinePolicy> inlinePolicies, List<String> attachedPolicyArns, Instant lastUsed) {
}
