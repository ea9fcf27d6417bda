package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy that exhausts the heap is an ERROR finding naming it and the resource: what it allocated is garbage once
 * its evaluation has unwound, so the other checks are still judged (in a child JVM limited to 64 MiB).
 */
class MemoryGuardTest {
    private static final String GREEDY_CHECK = """
            # METADATA
            # scope: package
            # title: Buckets are greedy to judge
            # custom:
            #   id: s3_bucket_greedy
            #   severity: low
            #   resource_types: [aws.s3.bucket]
            package vigil.aws.s3.s3_bucket_greedy

            deny contains "never" if {
                count(numbers.range(1, 100000000)) < 0
            }
            """;

    @Test
    void aPolicyThatExhaustsTheHeapIsAnErrorAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path policies = dir.resolve("policies");
        EvaluationTimeLimitsTest.write(policies.resolve("aws/s3/s3_bucket_greedy/policy.rego"), GREEDY_CHECK);
        EvaluationTimeLimitsTest.write(policies.resolve("aws/s3/s3_bucket_versioning_enabled/policy.rego"),
                EvaluationTimeLimitsTest.VERSIONING_CHECK);
        Path snap = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", "111122223333", "prod")));
        TargetFile file = writer.openTarget("aws", "111122223333");
        file.write(EvaluationTimeLimitsTest.bucket("bucket-0", "Enabled"));
        file.write(EvaluationTimeLimitsTest.bucket("bucket-1", "Suspended"));
        writer.completeTarget(Target.started("aws", "111122223333", "prod"), file, List.of(), 1);
        writer.finish();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), GreedyEvaluation.class.getName(),
                snap.toString(), policies.toString()).redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).containsExactly(
                "s3_bucket_greedy arn:aws:s3:::bucket-0 ERROR policy evaluation failed: s3_bucket_greedy "
                        + "(aws/s3/s3_bucket_greedy/policy.rego) ran out of memory on arn:aws:s3:::bucket-0 "
                        + "(heap limit " + "N MiB)",
                "s3_bucket_greedy arn:aws:s3:::bucket-1 ERROR policy evaluation failed: s3_bucket_greedy "
                        + "(aws/s3/s3_bucket_greedy/policy.rego) ran out of memory on arn:aws:s3:::bucket-1 "
                        + "(heap limit " + "N MiB)",
                "s3_bucket_versioning_enabled arn:aws:s3:::bucket-0 PASS",
                "s3_bucket_versioning_enabled arn:aws:s3:::bucket-1 FAIL");
    }

    @Test
    void anAccountTooLargeForTheHeapEndsTheRunNamingIt(@TempDir Path dir) throws Exception {
        Path policies = dir.resolve("policies");
        EvaluationTimeLimitsTest.write(policies.resolve("aws/s3/s3_bucket_versioning_enabled/policy.rego"),
                EvaluationTimeLimitsTest.VERSIONING_CHECK);
        Path snap = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", "111122223333", "prod")));
        TargetFile file = writer.openTarget("aws", "111122223333");
        for (int r = 0; r < 4000; r++) {
            var attrs = dev.vigil.snapshot.SnapshotJson.mapper().createObjectNode();
            for (int k = 0; k < 60; k++) {
                attrs.put("Attribute" + k, "value-" + r + "-" + k);
            }
            file.write(new dev.vigil.snapshot.ResourceRecord("aws", "111122223333", "us-east-1", "ec2", "aws.ec2.x",
                    "r" + r, "r" + r, "r" + r, java.util.Map.of(), attrs));
        }
        writer.completeTarget(Target.started("aws", "111122223333", "prod"), file, List.of(), 1);
        writer.finish();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), GreedyEvaluation.class.getName(),
                snap.toString(), policies.toString()).redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).as(output).contains("OutOfMemoryError").contains("while evaluating account aws/111122223333");
    }

    /** The child: evaluates on one thread and prints each finding (ERROR ones with their message). */
    public static final class GreedyEvaluation {
        public static void main(String[] args) {
            ScanResult result = new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(Path.of(args[1]))),
                    InterpreterPolicyEngine::new,
                    new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), 1))
                    .evaluate(SnapshotReader.open(Path.of(args[0])));
            for (Finding f : result.findings()) {
                System.out.println(f.checkId() + " " + f.resourceUid() + " " + f.status()
                        + (f.status() == Status.ERROR ? " " + f.statusExtended().replaceAll("\\d+ MiB", "N MiB") : ""));
            }
        }
    }
}
