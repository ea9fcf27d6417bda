package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.Gap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate stage on a real snapshot and real Rego: PASS, FAIL, ERROR, and UNKNOWN naming the gap. */
class ScanEvaluatorTest {

    private static final String BUCKET_CHECK = """
            # METADATA
            # scope: package
            # title: Buckets are versioned
            # custom:
            #   id: s3_bucket_versioning_enabled
            #   severity: low
            #   resource_types: [aws.s3.bucket]
            package vigil.aws.s3.s3_bucket_versioning_enabled

            deny contains {"msg": sprintf("bucket %s is not versioned", [input.resource.id])} if {
                input.resource.attributes.Versioning.Status != "Enabled"
            }
            """;
    private static final String ACCOUNT_CHECK = """
            # METADATA
            # scope: package
            # title: The account has a trail
            # custom:
            #   id: cloudtrail_account_multi_region_trail
            #   severity: high
            #   resource_types: [aws.account]
            package vigil.aws.cloudtrail.cloudtrail_account_multi_region_trail

            deny contains "no trail" if {
                count(object.get(input.account_resources, "aws.cloudtrail.trail", [])) == 0
            }
            """;
    private static final String NOT_IMPLEMENTED = """
            # METADATA
            # scope: package
            # title: Volumes are encrypted
            # custom:
            #   id: ec2_volume_encrypted
            #   severity: medium
            #   resource_types: [aws.s3.bucket]
            package vigil.aws.ec2.ec2_volume_encrypted

            allow := true
            """;

    @Test
    void judgesEveryApplicableResource(@TempDir Path dir) throws Exception {
        Path policies = dir.resolve("policies");
        write(policies.resolve("aws/s3/a/policy.rego"), BUCKET_CHECK);
        write(policies.resolve("aws/cloudtrail/b/policy.rego"), ACCOUNT_CHECK);
        write(policies.resolve("aws/ec2/c/policy.rego"), NOT_IMPLEMENTED);

        Path snap = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        Target started = Target.started("aws", "111122223333", "prod");
        writer.declareTargets(List.of(Target.pending("aws", "111122223333", "prod")));
        TargetFile file = writer.openTarget("aws", "111122223333");
        file.write(bucket("versioned", "Enabled"));
        file.write(bucket("plain", "Suspended"));
        writer.completeTarget(started, file, List.of(new Gap("aws", "111122223333", "us-east-1", "cloudtrail",
                "DescribeTrails", "AccessDeniedException", "denied", SnapshotWriter.now())
                .withResourceTypes(List.of("aws.cloudtrail.trail"))), 10);
        writer.finish();

        ScanResult result = new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(policies)),
                InterpreterPolicyEngine::new,
                new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), 2))
                .evaluate(SnapshotReader.open(snap));

        assertThat(result.checks()).hasSize(3);
        assertThat(status(result, "s3_bucket_versioning_enabled", "arn:aws:s3:::versioned")).isEqualTo(Status.PASS);
        Finding plain = find(result, "s3_bucket_versioning_enabled", "arn:aws:s3:::plain");
        assertThat(plain.status()).isEqualTo(Status.FAIL);
        assertThat(plain.statusExtended()).isEqualTo("bucket plain is not versioned");
        assertThat(plain.fingerprint()).isEqualTo(Fingerprints.of("s3_bucket_versioning_enabled", "arn:aws:s3:::plain"));

        Finding account = find(result, "cloudtrail_account_multi_region_trail", "arn:aws:iam::111122223333:root");
        assertThat(account.status()).as("no trail was seen because none could be listed").isEqualTo(Status.UNKNOWN);
        assertThat(account.statusExtended())
                .contains("aws.cloudtrail.trail (cloudtrail:DescribeTrails AccessDeniedException)");

        assertThat(result.findings()).filteredOn(f -> f.checkId().equals("ec2_volume_encrypted"))
                .hasSize(2).allMatch(f -> f.status() == Status.ERROR);
        assertThat(result.gaps()).hasSize(1);
    }

    private static ResourceRecord bucket(String name, String versioning) {
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", versioning);
        return new ResourceRecord("aws", "111122223333", "us-east-1", "s3", "aws.s3.bucket", name, name,
                "arn:aws:s3:::" + name, Map.of(), attrs);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Finding find(ScanResult r, String check, String uid) {
        return r.findings().stream().filter(f -> f.checkId().equals(check) && f.resourceUid().equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + check + " " + uid));
    }

    private static Status status(ScanResult r, String check, String uid) {
        return find(r, check, uid).status();
    }
}
