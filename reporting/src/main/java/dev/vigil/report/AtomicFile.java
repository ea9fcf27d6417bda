package dev.vigil.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file to {@code NAME.tmp-<random>} beside it and renames it over {@code NAME} on
 * {@link #commit()}, so a reader never sees half a report. Closing without commit deletes the temp file.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the report.
        this.temp = dir.resolve(target.getFileName() + ".tmp-" + UUID.randomUUID());
        this.out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
    }

    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    /** Closes the stream and renames the temp file over the target. */
    public Path commit() throws IOException {
        return commitAs(target);
    }

    /** Closes the stream and renames the temp file over {@code finalTarget}, in the same directory. */
    public Path commitAs(Path finalTarget) throws IOException {
        out.close();
        try {
            Files.move(temp, finalTarget, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, finalTarget, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        return finalTarget;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
