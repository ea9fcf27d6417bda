package dev.vigil.collect.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Azure Resource Manager over the Azure SDK's HTTP pipeline. Read-only by construction: it sends GET, and POST only
 * to the two query endpoints that read (Resource Graph and Cost Management query); any other POST is refused here.
 */
final class ArmClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READ_POSTS = Set.of("/providers/microsoft.resourcegraph/resources",
            "/providers/microsoft.costmanagement/query");
    private final HttpPipeline pipeline;
    private final Duration callBudget;
    private final String endpoint;
    private final AtomicInteger calls = new AtomicInteger();

    ArmClient(HttpPipeline pipeline, String endpoint, Duration callBudget) {
        this.pipeline = pipeline;
        this.callBudget = callBudget;
        this.endpoint = endpoint.replaceAll("/+$", "");
    }

    int calls() {
        return calls.get();
    }

    JsonNode get(String path, String apiVersion) {
        return send(HttpMethod.GET, url(path, apiVersion), null);
    }

    /** GET of a whole URL (Microsoft Graph: no api-version, its own next links). */
    JsonNode getUrl(String url) {
        return send(HttpMethod.GET, url, null);
    }

    /** Every item of a paged list, following {@code nextLink}. */
    List<JsonNode> list(String path, String apiVersion) {
        return listUrl(url(path, apiVersion), "nextLink");
    }

    /** Every item of a paged list from a whole URL, following the link named {@code nextLinkKey}. */
    List<JsonNode> listUrl(String url, String nextLinkKey) {
        List<JsonNode> out = new ArrayList<>();
        String next = url;
        while (next != null) {
            JsonNode page = send(HttpMethod.GET, next, null);
            page.path("value").forEach(out::add);
            next = page.path(nextLinkKey).isTextual() && !page.path(nextLinkKey).asText().isEmpty()
                    ? page.path(nextLinkKey).asText() : null;
        }
        return out;
    }

    JsonNode query(String path, String apiVersion, ObjectNode body) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (READ_POSTS.stream().noneMatch(lower::endsWith)) {
            throw new IllegalArgumentException("refusing POST " + path + ": Vigil only reads");
        }
        return send(HttpMethod.POST, url(path, apiVersion), body);
    }

    private String url(String path, String apiVersion) {
        return endpoint + path + (path.contains("?") ? "&" : "?") + "api-version=" + apiVersion;
    }

    /** Identity and transport failures (a wrong secret, an untrusted certificate) as ARM errors naming their cause. */
    private HttpResponse sendOrExplain(HttpRequest request) {
        try {
            // the pipeline's call budget ends the call; the margin only guards against a pipeline that never does
            return pipeline.send(request).block(callBudget.plusSeconds(30));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            throw new ArmException(0, ArmFailures.code(e), request.getHttpMethod() + " "
                    + request.getUrl() + ": " + cause.getMessage());
        }
    }

    private JsonNode send(HttpMethod method, String url, ObjectNode body) {
        calls.incrementAndGet();
        HttpRequest request = new HttpRequest(method, url);
        if (body != null) {
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(body.toString());
        }
        try (HttpResponse response = sendOrExplain(request)) {
            if (response == null) {
                throw new ArmException(0, "NoResponse", method + " " + url + ": no response");
            }
            String text = response.getBodyAsString().block(callBudget);
            JsonNode json;
            try {
                json = text == null || text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException e) {
                throw new ArmException(response.getStatusCode(), "InvalidResponse",
                        method + " " + url + ": unreadable response body: " + e.getMessage());
            }
            if (response.getStatusCode() >= 400) {
                JsonNode error = json.path("error");
                throw new ArmException(response.getStatusCode(), error.path("code").asText("HTTP" + response.getStatusCode()),
                        error.path("message").asText(text));
            }
            return json;
        }
    }
}
