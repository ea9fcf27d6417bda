package dev.vigil.rego.engine;

import dev.vigil.rego.compile.UnsafeBuiltins;
import java.util.Set;

/**
 * What policies may not call when they judge a snapshot: a scan must give the same findings from
 * the same snapshot, so the builtins that reach the network or read the scanner's environment are
 * refused when the policies are compiled. {@code vigil rego eval/test/check} keep them, as
 * {@code opa eval} does.
 */
public final class ScanCapabilities {
    /** {@code http.send} and {@code net.lookup_ip_addr} (network); {@code opa.runtime} (environment variables, config). */
    public static final UnsafeBuiltins REFUSED = new UnsafeBuiltins(
            Set.of("http.send", "net.lookup_ip_addr", "opa.runtime"),
            "refused in scans: policies judge the snapshot only, without network or environment");

    private ScanCapabilities() {}
}
