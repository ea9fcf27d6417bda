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
        List<FixedFinding> fixed,
        String snapshotStatus) {

    /** Accounts in these states were not (fully) collected: nothing about them can be called clean. */
    public static final java.util.Set<String> NOT_COLLECTED = java.util.Set.of("PENDING", "RUNNING", "FAILED");

    public ScanResult {
        snapshotStatus = snapshotStatus == null ? "COMPLETE" : snapshotStatus;
        accounts = List.copyOf(accounts);
        gaps = List.copyOf(gaps);
        checks = List.copyOf(checks);
        frameworks = List.copyOf(frameworks);
        findings = List.copyOf(findings);
        fixed = List.copyOf(fixed);
    }

    /** A scan of a finished snapshot. */
    public ScanResult(String scanId, String toolVersion, String startedAt, String finishedAt, List<AccountInfo> accounts,
            List<GapInfo> gaps, List<CheckMetadata> checks, List<Framework> frameworks, List<Finding> findings,
            List<FixedFinding> fixed) {
        this(scanId, toolVersion, startedAt, finishedAt, accounts, gaps, checks, frameworks, findings, fixed, "COMPLETE");
    }

    /** The accounts the collection did not finish (FAILED, or still PENDING when it stopped). */
    public List<AccountInfo> notCollected() {
        return accounts.stream().filter(a -> NOT_COLLECTED.contains(a.status())).toList();
    }

    /**
     * Whether the scan saw less than it was asked to: a target not collected, a snapshot that never finished, or an
     * org tree whose accounts could not all be listed (accounts never discovered cannot be named, let alone judged).
     */
    public boolean incomplete() {
        return "RUNNING".equals(snapshotStatus) || !notCollected().isEmpty() || gaps.stream()
                .anyMatch(g -> g.resourceTypes().contains(g.provider() + ".account"));
    }

    public ScanResult withFindings(List<Finding> replaced, List<FixedFinding> fixedOnes) {
        return new ScanResult(scanId, toolVersion, startedAt, finishedAt, accounts, gaps, checks, frameworks, replaced,
                fixedOnes, snapshotStatus);
    }

    /** An account / project / subscription as the collection saw it. */
    public record AccountInfo(String provider, String id, String name, String status,
                              List<String> ouPathNames, Map<String, String> tags) {
        public AccountInfo {
            ouPathNames = List.copyOf(ouPathNames);
            tags = Map.copyOf(tags);
        }
    }

    /** A part of the estate the collection could not read; {@code resourceTypes}: what it left unlisted. */
    public record GapInfo(String provider, String accountId, String region, String service,
                          String operation, String errorCode, String message, List<String> resourceTypes) {
        public GapInfo {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        }

        public GapInfo(String provider, String accountId, String region, String service, String operation,
                       String errorCode, String message) {
            this(provider, accountId, region, service, operation, errorCode, message, List.of());
        }

        /** {@code service:Operation ErrorCode in account/region}, for messages. */
        public String describe() {
            return service + ":" + operation + " " + errorCode + " in " + accountId + "/" + region;
        }
    }

    /** A FAIL in the baseline that no longer fails. */
    public record FixedFinding(String checkId, String resourceUid, String accountUid, String fingerprint) {}
}
