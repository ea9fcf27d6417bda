package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;

/** Writes one page of a list into a JSON response under the service's token names. */
final class JsonPages {
    private final int maxPageSize;

    JsonPages(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    /**
     * @param tokenIn   request member carrying the token (NextToken, Marker, PaginationToken, ...)
     * @param limitIn   request member carrying the page size (MaxResults, Limit, ...)
     * @param tokenOut  response member for the next token
     */
    <T> ObjectNode page(JsonNode request, List<T> items, String listName, String tokenIn, String limitIn,
            String tokenOut, String errorCode, BiConsumer<ArrayNode, T> write) {
        JsonNode limit = request.get(limitIn);
        Page<T> page = Page.of(items, text(request, tokenIn), limit == null || limit.isNull() ? null : limit.asInt(),
                maxPageSize, errorCode);
        ObjectNode out = JsonProtocol.object();
        ArrayNode list = out.putArray(listName);
        page.items().forEach(item -> write.accept(list, item));
        if (page.next() != null) {
            out.put(tokenOut, page.next());
        }
        return out;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null || v.isEmpty()) {
            throw new AwsError(400, "ValidationException", "1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return v;
    }
}
