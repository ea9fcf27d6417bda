package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * What to generate: the shape of a synthetic AWS organization.
 *
 * @param accounts           number of accounts including the management account
 * @param regions            enabled regions
 * @param seed               generation seed; the same spec and clock give the same org
 * @param ouDepth            levels of nested OUs below the root (at least 1)
 * @param suspendedAccounts  accounts in state SUSPENDED (never the management account)
 * @param scannerRoleName    the role that AssumeRole may enter in every account
 * @param resourcesPerRegion size knob for per-region resources (instances, volumes, keys, ...)
 * @param misconfigurationRate probability, per account and plant kind, of an extra planted misconfiguration
 */
public record OrgSpec(
        int accounts,
        List<String> regions,
        long seed,
        int ouDepth,
        int suspendedAccounts,
        String scannerRoleName,
        int resourcesPerRegion,
        double misconfigurationRate) {

    public static final List<String> DEFAULT_REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1");
    public static final String DEFAULT_SCANNER_ROLE = "VigilScanner";

    public OrgSpec {
        if (accounts < 1) {
            throw new IllegalArgumentException("accounts must be >= 1, got " + accounts);
        }
        regions = List.copyOf(regions == null || regions.isEmpty() ? DEFAULT_REGIONS : regions);
        if (ouDepth < 1) {
            throw new IllegalArgumentException("ouDepth must be >= 1, got " + ouDepth);
        }
        if (suspendedAccounts < 0 || suspendedAccounts >= accounts) {
            throw new IllegalArgumentException("suspendedAccounts must be in [0, accounts), got " + suspendedAccounts);
        }
        scannerRoleName = scannerRoleName == null || scannerRoleName.isBlank() ? DEFAULT_SCANNER_ROLE : scannerRoleName;
        if (resourcesPerRegion < 1) {
            throw new IllegalArgumentException("resourcesPerRegion must be >= 1, got " + resourcesPerRegion);
        }
        if (misconfigurationRate < 0 || misconfigurationRate > 1) {
            throw new IllegalArgumentException("misconfigurationRate must be in [0, 1], got " + misconfigurationRate);
        }
    }

    /** The built-in demo org: 12 accounts, 3 levels of OUs, 1 suspended, 3 regions, every plantable check planted. */
    public static OrgSpec demo() {
        return new OrgSpec(12, DEFAULT_REGIONS, 42L, 3, 1, DEFAULT_SCANNER_ROLE, 1, 0.05);
    }

    /** A large org for benchmarks: {@code accounts} accounts in the given regions, few suspended. */
    public static OrgSpec of(int accounts, List<String> regions, long seed) {
        return new OrgSpec(accounts, regions, seed, 3, accounts >= 20 ? accounts / 50 : 0,
                DEFAULT_SCANNER_ROLE, 1, 0.05);
    }
}
