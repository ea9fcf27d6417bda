package dev.vigil.evaluate;

import java.util.List;
import java.util.Map;

/**
 * Everything the reports need: the checks that ran, the findings, the frameworks, and what the
 * collection could and could not see.
 */
public record ScanResult(
        String scanId,
        String toolVersion,
        String startedAt,
        String finishedAt,
        List<AccountInfo> accounts,
        List<GapInfo> gaps,
        List<CheckMetadata> checks,
        List<Framework> frameworks,
        List<Finding> findings,
        List<FixedFinding> fixed) {

    public ScanResult {
        accounts = List.copyOf(accounts);
        gaps = List.copyOf(gaps);
        checks = List.copyOf(checks);
        frameworks = List.copyOf(frameworks);
        findings = List.copyOf(findings);
        fixed = List.copyOf(fixed);
    }

    /** An account / project / subscription as the collection saw it. */
    public record AccountInfo(String provider, String id, String name, String status,
                              List<String> ouPathNames, Map<String, String> tags) {
        public AccountInfo {
            ouPathNames = List.copyOf(ouPathNames);
            tags = Map.copyOf(tags);
        }
    }

    /** A part of the estate the collection could not read. */
    public record GapInfo(String provider, String accountId, String region, String service,
                          String operation, String errorCode, String message) {}

    /** A FAIL in the baseline that no longer fails. */
    public record FixedFinding(String checkId, String resourceUid, String accountUid, String fingerprint) {}
}
