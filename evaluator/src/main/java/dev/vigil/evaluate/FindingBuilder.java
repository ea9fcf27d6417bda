package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.UnknownInput;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the deny set of one check on one resource into a finding. Findings are the run's output and stay in memory
 * to the end, so what they repeat is shared: the few distinct providers, regions, services and types, one tag map
 * per resource, one framework map per check.
 */
final class FindingBuilder {
    private final FrameworkIndex frameworks;
    private final Waivers waivers;
    private final String timestamp;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** The last resource this thread built a finding for, and its tags: the checks of a resource run in a row. */
    private final ThreadLocal<Object[]> lastTags = ThreadLocal.withInitial(() -> new Object[2]);

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

    /** The verdict depends on inputs the collection could not read; the finding names them. */
    Finding unknown(CheckMetadata check, JsonNode resource, AccountContext account, List<UnknownInput> inputs) {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        ArrayNode list = evidence.putArray("unknown");
        for (UnknownInput u : inputs) {
            list.addObject().put("attribute", u.attribute()).put("service", u.service())
                    .put("operation", u.operation()).put("error_code", u.errorCode());
        }
        String named = String.join(", ", inputs.stream().map(UnknownInput::describe).distinct().limit(3).toList())
                + (inputs.size() > 3 ? " and " + (inputs.size() - 3) + " more" : "");
        return build(check, resource, account, Status.UNKNOWN, "UNKNOWN: " + check.title()
                + " depends on input the scan could not read: " + named, evidence, null);
    }

    /** The account was not collected at all (its role could not be assumed, or the collection stopped first). */
    Finding notCollected(CheckMetadata check, JsonNode accountResource, AccountContext account, String why) {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        evidence.put("not_collected", why);
        return build(check, accountResource, account, Status.UNKNOWN, "UNKNOWN: " + check.title() + " cannot be judged: "
                + "account " + account.id() + " was not collected (" + why + ")", evidence, null);
    }

    Finding error(CheckMetadata check, JsonNode resource, AccountContext account, String message) {
        return build(check, resource, account, Status.ERROR, "policy evaluation failed: " + message, null, null);
    }

    /** The run's evaluation budget ran out before the check was judged: an ERROR, never a silent gap. */
    Finding notEvaluated(CheckMetadata check, JsonNode resource, AccountContext account, String message) {
        return build(check, resource, account, Status.ERROR, message, null, null);
    }

    private Finding build(CheckMetadata check, JsonNode resource, AccountContext account, Status status,
                          String message, JsonNode evidence, String muteReason) {
        String uid = uid(resource);
        return new Finding(check.id(), check.title(), status, message, check.severity(),
                shared(resource.path("provider").asText()), account.id(), account.name(),
                shared(resource.path("region").asText("global")), shared(resource.path("service").asText(check.service())),
                shared(resource.path("type").asText()), uid, resource.path("name").asText(resource.path("id").asText()),
                sharedTags(resource), evidence, Fingerprints.of(check.id(), uid), frameworks.requirementsOf(check.id()),
                muteReason, null, timestamp);
    }

    private String shared(String name) {
        String known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }

    private Map<String, String> sharedTags(JsonNode resource) {
        Object[] last = lastTags.get();
        if (last[0] != resource) {
            last[0] = resource;
            last[1] = Map.copyOf(tags(resource));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> tags = (Map<String, String>) last[1];
        return tags;
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
            // immutable, so a finding's Map.copyOf keeps this one instead of copying it
            Map<String, Map<String, List<String>>> frozen = new LinkedHashMap<>();
            index.forEach((check, byFramework) -> frozen.put(check, Map.copyOf(byFramework)));
            this.byCheck = frozen;
        }

        Map<String, List<String>> requirementsOf(String checkId) {
            return byCheck.getOrDefault(checkId, Map.of());
        }
    }
}
