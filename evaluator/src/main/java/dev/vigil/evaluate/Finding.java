package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one check on one resource. PASS findings are kept as audit evidence.
 *
 * @param fingerprint  stable across runs: derived from check id + resource uid only
 * @param frameworks   framework id (e.g. {@code cis-aws-5.0}) to the requirement ids it maps to
 * @param evidence     what the policy pointed at (JSON), or null
 * @param muteReason   the waiver's reason when MUTED, else null
 * @param delta        NEW / UNCHANGED against a baseline, or null without one
 */
public record Finding(
        String checkId,
        String checkTitle,
        Status status,
        String statusExtended,
        Severity severity,
        String provider,
        String accountUid,
        String accountName,
        String region,
        String service,
        String resourceType,
        String resourceUid,
        String resourceName,
        Map<String, String> resourceTags,
        JsonNode evidence,
        String fingerprint,
        Map<String, List<String>> frameworks,
        String muteReason,
        String delta,
        String timestamp) {

    public Finding {
        resourceTags = Map.copyOf(resourceTags);
        frameworks = Map.copyOf(frameworks);
    }

    public Finding withStatusExtended(String text) {
        return new Finding(checkId, checkTitle, status, text, severity, provider, accountUid, accountName, region,
                service, resourceType, resourceUid, resourceName, resourceTags, evidence, fingerprint, frameworks,
                muteReason, delta, timestamp);
    }
}
