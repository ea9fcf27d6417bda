package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/**
 * REST-JSON (GuardDuty, Security Hub, IAM Access Analyzer): operation from method and path, JSON bodies, the error
 * code in the {@code x-amzn-ErrorType} header and the body's {@code __type}.
 */
public final class RestJsonProtocol implements Protocol {
    private static final String CONTENT_TYPE = "application/json";

    private final String iamPrefix;
    private final Function<AwsRequest, String> operations;

    /** @param iamPrefix the service's IAM action prefix, for access-denied messages */
    public RestJsonProtocol(String iamPrefix, Function<AwsRequest, String> operations) {
        this.iamPrefix = iamPrefix;
        this.operations = operations;
    }

    @Override
    public String operation(AwsRequest request) {
        String operation = operations.apply(request);
        if (operation == null) {
            throw new AwsError(404, "UnknownOperationException", "No operation for " + request.method() + " "
                    + request.path());
        }
        return operation;
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
        ObjectNode body = JsonProtocol.object().put("__type", error.code()).put("message", error.getMessage())
                .put("Message", error.getMessage());
        try {
            return new AwsResponse(error.status(), CONTENT_TYPE, Map.of("x-amzn-ErrorType", error.code()),
                    JsonProtocol.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return new AwsError(403, "AccessDeniedException", "User: " + request.caller().arn()
                + " is not authorized to perform: " + iamPrefix + ":" + action);
    }

    @Override
    public AwsError throttled() {
        return new AwsError(429, "TooManyRequestsException", "Rate exceeded");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalServerErrorException", "Internal server error");
    }

    @Override
    public AwsError invalidCredentials() {
        return new AwsError(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return invalidCredentials();
    }
}
