package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aBadConfigIsOneLineWithFileLineAndKeyAndExitCode2() throws Exception {
        Path config = dir.resolve("vigil.yaml");
        Files.writeString(config, "regions: [us-east-1]\nconcurency:\n  accounts: 2\n");
        Run r = run("collect", "--config", config.toString(), "--out", dir.resolve("snap").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config + ":2:").contains("unknown key 'concurency'").doesNotContain("\tat ");
        Run debug = run("collect", "--debug", "--config", config.toString(), "--out", dir.resolve("snap").toString());
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void aMalformedFaultIsAUsageErrorNamingTheSyntax() {
        Run r = run("fake-cloud", "--fault", "throttle:ec2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--fault").contains("KIND:account:region:service:operation[:fraction]");
        assertThat(run("fake-cloud", "--fault", "sometimes:*:*:ec2:*").err()).contains("unknown fault kind 'sometimes'");
    }

    @Test
    void anUnknownOptionExitsWith2() {
        assertThat(run("collect", "--nope").code()).isEqualTo(2);
    }

    @Test
    void permissionsPrintsThePolicy() {
        Run r = run("permissions", "aws");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"Version\" : \"2012-10-17\"").contains("ec2:DescribeSecurityGroups");
    }

    @Test
    void permissionsForTheManagementAccountPrintDiscoveryAndScannerStatements() {
        Run r = run("permissions", "aws", "--for", "management");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"VigilDiscovery\"", "\"VigilScannerReadOnly\"", "organizations:ListPolicies",
                "sts:GetCallerIdentity", "ec2:DescribeSecurityGroups");
        assertThat(run("permissions", "aws", "--for", "nobody").code()).isEqualTo(2);
    }

    @Test
    void azurePermissionsAreARoleDefinitionAndTheGraphPermissionsApart() {
        Run role = run("permissions", "azure");
        assertThat(role.code()).as(role.err()).isZero();
        assertThat(role.out()).contains("\"Microsoft.ResourceGraph/resources/read\"").doesNotContain("Policy.Read.All");
        assertThat(role.err()).contains("--for graph");
        Run graph = run("permissions", "azure", "--for", "graph");
        assertThat(graph.code()).as(graph.err()).isZero();
        assertThat(graph.out().lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\\s+")[0]))
                .containsExactlyInAnyOrder("AuditLog.Read.All", "Policy.Read.All", "RoleManagement.Read.Directory",
                        "User.Read.All");
        assertThat(graph.out()).contains("graph.ListConditionalAccessPolicies");
        assertThat(run("permissions", "azure", "--for", "management").code()).isEqualTo(2);
    }

    @Test
    void demoCollectsTheDemoOrgAndWritesTheGroundTruth() {
        Path out = dir.resolve("demo");
        Run r = run("collect", "--demo", "--out", out.toString(), "--regions", "us-east-1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("ground-truth.json")).exists();
        assertThat(r.out()).contains("COMPLETE");
    }
}
