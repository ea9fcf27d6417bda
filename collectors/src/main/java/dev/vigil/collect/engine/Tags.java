package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Reads AWS tag lists in their several spellings into a flat map. */
public final class Tags {
    private Tags() {}

    /** {@code [{Key, Value}]}, {@code [{TagKey, TagValue}]} or a plain object; anything else gives an empty map. */
    public static Map<String, String> toMap(JsonNode tags) {
        Map<String, String> map = new TreeMap<>();
        if (tags == null || tags.isNull()) {
            return map;
        }
        if (tags.isObject()) {
            tags.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }
        for (JsonNode tag : tags) {
            JsonNode key = tag.has("Key") ? tag.get("Key") : tag.get("TagKey");
            JsonNode value = tag.has("Value") ? tag.get("Value") : tag.get("TagValue");
            if (key != null) {
                map.put(key.asText(), value == null || value.isNull() ? "" : value.asText());
            }
        }
        return map;
    }
}
