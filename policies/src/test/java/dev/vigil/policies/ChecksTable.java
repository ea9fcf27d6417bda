package dev.vigil.policies;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tables of checks in {@code docs/checks-<provider>.md}: the contract the policy library implements. */
record ChecksTable(Map<String, Row> rows) {

    record Row(String id, Set<String> resourceTypes, String severity) {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*\\d+\\s*\\|\\s*([a-z0-9_]+)\\s*\\|([^|]+)\\|\\s*([a-z]+)\\s*\\|.*\\|\\s*$");

    static ChecksTable read(java.util.List<Path> docs) {
        Map<String, Row> rows = new LinkedHashMap<>();
        docs.forEach(doc -> rows.putAll(read(doc).rows()));
        return new ChecksTable(rows);
    }

    static ChecksTable read(Path doc) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : PolicyLibraryFiles.read(doc).lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                Set<String> types = new TreeSet<>();
                Arrays.stream(m.group(2).split(","))
                        .map(t -> t.replace("`", "").strip())
                        .filter(t -> !t.isEmpty())
                        .forEach(types::add);
                rows.put(m.group(1), new Row(m.group(1), types, m.group(3)));
            }
        }
        return new ChecksTable(rows);
    }
}
