package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --policy-timeout, --evaluation-budget and vigil.yaml's policies.timeout: ERROR findings, exit 2, reports written. */
class EvaluationTimeLimitsExitTest {
    private static final String ACCOUNT = "111122223333";
    private static final String SLOW = """
            # METADATA
            # scope: package
            # title: Buckets are slow to judge
            # custom:
            #   id: s3_bucket_slow
            #   severity: low
            #   resource_types: [aws.s3.bucket]
            package vigil.aws.s3.s3_bucket_slow

            deny contains "never" if {
                count([1 | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000)]) < 0
            }
            """;
    private static final String VERSIONING = """
            # METADATA
            # scope: package
            # title: Buckets are versioned
            # custom:
            #   id: s3_bucket_versioning_enabled
            #   severity: low
            #   resource_types: [aws.s3.bucket]
            package vigil.aws.s3.s3_bucket_versioning_enabled

            deny contains "not versioned" if {
                input.resource.attributes.Versioning.Status != "Enabled"
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void policiesAndSnapshot() throws Exception {
        write(dir.resolve("policies/aws/s3/s3_bucket_slow/policy.rego"), SLOW);
        write(dir.resolve("policies/aws/s3/s3_bucket_versioning_enabled/policy.rego"), VERSIONING);
        SnapshotWriter writer = SnapshotWriter.create(dir.resolve("snap"), "test");
        writer.declareTargets(List.of(Target.pending("aws", ACCOUNT, "prod")));
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        file.write(bucket("versioned", "Enabled"));
        file.write(bucket("plain", "Suspended"));
        writer.completeTarget(Target.started("aws", ACCOUNT, "prod"), file, List.of(), 1);
        writer.finish();
    }

    @Test
    void aSlowPolicyIsAnErrorNamingItWhileTheOtherChecksAreJudged() throws Exception {
        DemoScanTest.Captured run = evaluate("--policy-timeout", "200ms");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("2 policy evaluations failed").contains("s3_bucket_slow "
                + "(aws/s3/s3_bucket_slow/policy.rego) exceeded the policy timeout of 200ms on arn:aws:s3:::");
        assertThat(statuses()).containsExactly("s3_bucket_slow arn:aws:s3:::plain ERROR",
                "s3_bucket_slow arn:aws:s3:::versioned ERROR", "s3_bucket_versioning_enabled arn:aws:s3:::plain FAIL",
                "s3_bucket_versioning_enabled arn:aws:s3:::versioned PASS");
    }

    @Test
    void theTimeoutCanComeFromVigilYaml() throws Exception {
        Path config = dir.resolve("vigil.yaml");
        Files.writeString(config, "policies:\n  timeout: 200ms\n");

        DemoScanTest.Captured run = evaluate("--config", config.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("exceeded the policy timeout of 200ms");
    }

    @Test
    void aSpentBudgetExitsTwoAndReportsTheChecksNotEvaluated() throws Exception {
        DemoScanTest.Captured run = evaluate("--evaluation-budget", "300ms", "--threads", "1");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(statuses()).hasSize(4).allMatch(s -> s.endsWith(" ERROR"));
        assertThat(messages()).filteredOn(m -> m.startsWith("not evaluated: the evaluation budget of 300ms ran out"))
                .hasSize(3);
    }

    @Test
    void aDurationWithoutAUnitIsRefused() {
        DemoScanTest.Captured run = evaluate("--policy-timeout", "10");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'10' is not a duration such as 500ms, 10s, 30m or 2h");
    }

    private DemoScanTest.Captured evaluate(String... extra) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--snapshot", dir.resolve("snap").toString(),
                "--out", dir.resolve("out").toString(), "--policies", dir.resolve("policies").toString(),
                "--fail-on", "none", "--format", "json"));
        args.addAll(List.of(extra));
        return DemoScanTest.Captured.run(args.toArray(String[]::new));
    }

    private List<String> statuses() throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings()) {
            out.add(f.path("check_id").asText() + " " + f.path("resource_uid").asText() + " " + f.path("status").asText());
        }
        return out.stream().sorted().toList();
    }

    private List<String> messages() throws Exception {
        List<String> out = new ArrayList<>();
        findings().forEach(f -> out.add(f.path("message").asText()));
        return out;
    }

    private JsonNode findings() throws Exception {
        return SnapshotJson.mapper().readTree(dir.resolve("out/findings.json").toFile()).path("findings");
    }

    private static ResourceRecord bucket(String name, String versioning) {
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", versioning);
        return new ResourceRecord("aws", ACCOUNT, "us-east-1", "s3", "aws.s3.bucket", name, name, "arn:aws:s3:::" + name,
                Map.of(), attrs);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
