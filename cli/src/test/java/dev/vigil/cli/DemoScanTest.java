package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.ScanResult;
import dev.vigil.evaluate.Status;
import dev.vigil.report.json.FindingsJsonReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: the fake cloud, collection through the real SDK clients,
 * the built-in policy library, every report — and the findings equal the generator's ground truth.
 */
class DemoScanTest {
    @TempDir
    static Path work;

    static Path out;
    static int exitCode;
    static String stdout;

    @BeforeAll
    static void scanTheDemoOrganization() {
        out = work.resolve("demo-out");
        Captured run = Captured.run("scan", "--demo", "--out", out.toString(), "--fail-on", "none");
        exitCode = run.code();
        stdout = run.out();
    }

    @Test
    void everyTypeTheCollectorsWriteIsAKnownResourceType() {
        Set<String> types = new java.util.TreeSet<>();
        dev.vigil.snapshot.SnapshotReader.open(out.resolve("snapshot")).forEachRecord(r -> types.add(r.type()));
        assertThat(types).hasSizeGreaterThan(30)
                .allSatisfy(t -> assertThat(dev.vigil.snapshot.ResourceTypes.known(t)).as(t).isTrue());
    }

    @Test
    void failFindingsEqualTheGroundTruthExactly() throws Exception {
        assertThat(exitCode).as(stdout).isZero();
        ScanResult result = read(out.resolve("findings.json"));
        GroundTruthCheck truth = GroundTruthCheck.compare(out.resolve("snapshot/ground-truth.json"), result.findings());
        assertThat(truth.planted()).hasSizeGreaterThan(40);
        assertThat(truth.falsePositives()).as("FAIL findings that were not planted").isEmpty();
        assertThat(truth.missed()).as("planted misconfigurations not found").isEmpty();
        assertThat(stdout).contains("precision 100.0%, recall 100.0%");
    }

    @Test
    void everyCheckRanAndNoneErred() throws Exception {
        ScanResult result = read(out.resolve("findings.json"));
        assertThat(result.findings()).noneMatch(f -> f.status() == Status.ERROR);
        Set<String> checksWithFindings = result.findings().stream().map(Finding::checkId).collect(Collectors.toSet());
        assertThat(checksWithFindings).hasSize(result.checks().size());
        assertThat(result.findings()).anyMatch(f -> f.status() == Status.PASS);
    }

    @Test
    void writesEveryReport() {
        for (String f : List.of("findings.json", "findings.csv", "report.html", "vigil-aws.sarif",
                "snapshot/manifest.json")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        assertThat(out.resolve("inventory/aws")).isDirectory();
        assertThat(out.resolve("compliance")).isDirectory();
    }

    @Test
    void reEvaluatingTheSnapshotOfflineGivesTheSameFindings() throws Exception {
        Path again = work.resolve("again");
        Captured run = Captured.run("evaluate", "--snapshot", out.resolve("snapshot").toString(),
                "--out", again.toString(), "--fail-on", "none", "--threads", "1",
                "--baseline", out.resolve("findings.json").toString());
        assertThat(run.code()).as(run.err()).isZero();
        ScanResult first = read(out.resolve("findings.json"));
        ScanResult second = read(again.resolve("findings.json"));
        assertThat(fingerprints(second, Status.FAIL)).isEqualTo(fingerprints(first, Status.FAIL));
        assertThat(fingerprints(second, Status.PASS)).isEqualTo(fingerprints(first, Status.PASS));
        assertThat(second.findings()).filteredOn(f -> f.status() == Status.FAIL)
                .allMatch(f -> "UNCHANGED".equals(f.delta()));
        assertThat(second.fixed()).isEmpty();
    }

    /**
     * {@code --wasm-bundle}: the demo org's data (org tree, settings) is handed to the bundle. The only OPA-compiled
     * module at hand is opa-java-wasm's demo policy, which holds none of the checks, so every verdict is an ERROR
     * naming the entrypoints the bundle has, and the exit code is 2: never a silent PASS.
     */
    @Test
    void aWasmBundleWithoutTheChecksGivesErrorsNamingItsEntrypoints() throws Exception {
        Path wasm;
        try (InputStream in = DemoScanTest.class.getResourceAsStream("/demo-policy.wasm")) {
            wasm = Files.write(work.resolve("policy.wasm"), in.readAllBytes());
        }
        Path wasmOut = work.resolve("wasm");
        Captured run = Captured.run("evaluate", "--snapshot", out.resolve("snapshot").toString(),
                "--wasm-bundle", wasm.toString(), "--out", wasmOut.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(read(wasmOut.resolve("findings.json")).findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.ERROR);
            assertThat(f.statusExtended()).contains("unknown entrypoint").contains("opa/wasm/test/allowed");
        });
    }

    @Test
    void failOnDecidesTheExitCode() {
        Captured critical = Captured.run("evaluate", "--snapshot", out.resolve("snapshot").toString(),
                "--out", work.resolve("exit").toString(), "--fail-on", "critical", "--format", "json");
        assertThat(critical.code()).isEqualTo(1);
        Captured none = Captured.run("evaluate", "--snapshot", out.resolve("snapshot").toString(),
                "--out", work.resolve("exit2").toString(), "--fail-on", "none", "--format", "json");
        assertThat(none.code()).isZero();
    }

    @Test
    void waiversMuteMatchingFailuresAndKeepThem() throws Exception {
        ScanResult first = read(out.resolve("findings.json"));
        Finding victim = first.findings().stream().filter(f -> f.status() == Status.FAIL).findFirst().orElseThrow();
        Path config = work.resolve("vigil.yaml");
        Files.writeString(config, """
                waivers:
                  - check: %s
                    resource: "%s"
                    reason: accepted by the risk board
                    expires: %s
                  - check: %s
                    resource: "arn:aws:nothing:*"
                    reason: expired long ago
                    expires: 2001-01-01
                """.formatted(victim.checkId(), victim.resourceUid(), java.time.LocalDate.now().plusDays(30),
                victim.checkId()));
        Path muted = work.resolve("muted");
        Captured run = Captured.run("evaluate", "--config", config.toString(), "--snapshot",
                out.resolve("snapshot").toString(), "--out", muted.toString(), "--fail-on", "none", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("expired on 2001-01-01");
        assertThat(run.out()).contains("waivers muted 1 finding");
        Finding after = read(muted.resolve("findings.json")).findings().stream()
                .filter(f -> f.fingerprint().equals(victim.fingerprint())).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(Status.MUTED);
        assertThat(after.muteReason()).isEqualTo("accepted by the risk board");
    }

    @Test
    void waiverAndSettingMistakesAreErrorsAtTheirLineNotSilentDefaults() throws Exception {
        String check = read(out.resolve("findings.json")).findings().get(0).checkId();
        String soon = java.time.LocalDate.now().plusDays(10).toString();
        String waiver = "waivers:\n  - check: %s\n    reason: r\n    expires: %s\n";
        Map<String, String> mistakes = new java.util.LinkedHashMap<>();
        mistakes.put(waiver.formatted("\"*\"", soon), ":2:5: waivers[0].check: '*' is a wildcard");
        mistakes.put(waiver.formatted(check + "x", soon), ":2:5: waivers[0].check: there is no check '" + check
                + "x' in the policy set (did you mean '" + check + "'?)");
        mistakes.put(waiver.formatted(check, "9999-12-31"), ":4:5: waivers[0].expires: 9999-12-31 is ");
        mistakes.put("waivers:\n  - check: " + check + "\n    reason: r\n", ":2:5: waivers[0]: needs 'expires'");
        mistakes.put("waivers:\n  - check: " + check + "\n    expires: " + soon + "\n", ":2:5: waivers[0]: needs a 'reason'");
        mistakes.put("policies:\n  settings:\n    required_tags: notamap\n", ":3:5: key 'policies.settings.required_tags' must be a map");
        mistakes.put("policies:\n  settings:\n    spend_growth_percent: fifty\n", ":3:5: key 'policies.settings.spend_growth_percent' must be a number");
        mistakes.put("policies:\n  settings:\n    spend_growth_percent: -5\n", ":3:5: policies.settings.spend_growth_percent: must be a percentage");
        mistakes.put("policies:\n  settings:\n    requred_tags: {app: []}\n", ":3:5: unknown key 'policies.settings.requred_tags'");
        mistakes.put("policies:\n  settings:\n    required_tags: {app: []}\n    required_tags: {env: []}\n", ":4:5: duplicate key 'required_tags'");
        int i = 0;
        for (var mistake : mistakes.entrySet()) {
            Path config = work.resolve("mistake-" + i + ".yaml");
            Files.writeString(config, mistake.getKey());
            Captured run = Captured.run("evaluate", "--config", config.toString(), "--snapshot",
                    out.resolve("snapshot").toString(), "--out", work.resolve("mistake-out-" + i++).toString(),
                    "--format", "json");
            assertThat(run.code()).as(mistake.getKey() + run.err()).isEqualTo(2);
            assertThat(run.err()).as(mistake.getKey()).contains(config + mistake.getValue());
        }
    }

    @Test
    void aConfigWithAnUnknownKeyNamesFileLineAndKey() throws Exception {
        Path config = work.resolve("bad.yaml");
        Files.writeString(config, "waivers:\n  - check: x\n    reasn: typo\n");
        Captured run = Captured.run("evaluate", "--config", config.toString(), "--snapshot",
                out.resolve("snapshot").toString(), "--out", work.resolve("bad").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(config + ":3").contains("reasn").doesNotContain("at dev.vigil");
    }

    private static ScanResult read(Path file) throws Exception {
        return new FindingsJsonReader(new ObjectMapper()).read(file);
    }

    private static Set<String> fingerprints(ScanResult r, Status status) {
        return r.findings().stream().filter(f -> f.status() == status).map(Finding::fingerprint)
                .collect(Collectors.toSet());
    }

    /** Runs the CLI in-process, capturing what it prints. */
    record Captured(int code, String out, String err) {
        static synchronized Captured run(String... args) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
                int code = Main.run(args);
                return new Captured(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }

}
