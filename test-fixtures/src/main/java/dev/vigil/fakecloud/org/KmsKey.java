package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.Map;

/** A KMS key; AWS-managed keys ({@code customerManaged == false}) are listed but not collected. */
public record KmsKey(String id, String arn, boolean customerManaged, String alias, String description,
        boolean rotationEnabled, String policy, Instant created, Map<String, String> tags) {
}
