package dev.vigil.fakecloud.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The planted findings of a synthetic org, sorted by check id then resource uid. */
public record GroundTruth(String generator, long seed, List<Finding> findings) {

    public GroundTruth {
        findings = List.copyOf(new TreeSet<>(findings));
    }

    /** One ground truth for several synthetic clouds collected into one snapshot. */
    public static GroundTruth merge(String generator, List<GroundTruth> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Finding> all = new java.util.ArrayList<>();
        parts.forEach(p -> all.addAll(p.findings()));
        return new GroundTruth(generator, parts.isEmpty() ? 0 : parts.get(0).seed(), all);
    }

    public Set<String> checkIds() {
        return findings.stream().map(Finding::checkId).collect(Collectors.toCollection(TreeSet::new));
    }

    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("generator", generator);
        root.put("seed", seed);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            list.addObject().put("check_id", f.checkId()).put("resource_uid", f.resourceUid());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code ground-truth.json} atomically (temp file + rename) to {@code file}. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString() + ".tmp-", "");
        Files.writeString(tmp, toJson());
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
