package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import dev.vigil.snapshot.TargetStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI prints from findings, snapshots and clouds cannot drive the terminal it prints to. */
class HostileTextOutputTest {
    private static final String ACCOUNT = "111122223333";
    /** Clears the screen, retitles the window, rings the bell, then a NUL and a one-byte CSI. */
    private static final String PAYLOAD = "\u001b[2J\u001b]0;pwned\u0007\u0000\u009b31m";
    private static final String SHOWN = "\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\u009b31m";

    @TempDir
    Path dir;

    private record Run(int code, byte[] out, byte[] err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    @Test
    void diffListPrintsResourceIdsWithoutEscOrNulBytes() throws IOException {
        Path before = findings("before.json", "s3_bucket_versioning_enabled", "arn:aws:s3:::old" + PAYLOAD);
        Path after = findings("after.json", "s3_bucket_acl_not_public" + PAYLOAD, "arn:aws:s3:::new" + PAYLOAD);

        Run r = run("diff", "--list", before.toString(), after.toString());

        assertThat(r.code()).as(r.errText()).isZero();
        assertNoControlBytes(r.out());
        assertThat(r.outText())
                .contains("NEW   high     s3_bucket_acl_not_public" + SHOWN + " arn:aws:s3:::new" + SHOWN)
                .contains("FIXED high     s3_bucket_versioning_enabled arn:aws:s3:::old" + SHOWN);
    }

    @Test
    void evaluateRefusesAManifestEntryOutsideTheSnapshotAndEscapesItInTheError() throws IOException {
        Path snapshot = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snapshot, "test");
        writer.declareTargets(List.of(Target.pending("aws", ACCOUNT, "a")));
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        file.write(new ResourceRecord("aws", ACCOUNT, "global", "s3", "aws.s3.bucket", "b", "b", "arn:aws:s3:::b",
                Map.of(), new ObjectMapper().createObjectNode()));
        writer.completeTarget(Target.started("aws", ACCOUNT, "a"), file, List.of(), 1);
        writer.finish();
        Path manifest = snapshot.resolve("manifest.json");
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        // no NUL here: a path with a NUL is refused before it is resolved ("is not a valid path")
        String entry = "../../../../../../../etc/passwd" + PAYLOAD.replace("\u0000", "");
        ((ObjectNode) json.get("targets").get(0)).put("file", entry);
        Files.writeString(manifest, json.toString());

        Run r = run("evaluate", "--snapshot", snapshot.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.code()).isEqualTo(2);
        assertNoControlBytes(r.err());
        assertThat(r.errText()).startsWith("vigil: " + manifest + ": file entry \"../../../../../../../etc/passwd"
                + SHOWN.replace("\\u0000", "") + "\" leaves the snapshot directory");
        assertThat(r.errText()).doesNotContain("root:");
        Run debug = run("evaluate", "--debug", "--snapshot", snapshot.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(debug.errText()).contains("\tat dev.vigil.snapshot.SnapshotPaths")
                .as("the stack trace keeps its tabs, nothing else")
                .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");
    }

    @Test
    void progressAndCollectSummaryLinesEscapeAccountIdsAndReasons() {
        ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
        Target failed = new Target("aws", ACCOUNT + PAYLOAD, "n", TargetStatus.FAILED, "AccessDenied: " + PAYLOAD,
                null, null, 0, 1, null, null);
        try (Progress progress = new Progress(false, new PrintStream(progressBytes, true, StandardCharsets.UTF_8))) {
            progress.discovered(1, 0, 0);
            progress.targetDone(failed);
        }
        assertNoControlBytes(progressBytes.toByteArray());
        assertThat(progressBytes.toString(StandardCharsets.UTF_8)).contains("[1/1] " + ACCOUNT + SHOWN + " FAILED")
                .contains("(AccessDenied: " + SHOWN + ")");

        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, "s", "t", null, null, null, List.of(),
                List.of(failed), List.of(), Map.of());
        Run summary = capture(() -> {
            CollectCommand.printSummary(manifest, dir, Duration.ofSeconds(1));
            return 0;
        });
        assertNoControlBytes(summary.out());
        assertThat(summary.outText()).contains("  FAILED " + ACCOUNT + SHOWN + ": AccessDenied: " + SHOWN);
    }

    private static void assertNoControlBytes(byte[] printed) {
        String text = new String(printed, StandardCharsets.UTF_8);
        assertThat(text).as("printed text").doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]");
    }

    /** A findings.json with one FAIL finding. */
    private Path findings(String name, String checkId, String resourceUid) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("schema_version", 2);
        ArrayNode findings = root.putArray("findings");
        findings.addObject().put("check_id", checkId).put("status", "FAIL").put("severity", "high")
                .put("provider", "aws").put("account_uid", ACCOUNT).put("resource_uid", resourceUid)
                .put("fingerprint", checkId + "|" + resourceUid);
        Path file = dir.resolve(name);
        mapper.writeValue(file.toFile(), root);
        return file;
    }

    private static Run run(String... args) {
        return capture(() -> Main.run(args));
    }

    private static Run capture(java.util.concurrent.Callable<Integer> body) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = body.call();
            return new Run(code, out.toByteArray(), err.toByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
