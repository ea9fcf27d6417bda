package dev.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Status;
import dev.vigil.text.VisibleText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a scan's FAIL findings with the synthetic organization's planted misconfigurations
 * ({@code ground-truth.json}): precision and recall, and what differs.
 */
public record GroundTruthCheck(Set<String> planted, Set<String> failed) {

    public static GroundTruthCheck compare(Path groundTruth, List<Finding> findings) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(groundTruth.toFile());
        Set<String> planted = new TreeSet<>();
        for (JsonNode f : doc.path("findings")) {
            planted.add(f.path("check_id").asText() + " " + f.path("resource_uid").asText());
        }
        Set<String> failed = new TreeSet<>();
        for (Finding f : findings) {
            if (f.status() == Status.FAIL || f.status() == Status.MUTED) {
                failed.add(f.checkId() + " " + f.resourceUid());
            }
        }
        return new GroundTruthCheck(planted, failed);
    }

    public Set<String> falsePositives() {
        Set<String> s = new TreeSet<>(failed);
        s.removeAll(planted);
        return s;
    }

    public Set<String> missed() {
        Set<String> s = new TreeSet<>(planted);
        s.removeAll(failed);
        return s;
    }

    public double precision() {
        return failed.isEmpty() ? 1.0 : (failed.size() - falsePositives().size()) / (double) failed.size();
    }

    public double recall() {
        return planted.isEmpty() ? 1.0 : (planted.size() - missed().size()) / (double) planted.size();
    }

    public String summary() {
        StringBuilder s = new StringBuilder(String.format(
                "ground truth: %d planted, %d failing; precision %.1f%%, recall %.1f%%",
                planted.size(), failed.size(), precision() * 100, recall() * 100));
        falsePositives().forEach(x -> s.append("\n  unexpected FAIL: ").append(VisibleText.line(x)));
        missed().forEach(x -> s.append("\n  missed: ").append(VisibleText.line(x)));
        return s.toString();
    }
}
