package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the deny set of one check on one resource into a finding. */
final class FindingBuilder {
    private final FrameworkIndex frameworks;
    private final Waivers waivers;
    private final String timestamp;

    FindingBuilder(FrameworkIndex frameworks, Waivers waivers, String timestamp) {
        this.frameworks = frameworks;
        this.waivers = waivers;
        this.timestamp = timestamp;
    }

    Finding fromDenies(CheckMetadata check, JsonNode resource, AccountContext account, JsonNode denies) {
        if (denies == null || denies.isNull() || denies.isEmpty()) {
            return build(check, resource, account, Status.PASS, passMessage(check, resource), null, null);
        }
        StringBuilder msg = new StringBuilder();
        ArrayNode evidence = JsonNodeFactory.instance.arrayNode();
        for (JsonNode deny : denies) {
            String text = deny.isTextual() ? deny.asText() : deny.path("msg").asText(deny.toString());
            if (msg.length() > 0) {
                msg.append("; ");
            }
            msg.append(text);
            if (deny.has("evidence")) {
                evidence.add(deny.get("evidence"));
            }
        }
        Map<String, String> tags = tags(resource);
        var waiver = waivers.match(check.id(), uid(resource), account.id(), tags);
        if (waiver.isPresent()) {
            return build(check, resource, account, Status.MUTED, msg.toString(),
                    evidence.isEmpty() ? null : evidence, waiver.get().reason());
        }
        return build(check, resource, account, Status.FAIL, msg.toString(), evidence.isEmpty() ? null : evidence, null);
    }

    Finding error(CheckMetadata check, JsonNode resource, AccountContext account, String message) {
        return build(check, resource, account, Status.ERROR, "policy evaluation failed: " + message, null, null);
    }

    private Finding build(CheckMetadata check, JsonNode resource, AccountContext account, Status status,
                          String message, JsonNode evidence, String muteReason) {
        String uid = uid(resource);
        return new Finding(check.id(), check.title(), status, message, check.severity(),
                resource.path("provider").asText(), account.id(), account.name(),
                resource.path("region").asText("global"), resource.path("service").asText(check.service()),
                resource.path("type").asText(), uid, resource.path("name").asText(resource.path("id").asText()),
                tags(resource), evidence, Fingerprints.of(check.id(), uid), frameworks.requirementsOf(check.id()),
                muteReason, null, timestamp);
    }

    private static String passMessage(CheckMetadata check, JsonNode resource) {
        return resource.path("type").asText() + " " + resource.path("name").asText(resource.path("id").asText())
                + " passes: " + check.title();
    }

    private static String uid(JsonNode resource) {
        return resource.path("uid").asText();
    }

    static Map<String, String> tags(JsonNode resource) {
        Map<String, String> tags = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = resource.path("tags").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            tags.put(e.getKey(), e.getValue().asText());
        }
        return tags;
    }

    /** Framework id to requirement ids, for each check. */
    static final class FrameworkIndex {
        private final Map<String, Map<String, List<String>>> byCheck;

        FrameworkIndex(List<Framework> frameworks) {
            Map<String, Map<String, List<String>>> index = new LinkedHashMap<>();
            for (Framework fw : frameworks) {
                for (Framework.Requirement req : fw.requirements()) {
                    for (String checkId : req.checks()) {
                        index.computeIfAbsent(checkId, k -> new LinkedHashMap<>())
                                .computeIfAbsent(fw.id(), k -> new java.util.ArrayList<>())
                                .add(req.id());
                    }
                }
            }
            this.byCheck = index;
        }

        Map<String, List<String>> requirementsOf(String checkId) {
            return byCheck.getOrDefault(checkId, Map.of());
        }
    }
}
