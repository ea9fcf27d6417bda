package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.rego.engine.PolicyEngineException;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan judges the snapshot only: a policy that calls a network or environment builtin does not
 * compile, and the error names the file, line, column and builtin (before, http.send failed at
 * evaluation, the deny set came out empty and the resource PASSed).
 */
class ScanRefusesUnsafeBuiltinsTest {
    private static final String CHECK = """
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
                %s
            }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http.send    | http.send({\"method\": \"GET\", \"url\": \"https://example.com\"}).status_code == 200",
            "net.lookup_ip_addr | count(net.lookup_ip_addr(\"example.com\")) > 0",
            "opa.runtime  | opa.runtime().env.HOME != \"\""})
    void aPolicyCallingAnUnsafeBuiltinStopsTheScanWithItsLocation(String builtin, String line) throws Exception {
        Path policies = policyDir(line);
        ScanEvaluator evaluator = evaluator(policies);
        SnapshotReader snapshot = snapshot();

        assertThatThrownBy(() -> evaluator.evaluate(snapshot))
                .isInstanceOf(PolicyEngineException.class)
                .hasMessageContaining("aws/s3/a/policy.rego:12:" + (5 + line.indexOf(builtin)) + ": rego_type_error: "
                        + "unsafe built-in function calls in expression: " + builtin)
                .hasMessageContaining("refused in scans");
    }

    private Path policyDir(String line) throws Exception {
        Path file = dir.resolve("policies/aws/s3/a/policy.rego");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CHECK.formatted(line));
        return dir.resolve("policies");
    }

    private static ScanEvaluator evaluator(Path policies) {
        return new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(policies)),
                InterpreterPolicyEngine::forScan,
                new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), 1));
    }

    private SnapshotReader snapshot() throws Exception {
        Path snap = dir.resolve("snapshot");
        if (!Files.exists(snap)) {
            SnapshotWriter writer = SnapshotWriter.create(snap, "test");
            Target started = Target.started("aws", "111122223333", "prod");
            writer.declareTargets(List.of(Target.pending("aws", "111122223333", "prod")));
            TargetFile file = writer.openTarget("aws", "111122223333");
            var attrs = SnapshotJson.mapper().createObjectNode();
            attrs.putObject("Versioning").put("Status", "Suspended");
            file.write(new ResourceRecord("aws", "111122223333", "us-east-1", "s3", "aws.s3.bucket", "plain",
                    "plain", "arn:aws:s3:::plain", Map.of(), attrs));
            writer.completeTarget(started, file, List.of(), 10);
            writer.finish();
        }
        return SnapshotReader.open(snap);
    }
}
