package dev.vigil.fakecloud.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** EC2 request filters: {@code Filter.N.Name}/{@code Filter.N.Value.M} and id lists such as {@code VpcId.N}. */
final class Ec2Filters {
    private final Map<String, Set<String>> filters = new HashMap<>();

    Ec2Filters(Map<String, String> form, String idParam, String idFilter) {
        for (Map.Entry<String, String> e : form.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("Filter.") && key.endsWith(".Name")) {
                String prefix = key.substring(0, key.length() - "Name".length());
                Set<String> values = new HashSet<>();
                form.forEach((k, v) -> {
                    if (k.startsWith(prefix + "Value.")) {
                        values.add(v);
                    }
                });
                filters.computeIfAbsent(e.getValue(), k -> new HashSet<>()).addAll(values);
            } else if (idParam != null && key.startsWith(idParam + ".")) {
                filters.computeIfAbsent(idFilter, k -> new HashSet<>()).add(e.getValue());
            }
        }
    }

    /**
     * Keeps the items whose attributes match every filter. {@code attributes} maps a filter name to the item's
     * value; a filter the item type does not know is refused as EC2 does.
     */
    <T> List<T> apply(List<T> items, Function<T, Map<String, String>> attributes) {
        if (filters.isEmpty()) {
            return items;
        }
        List<T> out = new ArrayList<>();
        for (T item : items) {
            Map<String, String> attrs = attributes.apply(item);
            boolean keep = true;
            for (Map.Entry<String, Set<String>> f : filters.entrySet()) {
                if (!attrs.containsKey(f.getKey())) {
                    throw new AwsError(400, "InvalidParameterValue", "The filter '" + f.getKey() + "' is invalid");
                }
                keep &= f.getValue().contains(attrs.get(f.getKey()));
            }
            if (keep) {
                out.add(item);
            }
        }
        return out;
    }
}
