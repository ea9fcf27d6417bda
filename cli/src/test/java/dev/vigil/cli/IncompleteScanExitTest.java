package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incomplete scan is never green: accounts not collected or an unfinished snapshot exit 2; API gaps warn. */
class IncompleteScanExitTest {
    private static final String FIRST = "111122223333";
    private static final String SECOND = "444455556666";

    @TempDir
    Path dir;

    private static ResourceRecord versionedBucket(String account) {
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putObject("Versioning").put("Status", "Enabled");
        return new ResourceRecord("aws", account, "us-east-1", "s3", "aws.s3.bucket", "b-" + account, "b-" + account,
                "arn:aws:s3:::b-" + account, Map.of(), attrs);
    }

    private DemoScanTest.Captured evaluate(Path snapshot, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--snapshot", snapshot.toString(), "--out",
                dir.resolve("out").toString(), "--fail-on", "none", "--format", "json"));
        args.addAll(List.of(extra));
        return DemoScanTest.Captured.run(args.toArray(String[]::new));
    }

    @Test
    void aCollectionStoppedMidwayExitsTwoAndSaysWhy() {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test").checkpointEvery(Duration.ZERO);
        writer.declareTargets(List.of(Target.pending("aws", FIRST, "a"), Target.pending("aws", SECOND, "b")));
        TargetFile file = writer.openTarget("aws", FIRST);
        file.write(versionedBucket(FIRST));
        writer.completeTarget(Target.started("aws", FIRST, "a"), file, List.of(), 1);
        // no finish(): the process was killed with the second account still PENDING

        DemoScanTest.Captured run = evaluate(snap);

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("the snapshot was never finished").contains("1 of 2 accounts not collected")
                .contains("aws/" + SECOND + " (PENDING)");
        assertThat(run.out()).containsPattern("\\d+ UNKNOWN");
    }

    @Test
    void anAccountThatCouldNotBeEnteredExitsTwo() {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", FIRST, "a"), Target.pending("aws", SECOND, "b")));
        TargetFile file = writer.openTarget("aws", FIRST);
        file.write(versionedBucket(FIRST));
        writer.completeTarget(Target.started("aws", FIRST, "a"), file, List.of(), 1);
        writer.failTarget(Target.started("aws", SECOND, "b"), "cannot assume arn:aws:iam::" + SECOND
                + ":role/Wrong: AccessDenied", List.of(new Gap("aws", SECOND, "global", "sts", "AssumeRole",
                "AccessDenied", "not authorized", SnapshotWriter.now())), 1);
        writer.finish();

        DemoScanTest.Captured run = evaluate(snap);

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("aws/" + SECOND + " (FAILED)");
    }

    @Test
    void apiGapsWarnAndExitTwoOnlyWithFailOnGaps() {
        Path snap = dir.resolve("snap");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        writer.declareTargets(List.of(Target.pending("aws", FIRST, "a")));
        TargetFile file = writer.openTarget("aws", FIRST);
        file.write(versionedBucket(FIRST).withUnknown(List.of(new dev.vigil.snapshot.UnknownInput(
                "ServerSideEncryptionConfiguration", "s3", "GetBucketEncryption", "AccessDenied"))));
        writer.completeTarget(Target.started("aws", FIRST, "a"), file, List.of(new Gap("aws", FIRST, "us-east-1", "s3",
                "GetBucketEncryption", "AccessDenied", "denied", SnapshotWriter.now())), 1);
        writer.finish();

        DemoScanTest.Captured warned = evaluate(snap);
        assertThat(warned.code()).as(warned.err()).isZero();
        assertThat(warned.err()).contains("warning: 1 collection gap(s)");

        DemoScanTest.Captured strict = evaluate(snap, "--fail-on-gaps");
        assertThat(strict.code()).isEqualTo(2);
    }
}
