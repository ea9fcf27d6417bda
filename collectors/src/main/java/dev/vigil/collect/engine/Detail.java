package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkClient;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A per-item detail call.
 *
 * @param key           attribute that receives the extracted value; {@code null} merges the extracted
 *                      object's members into the item
 * @param notConfigured error codes that mean "not configured": the key gets {@code null}, no gap
 */
public record Detail<C extends SdkClient>(
        String key,
        Operation operation,
        BiFunction<C, ObjectNode, ? extends SdkPojo> call,
        Function<SdkPojo, JsonNode> extract,
        Set<String> notConfigured) {

    public static <C extends SdkClient> Detail<C> of(String key, Operation operation,
            BiFunction<C, ObjectNode, ? extends SdkPojo> call, Function<SdkPojo, JsonNode> extract,
            String... notConfigured) {
        return new Detail<>(key, operation, call, extract, Set.of(notConfigured));
    }

    public static <C extends SdkClient> Detail<C> merge(Operation operation,
            BiFunction<C, ObjectNode, ? extends SdkPojo> call, Function<SdkPojo, JsonNode> extract) {
        return new Detail<>(null, operation, call, extract, Set.of());
    }
}
