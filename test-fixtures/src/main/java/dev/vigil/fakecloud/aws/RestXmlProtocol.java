package dev.vigil.fakecloud.aws;

import java.util.Map;
import java.util.function.Function;

/** REST-XML (S3, S3 Control): operation from method, path and query; {@code <Error>} errors. */
public final class RestXmlProtocol implements Protocol {
    public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final String service;
    private final Function<AwsRequest, String> operations;
    private final boolean errorEnvelope;

    /** @param errorEnvelope wrap errors in {@code <ErrorResponse>} (S3 Control) instead of a bare {@code <Error>} (S3) */
    public RestXmlProtocol(String service, Function<AwsRequest, String> operations, boolean errorEnvelope) {
        this.service = service;
        this.operations = operations;
        this.errorEnvelope = errorEnvelope;
    }

    @Override
    public String operation(AwsRequest request) {
        return operations.apply(request);
    }

    @Override
    public AwsResponse error(AwsError error, String requestId) {
        XmlWriter xml = new XmlWriter();
        if (errorEnvelope) {
            xml.start("ErrorResponse");
        }
        xml.start("Error").leaf("Code", error.code()).leaf("Message", error.getMessage());
        if (errorEnvelope) {
            xml.end();
        }
        xml.leaf("RequestId", requestId).end();
        return new AwsResponse(error.status(), "application/xml", Map.of(), xml.toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return new AwsError(403, "AccessDenied", "User: " + request.caller().arn() + " is not authorized to perform: "
                + service + ":" + action);
    }

    @Override
    public AwsError throttled() {
        return new AwsError(503, "SlowDown", "Please reduce your request rate.");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalError", "We encountered an internal error. Please try again.");
    }

    @Override
    public AwsError invalidCredentials() {
        return new AwsError(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return invalidCredentials();
    }
}
