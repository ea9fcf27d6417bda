package dev.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.vigil.evaluate.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every report from {@link ScanFixture} with a fixed clock and compares each file byte for
 * byte with src/test/resources/golden/ (the complete scan) and src/test/resources/golden-incomplete/
 * ({@link ScanFixture#incompleteScan()}). {@code -Dvigil.golden.update=true} rewrites the golden files
 * (review the diff before committing); on a mismatch the actual files are left in target/golden-actual/
 * (target/golden-incomplete-actual/).
 */
class GoldenFilesTest {

    @TempDir
    Path out;

    @Test
    void reportsMatchTheGoldenFiles() throws IOException {
        compare(ScanFixture.scanResult(), "golden");
    }

    @Test
    void reportsOfAnIncompleteScanMatchTheGoldenFiles() throws IOException {
        compare(ScanFixture.incompleteScan(), "golden-incomplete");
    }

    private void compare(ScanResult scan, String name) throws IOException {
        Path golden = Path.of("src/test/resources").resolve(name);
        List<Path> written = ReportWriter.writeAll(scan, out, ReportOptions.defaults().withClock(ScanFixture.CLOCK));
        assertThat(written).allMatch(Files::isRegularFile);

        if (Boolean.getBoolean("vigil.golden.update")) {
            deleteTree(golden);
            copyTree(out, golden);
            return;
        }
        List<String> actual = files(out);
        List<String> expected = files(golden);
        if (!actual.equals(expected) || !actual.stream().allMatch(f -> same(out.resolve(f), golden.resolve(f)))) {
            Path keep = TestPaths.target().resolve(name + "-actual");
            deleteTree(keep);
            copyTree(out, keep);
            assertThat(actual).as("files written").isEqualTo(expected);
            for (String f : actual) {
                assertThat(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).as(f + " (actual in " + keep + ")")
                        .isEqualTo(Files.readString(golden.resolve(f), StandardCharsets.UTF_8));
            }
            fail("golden files differ");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Relative paths of the regular files under dir, sorted; the golden dir's .gitattributes is not a report. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".gitattributes")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (String f : files(from)) {
            Path target = to.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(f), target);
        }
        Files.writeString(to.resolve(".gitattributes"), "# Byte-exact golden files (the CSVs end lines with CRLF).\n* -text\n");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
