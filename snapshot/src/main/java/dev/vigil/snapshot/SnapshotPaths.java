package dev.vigil.snapshot;

import dev.vigil.text.VisibleText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves a manifest's {@code file} entries, which must stay inside the snapshot directory: a snapshot is often
 * someone else's archive, and reading it must never open {@code ../../home/x/.aws/credentials} or {@code /etc/shadow}.
 * An entry is refused when it is absolute, when it leaves the directory once normalised, or when the file exists and
 * its real path (symbolic links resolved) lies outside the directory's real path.
 */
final class SnapshotPaths {
    private final Path dir;
    private final Path manifestFile;

    SnapshotPaths(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.manifestFile = dir.resolve(SnapshotReader.MANIFEST);
    }

    /** The file an entry names; throws {@link SnapshotIntegrityException} for one that leaves the directory. */
    Path resolve(String entry) {
        Path relative;
        try {
            relative = Path.of(entry);
        } catch (InvalidPathException e) {
            throw refused(entry, "is not a valid path");
        }
        if (relative.isAbsolute() || entry.startsWith("/") || entry.startsWith("\\")) {
            throw refused(entry, "is absolute; entries must be relative to the snapshot directory");
        }
        Path file = dir.resolve(relative).normalize();
        if (file.equals(dir)) {
            throw refused(entry, "names the snapshot directory itself, not a file in it");
        }
        if (!file.startsWith(dir)) {
            throw refused(entry, "leaves the snapshot directory " + VisibleText.line(dir.toString()));
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !realPathInside(file)) {
            throw refused(entry, "is a symbolic link out of the snapshot directory "
                    + VisibleText.line(dir.toString()));
        }
        return file;
    }

    /** False also for a link that does not resolve: what it would point to once created is not known. */
    private boolean realPathInside(Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private SnapshotIntegrityException refused(String entry, String why) {
        return new SnapshotIntegrityException(VisibleText.line(manifestFile.toString()) + ": file entry \""
                + VisibleText.line(entry) + "\" " + why);
    }
}
