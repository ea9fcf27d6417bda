package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgPolicy;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import dev.vigil.snapshot.UnknownInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts on data the collection did not see are UNKNOWN and name the gap; verdicts on what was seen stay. */
class UnknownVerdictsTest {
    private static final String ACCOUNT = "111122223333";

    private static String check(String id, String type, String body) {
        return """
                # METADATA
                # scope: package
                # title: %s
                # custom:
                #   id: %s
                #   severity: high
                #   resource_types: [%s]
                package vigil.aws.t.%s

                %s
                """.formatted(id, id, type, id, body);
    }

    @TempDir
    Path dir;

    private Path policies() throws Exception {
        Path p = dir.resolve("policies");
        write(p.resolve("aws/t/enc/policy.rego"), check("enc", "aws.s3.bucket", """
                deny contains "no encryption" if {
                    cfg := input.resource.attributes.ServerSideEncryptionConfiguration
                    count(object.get(cfg, "Rules", [])) == 0
                }"""));
        write(p.resolve("aws/t/ver/policy.rego"), check("ver", "aws.s3.bucket", """
                deny contains "not versioned" if {
                    input.resource.attributes.Versioning.Status != "Enabled"
                }"""));
        write(p.resolve("aws/t/whole/policy.rego"), check("whole", "aws.s3.bucket", """
                deny contains "too few attributes" if {
                    count(input.resource.attributes) < 2
                }"""));
        write(p.resolve("aws/t/scp/policy.rego"), check("scp", "aws.account", """
                deny contains "no SCP attached" if {
                    not attached
                }

                attached if {
                    some p in data.vigil.org.policies
                    input.account.id in p.targets
                }"""));
        write(p.resolve("aws/t/named/policy.rego"), check("named", "aws.account", """
                deny contains "account name is short" if {
                    count(input.account.name) < 3
                }"""));
        return p;
    }

    private ScanResult evaluate(Path snapshot) throws Exception {
        return new ScanEvaluator(PolicyLibrary.load(PolicyFiles.fromDirectory(policies())), InterpreterPolicyEngine::new,
                new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), 1))
                .evaluate(SnapshotReader.open(snapshot));
    }

    @Test
    void aDeniedDetailCallMakesOnlyTheChecksThatReadItUnknown() throws Exception {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        UnknownInput denied = new UnknownInput("ServerSideEncryptionConfiguration", "s3", "GetBucketEncryption",
                "AccessDenied");
        file.write(bucket("blind", "Enabled").withUnknown(List.of(denied)));
        ResourceRecord seen = bucket("seen", "Suspended");
        seen.attributes().putObject("ServerSideEncryptionConfiguration").putArray("Rules");
        file.write(seen);
        writer.completeTarget(Target.started("aws", ACCOUNT, "prod"), file, List.of(), 3);
        writer.finish();

        ScanResult result = evaluate(snap);

        Finding encryption = find(result, "enc", "arn:aws:s3:::blind");
        assertThat(encryption.status()).isEqualTo(Status.UNKNOWN);
        assertThat(encryption.statusExtended()).contains("ServerSideEncryptionConfiguration (s3:GetBucketEncryption AccessDenied)");
        assertThat(encryption.evidence().path("unknown").get(0).path("operation").asText()).isEqualTo("GetBucketEncryption");
        assertThat(find(result, "ver", "arn:aws:s3:::blind").status()).as("versioning was read").isEqualTo(Status.PASS);
        assertThat(find(result, "whole", "arn:aws:s3:::blind").status()).as("counting reads every key")
                .isEqualTo(Status.UNKNOWN);
        assertThat(find(result, "enc", "arn:aws:s3:::seen").status()).isEqualTo(Status.FAIL);
        assertThat(find(result, "ver", "arn:aws:s3:::seen").status()).isEqualTo(Status.FAIL);
        assertThat(result.incomplete()).isFalse();
    }

    @Test
    void anUnlistedTypeGetsOneUnknownFindingPerCheckAndRegion() throws Exception {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        writer.completeTarget(Target.started("aws", ACCOUNT, "prod"), file, List.of(new Gap("aws", ACCOUNT, "global",
                "s3", "ListBuckets", "AccessDenied", "denied", SnapshotWriter.now())
                .withResourceTypes(List.of("aws.s3.bucket"))), 1);
        writer.finish();

        ScanResult result = evaluate(snap);

        List<Finding> buckets = result.findings().stream().filter(f -> f.resourceType().equals("aws.s3.bucket")).toList();
        assertThat(buckets).extracting(Finding::checkId).containsExactlyInAnyOrder("enc", "ver", "whole");
        assertThat(buckets).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.statusExtended()).contains("aws.s3.bucket (s3:ListBuckets AccessDenied)");
        });
    }

    @Test
    void anIncompleteOrgTreeMakesTheChecksThatReadItUnknownForEveryAccount() throws Exception {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        OrgPolicy scp = new OrgPolicy("p-1", "deny-leave", "SERVICE_CONTROL_POLICY", false, "", null, List.of());
        OrgTree org = new OrgTree("aws", "o-1", "arn:aws:organizations::1:organization/o-1", ACCOUNT, "r-1", List.of(),
                List.of(new OrgAccount(ACCOUNT, "prod", "a@example.com", "ACTIVE", "arn:aws:organizations::1:account/o-1/"
                        + ACCOUNT, "r-1", null, Map.of())), List.of(scp))
                .withUnknown(List.of(new UnknownInput("policies", "organizations", "ListTargetsForPolicy",
                        "AccessDeniedException")));
        writer.setOrgs(List.of(org));
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        writer.completeTarget(Target.started("aws", ACCOUNT, "prod"), file, List.of(), 1);
        writer.finish();

        ScanResult result = evaluate(snap);

        Finding attached = find(result, "scp", "arn:aws:organizations::1:account/o-1/" + ACCOUNT);
        assertThat(attached.status()).isEqualTo(Status.UNKNOWN);
        assertThat(attached.statusExtended()).contains("policies (organizations:ListTargetsForPolicy AccessDeniedException)");
        assertThat(find(result, "named", "arn:aws:organizations::1:account/o-1/" + ACCOUNT).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void anAccountThatWasNotCollectedIsUnknownForEveryCheckAndTheScanIncomplete() throws Exception {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test").checkpointEvery(Duration.ZERO);
        writer.declareTargets(List.of(Target.pending("aws", ACCOUNT, "prod"), Target.pending("aws", "444455556666", "dev")));
        writer.failTarget(Target.started("aws", ACCOUNT, "prod"), "cannot assume role", List.of(), 1);

        ScanResult running = evaluate(snap);

        assertThat(running.snapshotStatus()).isEqualTo("RUNNING");
        assertThat(running.incomplete()).isTrue();
        assertThat(running.notCollected()).extracting(ScanResult.AccountInfo::id)
                .containsExactlyInAnyOrder(ACCOUNT, "444455556666");
        assertThat(running.findings()).hasSize(2 * 5).allMatch(f -> f.status() == Status.UNKNOWN);
        assertThat(running.findings()).filteredOn(f -> f.accountUid().equals(ACCOUNT))
                .allSatisfy(f -> assertThat(f.statusExtended()).contains("not collected (FAILED: cannot assume role)"));
    }

    private static ResourceRecord bucket(String name, String versioning) {
        ObjectNode attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", versioning);
        return new ResourceRecord("aws", ACCOUNT, "us-east-1", "s3", "aws.s3.bucket", name, name,
                "arn:aws:s3:::" + name, Map.of(), attrs);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Finding find(ScanResult r, String check, String uid) {
        return r.findings().stream().filter(f -> f.checkId().equals(check) && f.resourceUid().equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + check + " " + uid + " in "
                        + r.findings().stream().map(f -> f.checkId() + " " + f.resourceUid() + " " + f.status()).toList()));
    }
}
