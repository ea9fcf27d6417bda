package dev.vigil.report.sarif;

import dev.vigil.report.TestPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF Multitool from npm ({@code @microsoft/sarif-multitool}), installed on first use into
 * {@code vigil.sarif.tool.dir} (default target/sarif-tool) by src/test/sarif-tool.sh when npm is available.
 * The package also carries a copy of the SARIF 2.1.0 JSON schema.
 */
final class SarifTool {
    private static Path packageDir;

    private SarifTool() {}

    /** The installed package folder, or empty when neither the package nor npm is available. */
    static synchronized Optional<Path> packageDir() {
        if (packageDir != null) {
            return Optional.of(packageDir);
        }
        Path dir = Path.of(System.getProperty("vigil.sarif.tool.dir", TestPaths.target().resolve("sarif-tool").toString()));
        Path pkg = dir.resolve("node_modules/@microsoft/sarif-multitool-linux");
        if (!Files.isExecutable(pkg.resolve("Sarif.Multitool")) && onPath("npm")) {
            install(dir);
        }
        if (!Files.isExecutable(pkg.resolve("Sarif.Multitool"))) {
            return Optional.empty();
        }
        packageDir = pkg;
        return Optional.of(pkg);
    }

    static Optional<Path> executable() {
        return packageDir().map(p -> p.resolve("Sarif.Multitool"));
    }

    static String whereToGet() {
        return "run reporting/src/test/sarif-tool.sh DIR (needs npm) and set -Dvigil.sarif.tool.dir=DIR";
    }

    private static void install(Path dir) {
        try {
            Process install = new ProcessBuilder("sh", "src/test/sarif-tool.sh", dir.toString())
                    .redirectErrorStream(true).redirectOutput(TestPaths.target().resolve("sarif-tool-install.log").toFile())
                    .start();
            if (!install.waitFor(5, TimeUnit.MINUTES)) {
                install.destroyForcibly();
            }
        } catch (IOException e) {
            // reported by the caller as "not installed"
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
