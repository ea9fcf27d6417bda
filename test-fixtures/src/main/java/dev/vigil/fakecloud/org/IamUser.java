package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

/** @param passwordLastUsed null means {@code no_information} */
public record IamUser(String name, String id, String arn, Instant created, boolean passwordEnabled,
        Instant passwordLastUsed, boolean mfa, List<AccessKey> keys, List<InlinePolicy> inlinePolicies,
        List<String> attachedPolicyArns, List<String> groups) {
}
