package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation holds one account's records at a time: a snapshot whose records would need several times the heap
 * (1,000 accounts × 40 records of 60 attributes) is judged in a child JVM limited to 128 MiB.
 */
class StreamingEvaluationTest {
    static final int ACCOUNTS = 1000;
    static final int RECORDS_PER_ACCOUNT = 40;

    @Test
    void aSnapshotLargerThanTheHeapIsJudgedAccountByAccount(@TempDir Path dir) throws Exception {
        Path policies = dir.resolve("policies");
        EvaluationTimeLimitsTest.write(policies.resolve("aws/s3/s3_bucket_versioning_enabled/policy.rego"),
                EvaluationTimeLimitsTest.VERSIONING_CHECK);
        Path snap = dir.resolve("snapshot");
        writeSnapshot(snap);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SmallHeapEvaluation.class.getName(), snap.toString(), policies.toString())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo(ACCOUNTS + " accounts, " + ACCOUNTS + " findings");
    }

    /** One versioned bucket per account, and 39 records of a type no check judges, 60 attributes each. */
    private static void writeSnapshot(Path snap) {
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        List<Target> pending = new ArrayList<>();
        for (int a = 0; a < ACCOUNTS; a++) {
            pending.add(Target.pending("aws", accountId(a), "account-" + a));
        }
        writer.declareTargets(pending);
        for (int a = 0; a < ACCOUNTS; a++) {
            String id = accountId(a);
            TargetFile file = writer.openTarget("aws", id);
            ObjectNode versioned = SnapshotJson.mapper().createObjectNode();
            versioned.putObject("Versioning").put("Status", "Enabled");
            file.write(new ResourceRecord("aws", id, "us-east-1", "s3", "aws.s3.bucket", "b" + a, "b" + a,
                    "arn:aws:s3:::b" + a, Map.of(), versioned));
            for (int r = 1; r < RECORDS_PER_ACCOUNT; r++) {
                ObjectNode attrs = SnapshotJson.mapper().createObjectNode();
                for (int k = 0; k < 60; k++) {
                    attrs.put("Attribute" + k, "value-" + a + "-" + r + "-" + k);
                }
                file.write(new ResourceRecord("aws", id, "us-east-1", "ec2", "aws.ec2.unjudged", "r" + r, "r" + r,
                        id + ":r" + r, Map.of("k", "v"), attrs));
            }
            writer.completeTarget(Target.started("aws", id, "account-" + a), file, List.of(), 1);
        }
        writer.finish();
    }

    private static String accountId(int a) {
        return String.format("%012d", 100_000_000_000L + a);
    }

    /** The child: evaluates the snapshot with the policies on two threads and prints what it found. */
    public static final class SmallHeapEvaluation {
        public static void main(String[] args) {
            ScanResult result = new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(Path.of(args[1]))),
                    InterpreterPolicyEngine::new,
                    new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), 2))
                    .evaluate(SnapshotReader.open(Path.of(args[0])));
            long passed = result.findings().stream().filter(f -> f.status() == Status.PASS).count();
            System.out.println(result.accounts().size() + " accounts, " + passed + " findings");
        }
    }
}
