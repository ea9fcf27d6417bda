package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** AWS JSON 1.1: operation from {@code X-Amz-Target}, JSON bodies, {@code __type} errors. */
public final class JsonProtocol implements Protocol {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final String service;

    public JsonProtocol(String service) {
        this.service = service;
    }

    @Override
    public String operation(AwsRequest request) {
        String target = request.header("x-amz-target");
        if (target == null || target.indexOf('.') < 0) {
            throw new AwsError(400, "UnknownOperationException", "Missing or malformed X-Amz-Target header");
        }
        return target.substring(target.lastIndexOf('.') + 1);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The request body as a JSON object (empty object for an empty body). */
    public static JsonNode body(AwsRequest request) {
        if (request.body().length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(request.body());
        } catch (IOException e) {
            throw new AwsError(400, "SerializationException", "Malformed JSON body: " + e.getMessage());
        }
    }

    /** JSON timestamps are epoch seconds. */
    public static double epoch(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    public static AwsResponse respond(JsonNode body) {
        try {
            return new AwsResponse(200, CONTENT_TYPE, Map.of(), MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsResponse error(AwsError error, String requestId) {
        ObjectNode body = object().put("__type", error.code()).put("message", error.getMessage());
        try {
            return new AwsResponse(error.status(), CONTENT_TYPE, Map.of("x-amzn-ErrorType", error.code()),
                    MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return new AwsError(400, "AccessDeniedException", "User: " + request.caller().arn()
                + " is not authorized to perform: " + service + ":" + action);
    }

    @Override
    public AwsError throttled() {
        return new AwsError(400, "ThrottlingException", "Rate exceeded");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalFailure", "The request processing has failed because of an unknown error");
    }

    @Override
    public AwsError invalidCredentials() {
        return new AwsError(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return invalidCredentials();
    }
}
