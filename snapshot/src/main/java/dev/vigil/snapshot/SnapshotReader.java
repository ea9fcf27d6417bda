package dev.vigil.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.vigil.text.VisibleText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads a snapshot: the manifest, then records streamed target by target with their sha256 verified. */
public final class SnapshotReader {
    public static final String MANIFEST = "manifest.json";

    private final Path dir;
    private final Manifest manifest;
    private final SnapshotPaths paths;

    private SnapshotReader(Path dir, Manifest manifest, SnapshotPaths paths) {
        this.dir = dir;
        this.manifest = manifest;
        this.paths = paths;
    }

    public static SnapshotReader open(Path dir) {
        Path file = dir.resolve(MANIFEST);
        Manifest manifest;
        try {
            manifest = SnapshotJson.mapper().readValue(file.toFile(), Manifest.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new SnapshotIntegrityException(visible(dir) + " is not a snapshot: " + visible(file) + " is missing");
        } catch (IOException e) {
            throw new SnapshotIntegrityException(visible(file) + ": " + VisibleText.block(e.getMessage()), e);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new SnapshotIntegrityException(visible(file) + ": not a Vigil snapshot manifest (format is "
                    + VisibleText.line(manifest.format()) + ")");
        }
        if (manifest.formatVersion() < Manifest.OLDEST_READABLE || manifest.formatVersion() > Manifest.VERSION) {
            throw new SnapshotIntegrityException(visible(file) + ": snapshot format version " + manifest.formatVersion()
                    + " is not supported (this Vigil reads versions " + Manifest.OLDEST_READABLE + " to "
                    + Manifest.VERSION + ")");
        }
        SnapshotPaths paths = new SnapshotPaths(dir);
        manifest.targets().stream().filter(t -> t.file() != null).forEach(t -> paths.resolve(t.file()));
        return new SnapshotReader(dir, manifest, paths);
    }

    public Manifest manifest() {
        return manifest;
    }

    public Path dir() {
        return dir;
    }

    /** Targets that have a data file (COMPLETE or PARTIAL), in manifest order. */
    public List<Target> collectedTargets() {
        List<Target> collected = new ArrayList<>();
        for (Target t : manifest.targets()) {
            if (t.file() != null && (t.status() == TargetStatus.COMPLETE || t.status() == TargetStatus.PARTIAL)) {
                collected.add(t);
            }
        }
        return collected;
    }

    /**
     * Streams the records of one target to {@code sink}; the file's sha256 is checked once it is read to
     * the end, and a mismatch throws {@link SnapshotIntegrityException} (the records already delivered
     * must then be discarded by the caller).
     */
    public void read(Target target, Consumer<ResourceRecord> sink) {
        String expected = manifest.files().getOrDefault(target.file(), target.sha256());
        Path file = paths.resolve(target.file());
        MessageDigest digest = AtomicFiles.newSha256();
        ObjectReader reader = SnapshotJson.mapper().readerFor(ResourceRecord.class);
        int line = 0;
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest);
                BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 64 * 1024),
                        StandardCharsets.UTF_8))) {
            String text;
            while ((text = lines.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    sink.accept(reader.readValue(text));
                }
            }
            raw.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text it could not parse, so neither it nor the cause is passed on: an
            // error must not echo a data file's contents
            String column = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            throw new SnapshotIntegrityException(visible(file) + ":" + line + ": not a JSON resource record" + column);
        } catch (IOException e) {
            throw new SnapshotIntegrityException(visible(file) + ":" + line + ": " + VisibleText.line(e.getMessage()),
                    e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expected)) {
            throw new SnapshotIntegrityException(visible(file) + ": sha256 " + actual
                    + " does not match the manifest's " + VisibleText.line(expected));
        }
    }

    /**
     * The {@code account_id} of every record of a target, in order, parsing no further into each line: a cheap first
     * pass (its integrity is checked when {@link #read} reads the file).
     */
    public void forEachAccountId(Target target, Consumer<String> sink) {
        Path file = paths.resolve(target.file());
        JsonFactory json = SnapshotJson.mapper().getFactory();
        int line = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file), 64 * 1024), StandardCharsets.UTF_8))) {
            String text;
            while ((text = lines.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    sink.accept(accountId(json, text));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SnapshotIntegrityException(visible(file) + ":" + line + ": not a JSON resource record");
        } catch (IOException e) {
            throw new SnapshotIntegrityException(visible(file) + ":" + line + ": " + VisibleText.line(e.getMessage()),
                    e);
        }
    }

    private static String accountId(JsonFactory json, String line) throws IOException {
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("account_id".equals(name)) {
                    return p.getValueAsString();
                }
                p.skipChildren();
            }
            return null;
        }
    }

    private static String visible(Path path) {
        return VisibleText.line(path.toString());
    }

    /** Streams every record of every collected target. */
    public void forEachRecord(Consumer<ResourceRecord> sink) {
        for (Target t : collectedTargets()) {
            read(t, sink);
        }
    }

    public List<ResourceRecord> readAll(Target target) {
        List<ResourceRecord> all = new ArrayList<>();
        read(target, all::add);
        return all;
    }
}
