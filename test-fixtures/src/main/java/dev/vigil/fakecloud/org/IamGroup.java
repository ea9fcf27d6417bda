package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

public record IamGroup(String name, String id, String arn, Instant created, List<InlinePolicy> inlinePolicies,
        List<String> attachedPolicyArns) {
}
