package dev.vigil.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs an UNKNOWN finding depends on, as labels to group findings by: {@code s3:GetBucketAcl AccessDenied}
 * for each entry of evidence {@code {"unknown": [{"service", "operation", "error_code", ...}]}},
 * {@link #NOT_COLLECTED} for evidence {@code {"not_collected": ...}}, {@link #UNREAD} otherwise.
 */
final class UnknownInputs {

    static final String NOT_COLLECTED = "an account that was not collected";
    static final String UNREAD = "an input the collection could not read";

    private UnknownInputs() {
    }

    static List<String> of(JsonNode evidence) {
        if (evidence == null) {
            return List.of(UNREAD);
        }
        if (evidence.has("not_collected")) {
            return List.of(NOT_COLLECTED);
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode input : evidence.path("unknown")) {
            String call = input.path("service").asText("") + ":" + input.path("operation").asText("");
            String error = input.path("error_code").asText("");
            labels.add(call.equals(":") ? UNREAD : error.isEmpty() ? call : call + " " + error);
        }
        return labels.isEmpty() ? List.of(UNREAD) : List.copyOf(labels);
    }
}
