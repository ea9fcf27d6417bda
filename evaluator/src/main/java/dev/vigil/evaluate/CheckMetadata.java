package dev.vigil.evaluate;

import java.util.List;

/**
 * What a check is, from its policy's {@code # METADATA} block.
 *
 * @param id         {@code <service>_<resource>_<property>}, equal to the policy's folder name
 * @param entrypoint the Rego document holding the deny set, e.g. {@code vigil/aws/iam/iam_root_mfa_enabled/deny}
 * @param source     the policy file, relative to the policy root
 */
public record CheckMetadata(
        String id,
        String provider,
        String service,
        String title,
        String description,
        Severity severity,
        List<String> resourceTypes,
        String risk,
        Remediation remediation,
        List<String> categories,
        String entrypoint,
        String source) {

    public CheckMetadata {
        resourceTypes = List.copyOf(resourceTypes);
        categories = List.copyOf(categories);
    }
}
