package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A snapshot on disk as the evaluate stage reads it: the manifest and, target by target, the
 * resource records, each file checked against the sha256 the manifest recorded.
 */
public final class SnapshotDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonNode manifest;

    private SnapshotDirectory(Path dir, JsonNode manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    public static SnapshotDirectory open(Path dir) {
        Path manifestFile = dir.resolve("manifest.json");
        try {
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            if (!"vigil-snapshot".equals(manifest.path("format").asText())) {
                throw new IllegalArgumentException(manifestFile + ": not a Vigil snapshot manifest (no \"format\": \"vigil-snapshot\")");
            }
            int version = manifest.path("format_version").asInt(-1);
            if (version != 1) {
                throw new IllegalArgumentException(manifestFile + ": snapshot format version " + version
                        + " is not supported (this Vigil reads version 1)");
            }
            return new SnapshotDirectory(dir, manifest);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(dir + " is not a snapshot: " + manifestFile + " is missing");
        } catch (IOException e) {
            throw new IllegalArgumentException(manifestFile + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** Data files of targets that were collected (COMPLETE or PARTIAL), in manifest order. */
    public List<String> dataFiles() {
        List<String> files = new ArrayList<>();
        for (JsonNode t : manifest.path("targets")) {
            String file = t.path("file").asText(null);
            String status = t.path("status").asText();
            if (file != null && (status.equals("COMPLETE") || status.equals("PARTIAL"))) {
                files.add(file);
            }
        }
        return files;
    }

    /** Streams the records of one data file to {@code sink}, then checks the file's sha256. */
    public void readRecords(String file, Consumer<JsonNode> sink) {
        Path path = dir.resolve(file);
        String expected = manifest.path("files").path(file).asText(null);
        try (InputStream raw = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DigestInputStream digest = new DigestInputStream(raw, sha);
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(digest, 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        sink.accept(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(path + ":" + lineNo + ": not a JSON record: "
                                + e.getOriginalMessage());
                    }
                }
                digest.transferTo(OutputStream.nullOutputStream());
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (expected != null && !expected.equalsIgnoreCase(actual)) {
                throw new IllegalArgumentException(path + ": sha256 " + actual + " does not match the manifest ("
                        + expected + "); the snapshot was modified or is damaged");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
