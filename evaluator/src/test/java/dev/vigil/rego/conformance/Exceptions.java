package dev.vigil.rego.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes the known-failures file ({@code id<TAB>reason} per line) and the tier table. */
final class Exceptions {
    private Exceptions() {}

    static Map<String, String> read(Path p) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(p)) {
            return out;
        }
        for (String line : Files.readAllLines(p)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            out.put(
                    tab < 0 ? line.trim() : line.substring(0, tab),
                    tab < 0 ? "" : line.substring(tab + 1));
        }
        return out;
    }

    static void write(Path p, TreeMap<String, String> failures) throws IOException {
        StringBuilder sb =
                new StringBuilder(
                        "# Known failing OPA conformance cases: id<TAB>reason.\n"
                                + "# Regenerate with -Dvigil.conformance.update=true.\n");
        failures.forEach(
                (id, reason) -> {
                    String r = reason.replace('\n', ' ').replace('\t', ' ');
                    sb.append(id)
                            .append('\t')
                            .append(r.length() > 200 ? r.substring(0, 200) : r)
                            .append('\n');
                });
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, sb.toString());
    }

    static Map<String, String> tiers(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(tsv)) {
            return out; // a plain checkout of OPA's cases has no tier list: every directory counts as untiered
        }
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length > 1) {
                out.put(f[0], f[1]);
            }
        }
        return out;
    }
}
