package dev.vigil.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRoundTripTest {
    @TempDir
    Path dir;

    private static ResourceRecord record(String account, String id) {
        ObjectNode attrs = SnapshotJson.mapper().createObjectNode();
        attrs.put("GroupId", id);
        attrs.putArray("IpPermissions").addObject().put("FromPort", 22);
        return new ResourceRecord("aws", account, "us-east-1", "ec2", "aws.ec2.security_group", id, "web",
                "arn:aws:ec2:us-east-1:" + account + ":security-group/" + id, Map.of("env", "prod"), attrs);
    }

    @Test
    void writesTheDocumentedLayoutAndReadsItBack() throws Exception {
        SnapshotWriter writer = SnapshotWriter.create(dir, "0.1.0");
        writer.declareTargets(List.of(Target.pending("aws", "111122223333", "a"),
                Target.pending("aws", "444455556666", "b")));
        assertThat(SnapshotReader.open(dir).manifest().status()).isEqualTo(SnapshotStatus.RUNNING);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String account : List.of("111122223333", "444455556666")) {
            pool.submit(() -> {
                Target started = Target.started("aws", account, "n");
                TargetFile file = writer.openTarget("aws", account);
                for (int i = 0; i < 100; i++) {
                    file.write(record(account, "sg-" + i));
                }
                List<Gap> gaps = account.startsWith("4")
                        ? List.of(new Gap("aws", account, "eu-west-1", "ec2", "DescribeVpcs", "UnauthorizedOperation",
                                "denied", SnapshotWriter.now()))
                        : List.of();
                writer.completeTarget(started, file, gaps, 7);
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        writer.skipTarget("aws", "777788889999", "old", "account status SUSPENDED");
        Manifest done = writer.finish();

        assertThat(done.status()).isEqualTo(SnapshotStatus.PARTIAL);
        JsonNode json = SnapshotJson.mapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(json.get("format").asText()).isEqualTo("vigil-snapshot");
        assertThat(json.get("format_version").asInt()).isEqualTo(2);
        JsonNode t0 = json.get("targets").get(0);
        assertThat(t0.get("account_id").asText()).isEqualTo("111122223333");
        assertThat(t0.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(t0.has("reason")).isTrue();
        assertThat(t0.get("file").asText()).isEqualTo("resources/aws/111122223333.jsonl.gz");
        assertThat(t0.get("sha256").asText())
                .isEqualTo(AtomicFiles.sha256(dir.resolve("resources/aws/111122223333.jsonl.gz")));
        assertThat(json.get("gaps").get(0).get("error_code").asText()).isEqualTo("UnauthorizedOperation");
        assertThat(json.get("files").size()).isEqualTo(2);
        try (var stream = Files.walk(dir)) {
            assertThat(stream.filter(p -> p.toString().contains(".tmp-"))).isEmpty();
        }

        SnapshotReader reader = SnapshotReader.open(dir);
        List<ResourceRecord> records = reader.readAll(reader.collectedTargets().get(0));
        assertThat(records).hasSize(100);
        assertThat(records.get(0)).isEqualTo(record("111122223333", "sg-0"));
        assertThat(records.get(0).attributes().at("/IpPermissions/0/FromPort").asInt()).isEqualTo(22);
    }

    @Test
    void unknownInputsAndBlindedTypesRoundTripAndVersionOneStillReads() throws IOException {
        SnapshotWriter writer = SnapshotWriter.create(dir, "0.1.0");
        TargetFile file = writer.openTarget("aws", "111122223333");
        UnknownInput encryption = new UnknownInput("ServerSideEncryptionConfiguration", "s3", "GetBucketEncryption",
                "AccessDenied");
        ResourceRecord partial = record("111122223333", "sg-1").withUnknown(List.of(encryption));
        file.write(partial);
        file.write(record("111122223333", "sg-2"));
        Gap listing = new Gap("aws", "111122223333", "eu-west-1", "cloudtrail", "DescribeTrails", "AccessDenied",
                "denied", SnapshotWriter.now()).withResourceTypes(List.of("aws.cloudtrail.trail"));
        writer.completeTarget(Target.started("aws", "111122223333", "a"), file, List.of(listing), 1);
        writer.finish();

        SnapshotReader reader = SnapshotReader.open(dir);
        List<ResourceRecord> records = reader.readAll(reader.collectedTargets().get(0));
        assertThat(records.get(0).unknown()).containsExactly(encryption);
        assertThat(records.get(1).unknown()).isEmpty();
        assertThat(reader.manifest().gaps().get(0).resourceTypes()).containsExactly("aws.cloudtrail.trail");

        Path manifest = dir.resolve("manifest.json");
        ObjectNode v1 = (ObjectNode) SnapshotJson.mapper().readTree(manifest.toFile());
        v1.put("format_version", 1);
        ((ObjectNode) v1.get("gaps").get(0)).remove("resource_types");
        SnapshotJson.mapper().writeValue(manifest.toFile(), v1);
        SnapshotReader old = SnapshotReader.open(dir);
        assertThat(old.manifest().formatVersion()).isEqualTo(1);
        assertThat(old.manifest().gaps().get(0).resourceTypes()).isEmpty();
        assertThat(old.readAll(old.collectedTargets().get(0))).hasSize(2);

        v1.put("format_version", 3);
        SnapshotJson.mapper().writeValue(manifest.toFile(), v1);
        assertThatThrownBy(() -> SnapshotReader.open(dir)).isInstanceOf(SnapshotIntegrityException.class)
                .hasMessageContaining("versions 1 to 2");
    }

    @Test
    void rejectsAFileWhoseHashChanged() throws IOException {
        SnapshotWriter writer = SnapshotWriter.create(dir, "0.1.0");
        TargetFile file = writer.openTarget("aws", "111122223333");
        file.write(record("111122223333", "sg-1"));
        writer.completeTarget(Target.started("aws", "111122223333", "a"), file, List.of(), 1);
        writer.finish();
        Path data = dir.resolve("resources/aws/111122223333.jsonl.gz");
        try (RandomAccessFile raf = new RandomAccessFile(data.toFile(), "rw")) {
            raf.seek(raf.length() - 1);
            raf.write(raf.read() ^ 0xff);
        }
        SnapshotReader reader = SnapshotReader.open(dir);
        assertThatThrownBy(() -> reader.readAll(reader.collectedTargets().get(0)))
                .isInstanceOf(SnapshotIntegrityException.class);
    }

    @Test
    void resumeKeepsSettledTargetsAndDropsTheRest() throws IOException {
        SnapshotWriter first = SnapshotWriter.create(dir, "0.1.0").checkpointEvery(java.time.Duration.ZERO);
        first.declareTargets(List.of(Target.pending("aws", "111122223333", "a"),
                Target.pending("aws", "444455556666", "b")));
        TargetFile file = first.openTarget("aws", "111122223333");
        file.write(record("111122223333", "sg-1"));
        first.completeTarget(Target.started("aws", "111122223333", "a"), file, List.of(), 1);
        TargetFile interrupted = first.openTarget("aws", "444455556666");
        interrupted.write(record("444455556666", "sg-2"));
        // the run dies here: the temp file stays behind, the manifest says RUNNING

        SnapshotWriter resumed = SnapshotWriter.resume(dir, "0.1.0");
        assertThat(resumed.scanId()).isEqualTo(first.scanId());
        assertThat(resumed.isSettled("aws", "111122223333")).isTrue();
        assertThat(resumed.isSettled("aws", "444455556666")).isFalse();
        try (var stream = Files.walk(dir)) {
            assertThat(stream.filter(p -> p.toString().contains(".tmp-"))).isEmpty();
        }
        assertThatThrownBy(() -> SnapshotWriter.create(dir, "0.1.0")).hasMessageContaining("--resume");
    }

    /** Within one checkpoint interval a settled target may not be on disk yet: a resume collects it again. */
    @Test
    void aTargetSettledSinceTheLastCheckpointIsCollectedAgainOnResume() throws IOException {
        SnapshotWriter first = SnapshotWriter.create(dir, "0.1.0").checkpointEvery(java.time.Duration.ofHours(1));
        first.declareTargets(List.of(Target.pending("aws", "111122223333", "a")));
        TargetFile file = first.openTarget("aws", "111122223333");
        file.write(record("111122223333", "sg-1"));
        first.completeTarget(Target.started("aws", "111122223333", "a"), file, List.of(), 1);

        assertThat(SnapshotWriter.resume(dir, "0.1.0").isSettled("aws", "111122223333")).isFalse();
    }

    @Test
    void refusesAnUnknownFormatVersion() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"format\":\"vigil-snapshot\",\"format_version\":9}");
        assertThatThrownBy(() -> SnapshotReader.open(dir)).hasMessageContaining("version 9");
    }
}
