package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.collect.engine.Redaction;
import dev.vigil.fakecloud.azure.AzureFakeCloud;
import dev.vigil.fakecloud.azure.AzureManagementGroup;
import dev.vigil.fakecloud.azure.AzureOrgGenerator;
import dev.vigil.fakecloud.azure.AzureOrgSpec;
import dev.vigil.fakecloud.azure.AzureSubscription;
import dev.vigil.fakecloud.azure.AzureSyntheticOrg;
import dev.vigil.fakecloud.gcp.GcpAsset;
import dev.vigil.fakecloud.gcp.GcpOrgGenerator;
import dev.vigil.fakecloud.gcp.GcpOrgSpec;
import dev.vigil.fakecloud.gcp.GcpProject;
import dev.vigil.fakecloud.gcp.GcpSyntheticOrg;
import dev.vigil.fakecloud.gcp.GcpTokens;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo fakes serve a distinct canary secret in every free-form field (GCP project and instance metadata:
 * startup scripts, SSH keys, a password under a key of its own; Azure policy assignment parameters). A whole
 * {@code vigil scan --demo}, in its own JVM with every logger at debug, must write none of them anywhere — snapshot
 * (decompressed), findings, SARIF, CSV, HTML, compliance CSVs, inventory, logs — while the snapshot holds the sha256
 * of each value the collector read, which proves the fields were collected and redacted, not skipped.
 */
class SecretScanTest {
    /**
     * Besides the canaries: the credentials the demo fakes hand out (AWS secret keys and session tokens, the Azure
     * client secret, the GCP OAuth client secret, refresh and access tokens) and the canary prefix itself, in case a canary
     * was not enumerated.
     */
    private static final List<String> CREDENTIALS = List.of(Canary.PREFIX, "fake-secret-", "FakeSessionToken",
            AzureFakeCloud.CLIENT_SECRET, GcpTokens.CLIENT_SECRET, GcpTokens.REFRESH_TOKEN, "ya29.fake-");

    @TempDir
    Path work;

    @Test
    void noCanaryReachesAnyOutputAndEveryCollectedOneLeavesItsHash() throws Exception {
        Map<String, String> planted = new TreeMap<>();
        Map<String, String> collected = new TreeMap<>();
        plantedByTheDemo(planted, collected);
        assertThat(planted).hasSizeGreaterThan(40);

        Path out = work.resolve("scan");
        Path log = work.resolve("vigil.log");
        int code = scanAtDebug(out, log);
        assertThat(code).as(Files.readString(log)).isZero();

        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        files.add(log);
        assertThat(files).anyMatch(f -> f.toString().endsWith(".jsonl.gz")).anyMatch(f -> f.toString().endsWith(".sarif"))
                .anyMatch(f -> f.toString().endsWith(".html")).anyMatch(f -> f.toString().endsWith(".csv"))
                .anyMatch(f -> f.toString().endsWith("findings.json"));
        assertThat(Files.readString(log)).as("debug logging was on").contains("DEBUG");

        List<String> hits = new ArrayList<>();
        StringBuilder snapshot = new StringBuilder();
        long bytes = 0;
        for (Path f : files) {
            String text = read(f);
            bytes += text.length();
            if (f.startsWith(out.resolve("snapshot"))) {
                snapshot.append(text);
            }
            for (String token : planted.keySet()) {
                // the token, and its random tail alone, in case a report mangled the prefix
                if (text.contains(token) || text.contains(token.substring(token.lastIndexOf('-') + 1))) {
                    hits.add(out.relativize(f) + ": " + token);
                }
            }
            for (String probe : CREDENTIALS) {
                if (text.contains(probe)) {
                    hits.add(out.relativize(f) + ": " + probe + "…");
                }
            }
        }
        List<String> notCollected = collected.entrySet().stream()
                .filter(e -> !snapshot.toString().contains(Redaction.sha256(e.getValue()))).map(Map.Entry::getKey).toList();
        System.out.printf("secret scan: %d canaries planted (%d in collected targets) + %d credential probes, %d files scanned (%,d bytes"
                        + " decompressed), %d hits, %d collected values without their sha256%n", planted.size(),
                collected.size(), CREDENTIALS.size() - 1, files.size(), bytes, hits.size(), notCollected.size());
        assertThat(hits).as("canaries found in outputs").isEmpty();
        assertThat(notCollected).as("canaries whose field was not collected (no sha256 in the snapshot)").isEmpty();
    }

    /** Canary token → served value, for every canary of the demo fakes, and for those a correct collector reads. */
    private static void plantedByTheDemo(Map<String, String> planted, Map<String, String> collected) {
        GcpSyntheticOrg gcp = GcpOrgGenerator.generate(GcpOrgSpec.demo());
        for (GcpAsset asset : gcp.assets()) {
            Canary.collect(asset.data(), planted);
            GcpProject project = gcp.projectOf(asset);
            if (project != null && project.active()) {
                Canary.collect(asset.data(), collected);
            }
        }
        AzureSyntheticOrg azure = AzureOrgGenerator.generate(AzureOrgSpec.demo());
        for (AzureManagementGroup group : azure.managementGroups()) {
            Canary.collect(group.policyAssignments(), planted);
            Canary.collect(group.policyAssignments(), collected);
        }
        for (AzureSubscription sub : azure.subscriptions()) {
            Canary.collect(sub.ownAssignments(), planted);
            if (sub.enabled()) {
                Canary.collect(sub.ownAssignments(), collected);
            }
        }
        // AWS: Lambda environment values
        SyntheticOrg aws = SyntheticOrgGenerator.generate(OrgSpec.demo());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (OrgAccount account : aws.accounts()) {
            aws.resources(account.id()).ifPresent(r -> r.regions().values().forEach(rr -> rr.compute().functions()
                    .forEach(f -> {
                        Canary.collect(json.valueToTree(f.environment()), planted);
                        if (account.active()) {
                            Canary.collect(json.valueToTree(f.environment()), collected);
                        }
                    })));
        }
    }

    /** {@code vigil scan --demo} in a JVM of its own, SLF4J and java.util.logging at debug, both to {@code log}. */
    private int scanAtDebug(Path out, Path log) throws Exception {
        Path jul = work.resolve("logging.properties");
        Files.writeString(jul, "handlers=java.util.logging.ConsoleHandler\n.level=FINE\n"
                + "java.util.logging.ConsoleHandler.level=FINE\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + jul,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"));
        for (String quiet : List.of("com.microsoft.aad", "com.azure", "io.netty", "reactor")) {
            command.add("-Dorg.slf4j.simpleLogger.log." + quiet + "=debug");
        }
        command.addAll(List.of(Main.class.getName(), "scan", "--demo", "--out", out.toString(), "--fail-on", "none"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("vigil scan --demo did not finish in 10 minutes");
        }
        return process.exitValue();
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            InputStream plain = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(plain.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
