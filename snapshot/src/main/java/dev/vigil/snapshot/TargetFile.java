package dev.vigil.snapshot;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The data file of one target while it is written: gzip JSON Lines into a temp file, hashed as stored.
 * {@link #commit()} renames it into place; until then nobody sees it. Thread-safe.
 */
public final class TargetFile implements AutoCloseable {
    private static final byte[] NEWLINE = {'\n'};

    private final String relativePath;
    private final Path finalPath;
    private final Path tempPath;
    private final MessageDigest digest = AtomicFiles.newSha256();
    private final OutputStream out;
    private final ObjectWriter writer = SnapshotJson.mapper().writer();
    private int count;
    private boolean closed;

    TargetFile(Path dir, String relativePath) {
        this.relativePath = relativePath;
        this.finalPath = dir.resolve(relativePath);
        this.tempPath = AtomicFiles.tempFor(finalPath);
        try {
            Files.createDirectories(finalPath.getParent());
            OutputStream file = new DigestOutputStream(Files.newOutputStream(tempPath), digest);
            this.out = new BufferedOutputStream(new GZIPOutputStream(file, 64 * 1024), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + tempPath + ": " + e.getMessage(), e);
        }
    }

    public String relativePath() {
        return relativePath;
    }

    public synchronized void write(ResourceRecord record) {
        if (closed) {
            throw new IllegalStateException(relativePath + " is already closed");
        }
        try {
            out.write(writer.writeValueAsBytes(record));
            out.write(NEWLINE);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tempPath + ": " + e.getMessage(), e);
        }
    }

    public synchronized int count() {
        return count;
    }

    /** Finishes the file and renames it into place; returns the sha256 of the stored bytes. */
    synchronized String commit() {
        try {
            closed = true;
            out.close();
            AtomicFiles.moveIntoPlace(tempPath, finalPath);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(tempPath);
            throw new UncheckedIOException("cannot finish " + finalPath + ": " + e.getMessage(), e);
        }
    }

    /** Discards the file (the target failed or the run was stopped). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // the temp file is deleted below either way
            }
            AtomicFiles.deleteQuietly(tempPath);
        }
    }
}
