package dev.vigil.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Temp-file-then-rename writes, so that a reader never sees half a file. */
public final class AtomicFiles {
    static final String TMP_MARKER = ".tmp-";

    private AtomicFiles() {}

    public static Path tempFor(Path target) {
        String random = UUID.randomUUID().toString().substring(0, 8);
        return target.resolveSibling(target.getFileName() + TMP_MARKER + random);
    }

    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void write(Path target, byte[] bytes) {
        Path temp = tempFor(target);
        try {
            Files.createDirectories(target.getParent());
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes stray {@code *.tmp-*} files that an interrupted run left behind, recursively. */
    public static int removeStrayTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isDirectory(p)) {
                    removed += removeStrayTemps(p);
                } else if (p.getFileName().toString().contains(TMP_MARKER)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a stray temp file is removed on the next resume
        }
    }
}
