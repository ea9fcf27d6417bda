package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * AWS JSON 1.0 (DynamoDB): as {@link JsonProtocol} (operation from {@code X-Amz-Target}, {@code __type} errors) but
 * answered as {@code application/x-amz-json-1.0}, with the error type carrying its namespace as DynamoDB's does.
 */
public final class Json10Protocol implements Protocol {
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final JsonProtocol json;
    private final String errorNamespace;

    /** @param errorNamespace the prefix of {@code __type}, e.g. {@code com.amazonaws.dynamodb.v20120810#} */
    public Json10Protocol(String service, String errorNamespace) {
        this.json = new JsonProtocol(service);
        this.errorNamespace = errorNamespace;
    }

    @Override
    public String operation(AwsRequest request) {
        return json.operation(request);
    }

    public static AwsResponse respond(JsonNode body) {
        try {
            return new AwsResponse(200, CONTENT_TYPE, Map.of(), JsonProtocol.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsResponse error(AwsError error, String requestId) {
        var body = JsonProtocol.object().put("__type", errorNamespace + error.code()).put("message", error.getMessage());
        try {
            return new AwsResponse(error.status(), CONTENT_TYPE, Map.of(), JsonProtocol.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return json.accessDenied(request, action);
    }

    @Override
    public AwsError throttled() {
        return new AwsError(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalServerError", "Internal server error");
    }

    @Override
    public AwsError invalidCredentials() {
        return json.invalidCredentials();
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return json.invalidCredentials();
    }
}
