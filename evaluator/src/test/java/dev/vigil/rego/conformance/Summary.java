package dev.vigil.rego.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes target/conformance/summary.json. */
final class Summary {
    private Summary() {}

    static void write(
            Path out, int total, int passed, Map<String, int[]> tiers, Map<String, Integer> missing)
            throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("total", total);
        root.put("passed", passed);
        ObjectNode t = root.putObject("tiers");
        tiers.forEach((k, v) -> t.putObject(k).put("total", v[0]).put("passed", v[1]));
        ArrayNode mb = root.putArray("missing_builtins");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(missing.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        sorted.forEach(e -> mb.addObject().put("name", e.getKey()).put("cases", e.getValue()));
        Files.createDirectories(out.getParent());
        m.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    }
}
