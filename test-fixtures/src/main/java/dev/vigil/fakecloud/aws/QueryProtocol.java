package dev.vigil.fakecloud.aws;

/** The AWS Query protocol (IAM, STS): form-encoded {@code Action}, XML {@code <OpResponse><OpResult>}. */
public final class QueryProtocol implements Protocol {
    private final String namespace;
    private final String service;

    public QueryProtocol(String service, String namespace) {
        this.service = service;
        this.namespace = namespace;
    }

    @Override
    public String operation(AwsRequest request) {
        String action = request.form().get("Action");
        if (action == null) {
            action = request.query().get("Action");
        }
        if (action == null) {
            throw new AwsError(400, "MissingAction", "The request must contain the parameter Action");
        }
        return action;
    }

    /** Wraps a result body written by {@code result} into the protocol's response envelope. */
    public AwsResponse respond(String operation, String requestId, java.util.function.Consumer<XmlWriter> result) {
        XmlWriter xml = new XmlWriter();
        xml.startWith(operation + "Response", "xmlns=\"" + namespace + "\"");
        xml.start(operation + "Result");
        result.accept(xml);
        xml.end();
        xml.start("ResponseMetadata").leaf("RequestId", requestId).end();
        xml.end();
        return AwsResponse.xml(xml.toString());
    }

    @Override
    public AwsResponse error(AwsError error, String requestId) {
        XmlWriter xml = new XmlWriter();
        xml.startWith("ErrorResponse", "xmlns=\"" + namespace + "\"");
        xml.start("Error").leaf("Type", error.status() >= 500 ? "Receiver" : "Sender").leaf("Code", error.code())
                .leaf("Message", error.getMessage()).end();
        xml.leaf("RequestId", requestId);
        xml.end();
        return AwsResponse.of(error.status(), "text/xml", xml.toString());
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return new AwsError(403, "AccessDenied", "User: " + request.caller().arn() + " is not authorized to perform: "
                + service + ":" + action + " because no identity-based policy allows the " + service + ":" + action
                + " action");
    }

    @Override
    public AwsError throttled() {
        return new AwsError(400, "Throttling", "Rate exceeded");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalFailure", "The request processing has failed because of an unknown error");
    }

    @Override
    public AwsError invalidCredentials() {
        return new AwsError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return invalidCredentials();
    }
}
