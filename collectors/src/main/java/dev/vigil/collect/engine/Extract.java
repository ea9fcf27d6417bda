package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;

/** Ways to take a value out of a detail call's response, by AWS member name. */
public final class Extract {
    private Extract() {}

    /** The whole response, as its members. */
    public static Function<SdkPojo, JsonNode> whole() {
        return SdkJson::toJson;
    }

    /** One member of the response ({@code null} when absent). */
    public static Function<SdkPojo, JsonNode> member(String name) {
        return response -> {
            JsonNode value = SdkJson.toJson(response).get(name);
            return value == null ? NullNode.getInstance() : value;
        };
    }

    /** Some members of the response, as an object. */
    public static Function<SdkPojo, JsonNode> members(String... names) {
        return response -> {
            ObjectNode all = SdkJson.toJson(response);
            ObjectNode picked = all.objectNode();
            for (String name : names) {
                if (all.has(name)) {
                    picked.set(name, all.get(name));
                }
            }
            return picked;
        };
    }

    public static String text(ObjectNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
