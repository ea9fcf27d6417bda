package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil evaluate --policies DIR}: a policy that calls http.send is an error (exit 2) naming where. */
class UnsafeBuiltinScanTest {
    private static final String ACCOUNT = "111122223333";

    @TempDir
    Path dir;

    @Test
    void aPolicyCallingHttpSendExitsTwoWithFileLineColumnAndBuiltin() throws Exception {
        Path policy = dir.resolve("policies/aws/s3/s3_bucket_versioning_enabled/policy.rego");
        Files.createDirectories(policy.getParent());
        Files.writeString(policy, """
                # METADATA
                # scope: package
                # title: Buckets are versioned
                # custom:
                #   id: s3_bucket_versioning_enabled
                #   severity: low
                #   resource_types: [aws.s3.bucket]
                package vigil.aws.s3.s3_bucket_versioning_enabled

                deny contains "approved elsewhere" if {
                    http.send({"method": "GET", "url": "https://example.com"}).status_code != 200
                }
                """);

        DemoScanTest.Captured run = DemoScanTest.Captured.run("evaluate", "--snapshot", snapshot().toString(),
                "--policies", dir.resolve("policies").toString(), "--out", dir.resolve("out").toString(),
                "--format", "json");

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("aws/s3/s3_bucket_versioning_enabled/policy.rego:11:5: rego_type_error: "
                + "unsafe built-in function calls in expression: http.send");
        assertThat(dir.resolve("out/findings.json")).doesNotExist();
    }

    private Path snapshot() {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", ACCOUNT, "prod")));
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", "Enabled");
        file.write(new ResourceRecord("aws", ACCOUNT, "us-east-1", "s3", "aws.s3.bucket", "b", "b",
                "arn:aws:s3:::b", Map.of(), attrs));
        writer.completeTarget(Target.started("aws", ACCOUNT, "prod"), file, List.of(), 1);
        writer.finish();
        return snap;
    }
}
