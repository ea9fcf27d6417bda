package dev.vigil.collect.azure;

import com.fasterxml.jackson.databind.JsonNode;
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
        return transport.listUrl(endpoint + "/v1.0" + path, "@odata.nextLink");
    }
}
