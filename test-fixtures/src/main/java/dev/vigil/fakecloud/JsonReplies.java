package dev.vigil.fakecloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON side of the fake Google and Azure servers: query strings in, JSON bodies out. */
public final class JsonReplies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReplies() {
    }

    public static void send(HttpExchange exchange, int code, JsonNode body) throws IOException {
        sendBytes(exchange, code, JSON.writeValueAsBytes(body));
    }

    /** Raw bytes as a JSON answer (a truncated body fault sends half of one). */
    public static void sendBytes(HttpExchange exchange, int code, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A query string or form body, decoded; repeated keys keep every value in order. */
    public static Map<String, List<String>> parameters(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** {@link #parameters} keeping the first value of each key. */
    public static Map<String, String> firstValues(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        parameters(raw).forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    /** The first value of {@code key}, or null. */
    public static String first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
