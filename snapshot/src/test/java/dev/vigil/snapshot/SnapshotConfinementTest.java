package dev.vigil.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's file entries are read only from inside the snapshot directory. */
class SnapshotConfinementTest {
    private static final String ACCOUNT = "111122223333";
    private static final String SECRET = "root:SECRET-CONTENT:0:0";

    @TempDir
    Path tmp;
    private Path snapshot;
    private Path outside;

    @BeforeEach
    void writeASnapshotAndAFileOutsideIt() throws IOException {
        snapshot = tmp.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snapshot, "0.1.0");
        writer.declareTargets(List.of(Target.pending("aws", ACCOUNT, "a")));
        TargetFile file = writer.openTarget("aws", ACCOUNT);
        file.write(new ResourceRecord("aws", ACCOUNT, "global", "s3", "aws.s3.bucket", "b", "b", "arn:aws:s3:::b",
                Map.of(), SnapshotJson.mapper().createObjectNode()));
        writer.completeTarget(Target.started("aws", ACCOUNT, "a"), file, List.of(), 1);
        writer.finish();
        outside = Files.createDirectories(tmp.resolve("elsewhere")).resolve("x.gz");
        gzip(outside, SECRET);
    }

    @Test
    void aNormalEntryIsRead() {
        SnapshotReader reader = SnapshotReader.open(snapshot);

        assertThat(reader.readAll(reader.collectedTargets().get(0))).extracting(ResourceRecord::id)
                .containsExactly("b");
    }

    @Test
    void anEntryThatClimbsOutIsRefused() throws IOException {
        pointTargetAt("../../../../../../.." + outside.toAbsolutePath());

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).isInstanceOf(SnapshotIntegrityException.class)
                .hasMessageStartingWith(snapshot.resolve("manifest.json").toString())
                .hasMessageContaining("file entry \"../../../../../../.." + outside.toAbsolutePath() + "\"")
                .hasMessageContaining("leaves the snapshot directory")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void aClimbThatComesBackInsideIsAllowed() throws IOException {
        pointTargetAt("resources/../resources/aws/" + ACCOUNT + ".jsonl.gz");

        SnapshotReader reader = SnapshotReader.open(snapshot);
        assertThat(reader.readAll(reader.collectedTargets().get(0))).hasSize(1);
    }

    @Test
    void anAbsoluteEntryIsRefusedEvenInsideTheDirectory() throws IOException {
        pointTargetAt(outside.toAbsolutePath().toString());
        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("is absolute")
                .hasMessageNotContaining("SECRET");

        pointTargetAt(snapshot.toAbsolutePath().resolve("resources/aws/" + ACCOUNT + ".jsonl.gz").toString());
        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("is absolute");
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsRefused() throws IOException {
        Files.createSymbolicLink(snapshot.resolve("resources/aws/link.jsonl.gz"), outside.toAbsolutePath());
        pointTargetAt("resources/aws/link.jsonl.gz");

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("symbolic link")
                .hasMessageContaining("resources/aws/link.jsonl.gz").hasMessageNotContaining("SECRET");
    }

    @Test
    void aDanglingLinkOutIsRefusedBeforeSomeoneCreatesItsTarget() throws IOException {
        Files.createSymbolicLink(snapshot.resolve("resources/aws/later.jsonl.gz"), tmp.resolve("not-yet.gz"));
        pointTargetAt("resources/aws/later.jsonl.gz");

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("symbolic link");
    }

    @Test
    void theDirectoryItselfIsNotAFile() throws IOException {
        pointTargetAt("resources/..");

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("names the snapshot directory");
    }

    @Test
    void aSymbolicLinkedDirectoryOnTheWayOutIsRefused() throws IOException {
        Files.createSymbolicLink(snapshot.resolve("resources/up"), tmp.resolve("elsewhere").toAbsolutePath());
        pointTargetAt("resources/up/x.gz");

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).hasMessageContaining("symbolic link");
    }

    @Test
    void theOffendingEntryIsEscapedInTheMessage() throws IOException {
        pointTargetAt("../\u001b[2Jx\u0000.gz");

        assertThatThrownBy(() -> SnapshotReader.open(snapshot)).message()
                .contains("\\u001b[2Jx\\u0000.gz").doesNotContain("\u001b").doesNotContain("\u0000");
    }

    @Test
    void aDataFileThatIsNotJsonIsNotEchoed() throws IOException {
        Path data = snapshot.resolve("resources/aws/" + ACCOUNT + ".jsonl.gz");
        gzip(data, SECRET);
        pointTargetAt("resources/aws/" + ACCOUNT + ".jsonl.gz");
        SnapshotReader reader = SnapshotReader.open(snapshot);

        assertThatThrownBy(() -> reader.readAll(reader.collectedTargets().get(0)))
                .isInstanceOf(SnapshotIntegrityException.class)
                .hasMessageContaining(":1: not a JSON resource record")
                .hasMessageNotContaining("SECRET").hasMessageNotContaining("root")
                .hasNoCause();
    }

    /** Rewrites the manifest so that the target's file (and its sha256) name {@code entry}. */
    private void pointTargetAt(String entry) throws IOException {
        Path manifest = snapshot.resolve("manifest.json");
        ObjectNode json = (ObjectNode) SnapshotJson.mapper().readTree(manifest.toFile());
        Path target = entry.contains("\u0000") ? outside : snapshot.resolve(entry);
        String sha = Files.isRegularFile(target) ? AtomicFiles.sha256(target) : "0";
        ((ObjectNode) json.get("targets").get(0)).put("file", entry).put("sha256", sha);
        json.putObject("files").put(entry, sha);
        Files.writeString(manifest, SnapshotJson.mapper().writeValueAsString(json));
    }

    private static void gzip(Path file, String line) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
