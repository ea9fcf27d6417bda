package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Serialises SDK model objects generically through {@link SdkPojo#sdkFields()}, keyed by the AWS API
 * member names, so the snapshot carries exactly the names AWS documents. Timestamps become ISO-8601
 * UTC strings; members the API did not return are left out, except lists and maps, which become empty.
 */
public final class SdkJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {}

    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            JsonNode json = value(value);
            if (json != null) {
                node.set(field.memberName(), json);
            }
        }
        return node;
    }

    public static JsonNode value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof BigDecimal bd) {
            return NODES.numberNode(bd);
        }
        if (value instanceof Short s) {
            return NODES.numberNode(s);
        }
        if (value instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
        }
        if (value instanceof Document document) {
            return document.isNull() ? null : NODES.textNode(document.toString());
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            if (!(list instanceof SdkAutoConstructList)) {
                for (Object item : list) {
                    JsonNode json = value(item);
                    array.add(json == null ? NODES.nullNode() : json);
                }
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            if (!(map instanceof SdkAutoConstructMap)) {
                map.forEach((k, v) -> {
                    JsonNode json = value(v);
                    object.set(String.valueOf(k), json == null ? NODES.nullNode() : json);
                });
            }
            return object;
        }
        return NODES.textNode(value.toString());
    }
}
