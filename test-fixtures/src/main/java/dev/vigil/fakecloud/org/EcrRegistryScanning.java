package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * A registry's scanning configuration (GetRegistryScanningConfiguration).
 *
 * @param scanType {@code BASIC} or {@code ENHANCED}
 */
public record EcrRegistryScanning(String scanType, List<Rule> rules) {
    public static final EcrRegistryScanning DEFAULT = new EcrRegistryScanning("BASIC", List.of());

    /** @param frequency {@code SCAN_ON_PUSH}, {@code CONTINUOUS_SCAN} or {@code MANUAL}; filters are wildcards */
    public record Rule(String frequency, List<String> filters) {
    }
}
