package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Microsoft Graph v1.0 over the same signed, rate-limited, read-only pipeline as ARM (its own token scope). */
final class GraphClient {
    private final ArmClient transport;
    private final String endpoint;

    GraphClient(ArmClient transport, String endpoint) {
        this.transport = transport;
        this.endpoint = endpoint.replaceAll("/+$", "");
    }

    int calls() {
        return transport.calls();
    }

    JsonNode get(String path) {
        return transport.getUrl(endpoint + "/v1.0" + path);
    }

    /** Every item of a collection, following {@code @odata.nextLink}. */
    List<JsonNode> list(String path) {
        List<JsonNode> out = new ArrayList<>();
        String next = endpoint + "/v1.0" + path;
        while (next != null) {
            JsonNode page = transport.getUrl(next);
            page.path("value").forEach(out::add);
            JsonNode link = page.path("@odata.nextLink");
            next = link.isTextual() && !link.asText().isEmpty() ? link.asText() : null;
        }
        return out;
    }
}
