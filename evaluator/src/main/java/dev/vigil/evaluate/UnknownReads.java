package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uncollected inputs one check read while it was judged, per evaluating thread. Watched objects (a record's
 * attributes with unknown keys, the account's resources by type with unlisted types, the org tree with
 * incomplete keys) report here; a verdict that read any of them is UNKNOWN.
 */
final class UnknownReads {
    private static final ThreadLocal<Set<UnknownInput>> CURRENT = ThreadLocal.withInitial(LinkedHashSet::new);

    private UnknownReads() {}

    /** Starts a judgement on this thread: forgets what earlier ones read. */
    static void start() {
        CURRENT.get().clear();
    }

    /** What the judgement on this thread read of uncollected inputs since {@link #start()}. */
    static List<UnknownInput> read() {
        return new ArrayList<>(CURRENT.get());
    }

    /**
     * {@code object}, watched for reads of the keys in {@code unknown}; {@code object} itself when nothing of it is
     * unknown.
     */
    static Value watch(Value object, Map<String, List<UnknownInput>> unknown) {
        if (unknown.isEmpty() || !(object instanceof ObjectValue o)) {
            return object;
        }
        Map<Value, List<UnknownInput>> byKey = new LinkedHashMap<>();
        unknown.forEach((k, inputs) -> byKey.put(new StringValue(k), List.copyOf(inputs)));
        List<UnknownInput> every = byKey.values().stream().flatMap(List::stream).toList();
        return ObjectValue.watched(o, byKey.keySet(), key -> CURRENT.get().addAll(key == null ? every : byKey.get(key)));
    }

    /** The {@code unknown} list of a record or org tree (snapshot JSON), by attribute. */
    static Map<String, List<UnknownInput>> of(JsonNode unknownList) {
        Map<String, List<UnknownInput>> out = new LinkedHashMap<>();
        for (JsonNode u : unknownList) {
            UnknownInput input = new UnknownInput(u.path("attribute").asText(), u.path("service").asText(),
                    u.path("operation").asText(), u.path("error_code").asText());
            out.computeIfAbsent(input.attribute(), k -> new ArrayList<>()).add(input);
        }
        return out;
    }
}
