package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy past its time limit is an ERROR naming it and the resource; a spent budget stops the run cleanly. */
class EvaluationTimeLimitsTest {

    /** 10^10 iterations of a comprehension: it never finishes within a test's patience. */
    static final String SLOW_CHECK = """
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
    static final String VERSIONING_CHECK = """
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

    @Test
    void aPolicyPastItsTimeoutIsAnErrorNamingItAndTheResourceAndTheOthersStillJudge(@TempDir Path dir)
            throws Exception {
        ScanResult result = evaluate(dir, new TimeLimits(Duration.ofMillis(200), null), 2);

        assertThat(result.findings()).filteredOn(f -> f.checkId().equals("s3_bucket_slow")).hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.status()).isEqualTo(Status.ERROR);
                    assertThat(f.statusExtended()).isEqualTo("policy evaluation failed: s3_bucket_slow "
                            + "(aws/s3/s3_bucket_slow/policy.rego) exceeded the policy timeout of 200ms on "
                            + f.resourceUid());
                });
        assertThat(status(result, "arn:aws:s3:::bucket-0")).isEqualTo(Status.PASS);
        assertThat(status(result, "arn:aws:s3:::bucket-1")).isEqualTo(Status.FAIL);
    }

    @Test
    void whenTheBudgetIsSpentEveryCheckNotYetJudgedIsAnErrorSayingSo(@TempDir Path dir) throws Exception {
        ScanResult result = evaluate(dir, new TimeLimits(Duration.ofSeconds(60), Duration.ofMillis(300)), 1);

        assertThat(result.findings()).hasSize(4).allMatch(f -> f.status() == Status.ERROR);
        assertThat(result.findings()).filteredOn(f -> f.statusExtended().startsWith("policy evaluation failed"))
                .singleElement().satisfies(f -> assertThat(f.statusExtended()).isEqualTo(
                        "policy evaluation failed: evaluation budget of 300ms ran out while s3_bucket_slow "
                                + "(aws/s3/s3_bucket_slow/policy.rego) was evaluating " + f.resourceUid()));
        assertThat(result.findings()).filteredOn(f -> f.statusExtended().startsWith("not evaluated")).hasSize(3)
                .allSatisfy(f -> assertThat(f.statusExtended()).isEqualTo("not evaluated: the evaluation budget of "
                        + "300ms ran out before " + f.checkId() + " (aws/s3/" + f.checkId() + "/policy.rego) reached "
                        + f.resourceUid()));
    }

    private static ScanResult evaluate(Path dir, TimeLimits limits, int threads) throws Exception {
        Path policies = dir.resolve("policies");
        // the slow check comes first in the library (by id), so on one thread it meets the budget first
        write(policies.resolve("aws/s3/s3_bucket_slow/policy.rego"), SLOW_CHECK);
        write(policies.resolve("aws/s3/s3_bucket_versioning_enabled/policy.rego"), VERSIONING_CHECK);
        Path snap = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", "111122223333", "prod")));
        TargetFile file = writer.openTarget("aws", "111122223333");
        file.write(bucket("bucket-0", "Enabled"));
        file.write(bucket("bucket-1", "Suspended"));
        writer.completeTarget(Target.started("aws", "111122223333", "prod"), file, List.of(), 1);
        writer.finish();
        return new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(policies)), InterpreterPolicyEngine::new,
                new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), threads, limits))
                .evaluate(SnapshotReader.open(snap));
    }

    static ResourceRecord bucket(String name, String versioning) {
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", versioning);
        return new ResourceRecord("aws", "111122223333", "us-east-1", "s3", "aws.s3.bucket", name, name,
                "arn:aws:s3:::" + name, Map.of(), attrs);
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Status status(ScanResult r, String uid) {
        return r.findings().stream()
                .filter(f -> f.checkId().equals("s3_bucket_versioning_enabled") && f.resourceUid().equals(uid))
                .findFirst().orElseThrow().status();
    }
}
